/**
 * The report a 财政局 reviewer files: one row per finding in the check-sheet layout (检查项目 / 存在问题
 * / 页码), with table, line, expected, actual, difference, the rule's explanation and the decision.
 * Pure: the CSV and HTML are built here, the .xlsx by src/xlsx/reportXlsx.ts.
 */
import { CJK, L, type Lang, type Localized, SEVERITY_LABELS, messageIn, quote, tablesLabel } from "../messages";
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

export const CHECK_SHEET_HEADERS: readonly [keyof CheckSheetRow, string, string][] = [
  ["no", "序号", "No."],
  ["item", "检查项目", "Item checked"],
  ["problem", "存在问题", "Problem"],
  ["pages", "页码", "Pages"],
  ["severity", "性质", "Severity"],
  ["tables", "涉及表格", "Tables"],
  ["lines", "原文行号", "Lines"],
  ["expected", "应为", "Expected"],
  ["actual", "实际", "Actual"],
  ["difference", "差额", "Difference"],
  ["explanation", "检查规则", "Rule"],
  ["decision", "核实意见", "Reviewer's decision"],
];

/** 检查项目 of the rules that are not about the figures. */
const COMPLETENESS = L("公开内容完整性", "Completeness of the disclosure");
const WORDING = L("文字规范性", "Wording");
const ITEM_BY_RULE: Record<string, Localized> = {
  "narrative-reasons": L("增减变动原因说明", "Reasons for changes"),
  "required-sections": COMPLETENESS,
  "required-details": L("公开内容细化程度", "Level of detail"),
  "empty-table-note": COMPLETENESS,
  "leftover-text": WORDING,
  "repeated-text": WORDING,
  "stray-year": WORDING,
  "level-wording": WORDING,
  "unit-name": WORDING,
  "money-wording": WORDING,
  "subject-names": L("科目名称规范性", "Names of budget subjects"),
};
const ITEM_BY_SCOPE: Record<Finding["scope"], Localized> = {
  "prior-year": L("与上年公开数据一致性", "Consistency with last year's disclosure"),
  table: L("报表数据准确性（表内）", "Accuracy of the tables (within a table)"),
  "cross-table": L("报表数据准确性（表间）", "Accuracy of the tables (between tables)"),
  narrative: L("情况说明与报表一致性", "Narrative against the tables"),
  performance: L("绩效目标公开", "Performance targets"),
};

/** A figure; a word compared with the document's (a year, a name) is quoted in English as printed. */
const text = (v: number | string | null, lang: Lang = "zh") =>
  v === null ? "" : typeof v === "number" ? formatAmount(numberToAmount(v)) : lang === "en" && CJK.test(v) ? quote(v) : v;

/** The PDF pages of the finding's lines (the PDF source's `locations`), once each. */
function pagesOf(f: Finding, lang: Lang = "zh"): string {
  const located = f as Finding & { page?: number; locations?: { page: number }[] };
  const pages = [...new Set(located.locations?.map((at) => at.page) ?? (located.page ? [located.page] : []))];
  return lang === "zh" ? pages.map((p) => `第${p}页`).join("、") : pages.join(", ");
}

const ORDER = { error: 0, warning: 1, info: 2 };

/** The rows: errors first, then warnings and notes, the findings accepted as not a problem last. */
export function checkSheetRows(findings: readonly ReviewedFinding[], lang: Lang = "zh"): CheckSheetRow[] {
  const sorted = [...findings].sort((a, b) => Number(!!a.decision) - Number(!!b.decision) || ORDER[a.severity] - ORDER[b.severity]);
  return sorted.map((f, i) => ({
    no: i + 1,
    item: (ITEM_BY_RULE[f.rule] ?? ITEM_BY_SCOPE[f.scope])[lang],
    problem: messageIn(f, lang),
    severity: f.decision
      ? lang === "zh"
        ? `${SEVERITY_LABELS[f.severity].zh}（已核实）`
        : `${SEVERITY_LABELS[f.severity].en} (verified)`
      : SEVERITY_LABELS[f.severity][lang],
    pages: pagesOf(f, lang),
    tables: f.tables.length > 0 ? tablesLabel(f.tables)[lang] : "",
    lines: f.lines.join(lang === "zh" ? "、" : ", "),
    expected: text(f.expected, lang),
    actual: text(f.actual, lang),
    difference: typeof f.expected === "number" && typeof f.actual === "number" ? formatAmount(numberToAmount(f.actual) - numberToAmount(f.expected)) : "",
    explanation: ruleById(f.rule)?.description[lang] ?? f.rule,
    decision: f.decision
      ? lang === "zh"
        ? `已核实，不是问题：${f.decision.note}（${f.decision.decidedAt.slice(0, 10)}）`
        : `verified, not a problem: ${quote(f.decision.note)} (${f.decision.decidedAt.slice(0, 10)})`
      : "",
  }));
}

export function checkSheetTitle(d: Disclosure, lang: Lang = "zh"): string {
  if (lang === "en") return `Check sheet: ${d.unit ? quote(d.unit) : "(unit not recognised)"} ${d.year ?? ""} budget disclosure`;
  return `${d.unit ?? "（未识别单位）"}${d.year ?? ""}年度${d.level ?? ""}预算公开检查情况表`;
}

/** A summary line: counts of the open findings and of those accepted. */
export function checkSheetSummary(findings: readonly ReviewedFinding[], lang: Lang = "zh"): string {
  const open = { error: 0, warning: 0, info: 0 };
  let accepted = 0;
  for (const f of findings) {
    if (f.decision) accepted++;
    else open[f.severity]++;
  }
  if (lang === "en")
    return `${open.error} errors, ${open.warning} warnings, ${open.info} notes${accepted > 0 ? `; ${accepted} verified as not a problem` : ""}`;
  return `错误${open.error}条，提示${open.warning}条，说明${open.info}条${accepted > 0 ? `；已核实不是问题${accepted}条` : ""}`;
}

const csvCell = (v: string | number) => {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** CSV with a BOM and CRLF line ends, as Excel and WPS open it in Chinese without asking. */
export function checkSheetCsv(d: Disclosure, findings: readonly ReviewedFinding[], lang: Lang = "zh"): string {
  const lines = [
    csvCell(checkSheetTitle(d, lang)),
    csvCell(checkSheetSummary(findings, lang)),
    CHECK_SHEET_HEADERS.map(([, zh, en]) => (lang === "zh" ? zh : en)).join(","),
    ...checkSheetRows(findings, lang).map((r) => CHECK_SHEET_HEADERS.map(([k]) => csvCell(r[k])).join(",")),
  ];
  return `\ufeff${lines.join("\r\n")}\r\n`;
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A self-contained, printable HTML page (no script, no external resource). */
export function checkSheetHtml(d: Disclosure, findings: readonly ReviewedFinding[], lang: Lang = "zh"): string {
  const title = escapeHtml(checkSheetTitle(d, lang));
  const head = CHECK_SHEET_HEADERS.map(([, zh, en]) => `<th>${lang === "zh" ? zh : en}</th>`).join("");
  const rows = checkSheetRows(findings, lang)
    .map((r) => `<tr${r.decision ? ' class="accepted"' : ""}>${CHECK_SHEET_HEADERS.map(([k]) => `<td>${escapeHtml(String(r[k]))}</td>`).join("")}</tr>`)
    .join("\n");
  return `<!DOCTYPE html>
<html lang="${lang === "zh" ? "zh-CN" : "en"}">
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
<p>${escapeHtml(checkSheetSummary(findings, lang))}</p>
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
