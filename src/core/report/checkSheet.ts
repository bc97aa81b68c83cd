/**
 * The report a 财政局 reviewer files: one row per finding in the check-sheet layout (检查项目 / 存在问题
 * / 页码), with table, line, expected, actual, difference, the rule's explanation and the decision.
 * Pure: the CSV and HTML are built here, the .xlsx by src/xlsx/reportXlsx.ts.
 */
import { formatAmount, numberToAmount } from "../amount";
import type { Disclosure } from "../model";
import type { ReviewedFinding } from "../review/decisions";
import { ruleById } from "../rules";
import type { Finding } from "../rules/types";

export interface CheckSheetRow {
  no: number;
  /** 检查项目: what the reviewer checks (完整性, 表间勾稽 …). */
  item: string;
  /** 存在问题 */
  problem: string;
  severity: string;
  /** 页码 when the source had pages, else empty. */
  pages: string;
  tables: string;
  lines: string;
  expected: string;
  actual: string;
  difference: string;
  explanation: string;
  decision: string;
}

export const CHECK_SHEET_HEADERS: readonly [keyof CheckSheetRow, string][] = [
  ["no", "序号"],
  ["item", "检查项目"],
  ["problem", "存在问题"],
  ["pages", "页码"],
  ["severity", "性质"],
  ["tables", "涉及表格"],
  ["lines", "原文行号"],
  ["expected", "应为"],
  ["actual", "实际"],
  ["difference", "差额"],
  ["explanation", "检查规则"],
  ["decision", "核实意见"],
];

const SEVERITY = { error: "错误", warning: "提示", info: "说明" } as const;

/** 检查项目 of the rules that are not about the figures. */
const ITEM_BY_RULE: Record<string, string> = {
  "narrative-reasons": "增减变动原因说明",
  "required-sections": "公开内容完整性",
  "required-details": "公开内容细化程度",
  "empty-table-note": "公开内容完整性",
  "leftover-text": "文字规范性",
  "repeated-text": "文字规范性",
  "stray-year": "文字规范性",
  "level-wording": "文字规范性",
  "unit-name": "文字规范性",
  "money-wording": "文字规范性",
  "subject-names": "科目名称规范性",
};
const ITEM_BY_SCOPE: Record<Finding["scope"], string> = {
  "prior-year": "与上年公开数据一致性",
  table: "报表数据准确性（表内）",
  "cross-table": "报表数据准确性（表间）",
  narrative: "情况说明与报表一致性",
  performance: "绩效目标公开",
};

const text = (v: number | string | null) => (v === null ? "" : typeof v === "number" ? formatAmount(numberToAmount(v)) : v);

/** The PDF pages of the finding's lines (the PDF source's `locations`), once each. */
function pagesOf(f: Finding): string {
  const located = f as Finding & { page?: number; locations?: { page: number }[] };
  const pages = [...new Set(located.locations?.map((at) => at.page) ?? (located.page ? [located.page] : []))];
  return pages.map((p) => `第${p}页`).join("、");
}

const ORDER = { error: 0, warning: 1, info: 2 };

/** The rows: errors first, then warnings and notes, the findings accepted as not a problem last. */
export function checkSheetRows(findings: readonly ReviewedFinding[]): CheckSheetRow[] {
  const sorted = [...findings].sort((a, b) => Number(!!a.decision) - Number(!!b.decision) || ORDER[a.severity] - ORDER[b.severity]);
  return sorted.map((f, i) => ({
    no: i + 1,
    item: ITEM_BY_RULE[f.rule] ?? ITEM_BY_SCOPE[f.scope],
    problem: f.message,
    severity: f.decision ? `${SEVERITY[f.severity]}（已核实）` : SEVERITY[f.severity],
    pages: pagesOf(f),
    tables: f.tables.map((t) => `表${t}`).join("、"),
    lines: f.lines.join("、"),
    expected: text(f.expected),
    actual: text(f.actual),
    difference: typeof f.expected === "number" && typeof f.actual === "number" ? formatAmount(numberToAmount(f.actual) - numberToAmount(f.expected)) : "",
    explanation: ruleById(f.rule)?.description.zh ?? f.rule,
    decision: f.decision ? `已核实，不是问题：${f.decision.note}（${f.decision.decidedAt.slice(0, 10)}）` : "",
  }));
}

export function checkSheetTitle(d: Disclosure): string {
  return `${d.unit ?? "（未识别单位）"}${d.year ?? ""}年度${d.level ?? ""}预算公开检查情况表`;
}

/** A summary line: counts of the open findings and of those accepted. */
export function checkSheetSummary(findings: readonly ReviewedFinding[]): string {
  const open = { error: 0, warning: 0, info: 0 };
  let accepted = 0;
  for (const f of findings) {
    if (f.decision) accepted++;
    else open[f.severity]++;
  }
  return `错误${open.error}条，提示${open.warning}条，说明${open.info}条${accepted > 0 ? `；已核实不是问题${accepted}条` : ""}`;
}

const csvCell = (v: string | number) => {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** CSV with a BOM and CRLF line ends, as Excel and WPS open it in Chinese without asking. */
export function checkSheetCsv(d: Disclosure, findings: readonly ReviewedFinding[]): string {
  const lines = [
    csvCell(checkSheetTitle(d)),
    csvCell(checkSheetSummary(findings)),
    CHECK_SHEET_HEADERS.map(([, h]) => h).join(","),
    ...checkSheetRows(findings).map((r) => CHECK_SHEET_HEADERS.map(([k]) => csvCell(r[k])).join(",")),
  ];
  return `\ufeff${lines.join("\r\n")}\r\n`;
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A self-contained, printable HTML page (no script, no external resource). */
export function checkSheetHtml(d: Disclosure, findings: readonly ReviewedFinding[]): string {
  const title = escapeHtml(checkSheetTitle(d));
  const head = CHECK_SHEET_HEADERS.map(([, h]) => `<th>${h}</th>`).join("");
  const rows = checkSheetRows(findings)
    .map((r) => `<tr${r.decision ? ' class="accepted"' : ""}>${CHECK_SHEET_HEADERS.map(([k]) => `<td>${escapeHtml(String(r[k]))}</td>`).join("")}</tr>`)
    .join("\n");
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${title}</title>
<style>
body { font-family: "Microsoft YaHei", "PingFang SC", sans-serif; font-size: 12px; margin: 16px; }
h1 { font-size: 18px; text-align: center; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #999; padding: 4px 6px; vertical-align: top; }
th { background: #e7eef7; }
tr.accepted td { color: #666; }
@media print { body { margin: 0; } }
</style>
</head>
<body>
<h1>${title}</h1>
<p>${escapeHtml(checkSheetSummary(findings))}</p>
<table>
<thead><tr>${head}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
</body>
</html>
`;
}
