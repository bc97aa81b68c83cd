/**
 * `disclosure compare LAST THIS [--json]`: this year's disclosure against last year's. Text and PDF
 * inputs alike; findings carry both documents' lines, and pages when a document is a PDF.
 */
import { compareDisclosures, comparisonView, PRIOR_YEAR_RULES, type CompareOptions, type Comparison, type PriorYearFinding } from "../core/compare";
import { computeCoverage } from "../core/coverage";
import type { Disclosure } from "../core/model";
import { attachPages, type Located } from "../core/sources/pdfSource";
import type { LoadedDocument } from "./loadSource";

const SEVERITY_LABEL = { error: "错误", warning: "提示", info: "说明" } as const;

export interface LocatedPriorYearFinding extends PriorYearFinding, Located {
  /** Last year's lines with their pages (when last year's document is a PDF). */
  last: { lines: number[] } & Located;
}

export function locateFindings(comparison: Comparison, last: LoadedDocument, current: LoadedDocument): LocatedPriorYearFinding[] {
  return comparison.findings.map((f) => ({
    ...attachPages([f], current.source)[0],
    last: attachPages([{ lines: f.lastLines }], last.source)[0],
  }));
}

function where(label: string, f: { lines: number[] } & Located): string {
  if (f.lines.length === 0) return "";
  const pages = f.locations?.length ? `，${[...new Set(f.locations.map((l) => `${l.file}第${l.page}页`))].join("、")}` : "";
  return `${label}第${f.lines.slice(0, 4).join("、")}${f.lines.length > 4 ? "…" : ""}行${pages}`;
}

const title = (d: Disclosure) => `${d.unit ?? "（未识别单位）"} ${d.year ?? "？"}年度`;

/** What was not read completely comes first: a comparison is only as complete as its two documents. */
function readingNotes(last: Disclosure, current: Disclosure): string[] {
  const notes: string[] = [];
  for (const [label, d] of [
    ["上年", last],
    ["本年", current],
  ] as const) {
    // Documents of other templates are compared through their template tables and sections.
    const view = comparisonView(d);
    if (view.tables.length === 0) notes.push(`${label}文件未识别出任何表格，逐表对比无法进行`);
    if (view.narrative.length === 0) notes.push(`${label}文件未识别出情况说明`);
    // A missing table or section.
    for (const p of computeCoverage(d).problems) if (p.kind !== "narrative-missing") notes.push(`${label}文件${p.message.zh}`);
    if (d.warnings.length > 0) notes.push(`${label}文件有读取提示${d.warnings.length}条（见 disclosure parse），相关内容可能未完整读取`);
  }
  return notes;
}

/** Usage of compare: one file a year, or several read as one (the text and the tables of Jiangsu published apart). */
export const COMPARE_USAGE =
  "compare 需要上年和本年的预算公开：disclosure compare 上年.pdf 本年.pdf；分成两个PDF发布的：disclosure compare --last 上年说明.pdf --last 上年报表.pdf 本年说明.pdf 本年报表.pdf";

export const COMPARE_USAGE_EN =
  "compare takes last year's and this year's disclosure: disclosure compare LAST.pdf THIS.pdf; for documents published as two PDFs: disclosure compare --last LAST-text.pdf --last LAST-tables.pdf THIS-text.pdf THIS-tables.pdf";

export const compareUsage = (lang: "zh" | "en"): string => (lang === "zh" ? COMPARE_USAGE : COMPARE_USAGE_EN);

/**
 * Which files are last year's and which this year's: `compare LAST THIS`, or with --last (repeated for
 * a document published as several PDFs) every other file is this year's, read as one.
 */
export function compareInputs(files: string[], last: string[] | undefined): { last: string[]; current: string[] } | null {
  if (last && last.length > 0) return files.length > 0 ? { last, current: files } : null;
  return files.length === 2 ? { last: [files[0]], current: [files[1]] } : null;
}

export function formatCompareReport(last: Disclosure, current: Disclosure, comparison: Comparison, findings: LocatedPriorYearFinding[]): string {
  const out = [`上年对比：${title(last)} → ${title(current)}`];
  for (const note of readingNotes(last, current)) out.push(`注意：${note}`);
  const s = comparison.statements;
  const count = (verdict: string) => s.filter((x) => x.verdict === verdict).length;
  out.push(
    s.length === 0
      ? "本年情况说明中没有“比上年增加/减少”或“与上年相同”的说法"
      : `同比说法${s.length}条：与上年公开一致${count("agrees")}条，不一致${count("differs")}条，尾差${count("rounding")}条，未能核对${count("not-found")}条`,
  );
  out.push(`对比的表：${comparison.tables.length}张（本年${current.tables.length}张，上年${last.tables.length}张）`);
  const order = { error: 0, warning: 1, info: 2 };
  for (const f of [...findings].sort((a, b) => order[a.severity] - order[b.severity])) {
    const places = [where("本年", f), where("上年", f.last)].filter((x) => x !== "").join("；");
    out.push(`  [${SEVERITY_LABEL[f.severity]}] ${f.message}${places ? `（${places}）` : ""}  〔${f.rule}〕`);
  }
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  out.push(`合计：错误${errors}条，提示${warnings}条，说明${findings.length - errors - warnings}条`);
  return out.join("\n") + "\n";
}

export function compareToJson(last: Disclosure, current: Disclosure, comparison: Comparison, findings: LocatedPriorYearFinding[]) {
  return {
    last: { unit: last.unit, year: last.year, level: last.level },
    current: { unit: current.unit, year: current.year, level: current.level },
    readingNotes: readingNotes(last, current),
    statements: comparison.statements.map((s) => ({ ...s, lastValue: s.lastValue === null ? null : s.lastValue / 100 })),
    tablesCompared: comparison.tables.map((t) => ({ current: t.current.title, last: t.last.title })),
    findings,
  };
}

/** Runs the comparison; the exit status is 1 when it found an error. */
export function runCompare(last: LoadedDocument, current: LoadedDocument, options: Partial<CompareOptions>, json: boolean): { text: string; code: number } {
  const comparison = compareDisclosures(last.disclosure, current.disclosure, options);
  const findings = locateFindings(comparison, last, current);
  const text = json
    ? `${JSON.stringify(compareToJson(last.disclosure, current.disclosure, comparison, findings), null, 2)}\n`
    : formatCompareReport(last.disclosure, current.disclosure, comparison, findings);
  return { text, code: findings.some((f) => f.severity === "error") ? 1 : 0 };
}

/** --large-percent / --large-amount as numbers, or a message saying what is wrong. */
export function compareOptions(values: { "large-percent"?: string; "large-amount"?: string }): Partial<CompareOptions> | string {
  const options: Partial<CompareOptions> = {};
  for (const [flag, key] of [
    ["large-percent", "largeChangePercent"],
    ["large-amount", "largeChangeWanyuan"],
  ] as const) {
    const text = values[flag];
    if (text === undefined) continue;
    const value = Number(text);
    if (!Number.isFinite(value) || value < 0) return `--${flag} 应为不小于0的数字（${flag === "large-percent" ? "百分比，如 30" : "万元，如 10"}）`;
    options[key] = value;
  }
  return options;
}

/** The comparison's rules in the form of the rule catalogue (`disclosure rules`). */
export function priorYearCatalogue() {
  return Object.values(PRIOR_YEAR_RULES).map((r) => ({
    id: r.id,
    severity: r.severity,
    scope: "prior-year" as const,
    tables: [] as number[],
    description: r.description,
  }));
}
