/**
 * `disclosure compare LAST THIS [--json]`: this year's disclosure against last year's. Text and PDF
 * inputs alike; findings carry both documents' lines, and pages when a document is a PDF.
 */
import { compareDisclosures, comparisonView, PRIOR_YEAR_RULES, type CompareOptions, type Comparison, type PriorYearFinding } from "../core/compare";
import { computeCoverage } from "../core/coverage";
import type { Disclosure } from "../core/model";
import { attachPages, type Located } from "../core/sources/pdfSource";
import { L, type Lang, type Localized, messageIn, quote } from "../core/messages";
import type { LoadedDocument } from "./loadSource";

const SEVERITY_LABEL = { error: L("错误", "error"), warning: L("提示", "warning"), info: L("说明", "note") } as const;

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

function where(label: Localized, f: { lines: number[] } & Located, lang: Lang): string {
  if (f.lines.length === 0) return "";
  const shown = f.lines.slice(0, 4);
  const more = f.lines.length > 4 ? "…" : "";
  const pages = [...new Set((f.locations ?? []).map((l) => (lang === "zh" ? `${l.file}第${l.page}页` : `${l.file} page ${l.page}`)))];
  if (lang === "zh") return `${label.zh}第${shown.join("、")}${more}行${pages.length ? `，${pages.join("、")}` : ""}`;
  return `${label.en} ${shown.length > 1 || more ? "lines" : "line"} ${shown.join(", ")}${more}${pages.length ? `, ${pages.join(", ")}` : ""}`;
}

const title = (d: Disclosure): Localized =>
  L(`${d.unit ?? "（未识别单位）"} ${d.year ?? "？"}年度`, `${d.unit ? quote(d.unit) : "(unit not recognised)"} ${d.year ?? "?"}`);

/** What was not read completely comes first: a comparison is only as complete as its two documents. */
function readingNotesOf(last: Disclosure, current: Disclosure): Localized[] {
  const notes: Localized[] = [];
  for (const [label, d] of [
    [L("上年", "last year's"), last],
    [L("本年", "this year's"), current],
  ] as const) {
    // Documents of other templates are compared through their template tables and sections.
    const view = comparisonView(d);
    if (view.tables.length === 0)
      notes.push(L(`${label.zh}文件未识别出任何表格，逐表对比无法进行`, `${label.en} document: no table recognised, so no table is compared`));
    if (view.narrative.length === 0) notes.push(L(`${label.zh}文件未识别出情况说明`, `${label.en} document: no narrative recognised`));
    // A missing table or section.
    for (const p of computeCoverage(d).problems)
      if (p.kind !== "narrative-missing") notes.push(L(`${label.zh}文件${p.message.zh}`, `${label.en} document: ${p.message.en}`));
    if (d.warnings.length > 0)
      notes.push(
        L(
          `${label.zh}文件有读取提示${d.warnings.length}条（见 disclosure parse），相关内容可能未完整读取`,
          `${label.en} document has ${d.warnings.length} reading warnings (see disclosure parse); what they concern may not be read completely`,
        ),
      );
  }
  return notes;
}

const readingNotes = (last: Disclosure, current: Disclosure): string[] => readingNotesOf(last, current).map((n) => n.zh);

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

export function formatCompareReport(
  last: Disclosure,
  current: Disclosure,
  comparison: Comparison,
  findings: LocatedPriorYearFinding[],
  lang: Lang = "zh",
): string {
  const zh = lang === "zh";
  const out = [zh ? `上年对比：${title(last).zh} → ${title(current).zh}` : `Comparison with last year: ${title(last).en} → ${title(current).en}`];
  for (const note of readingNotesOf(last, current)) out.push(zh ? `注意：${note.zh}` : `Note: ${note.en}`);
  const s = comparison.statements;
  const count = (verdict: string) => s.filter((x) => x.verdict === verdict).length;
  out.push(
    s.length === 0
      ? zh
        ? "本年情况说明中没有“比上年增加/减少”或“与上年相同”的说法"
        : "this year's narrative states no change over last year (“比上年增加/减少”) and no “与上年相同” (the same as last year)"
      : zh
        ? `同比说法${s.length}条：与上年公开一致${count("agrees")}条，不一致${count("differs")}条，尾差${count("rounding")}条，未能核对${count("not-found")}条`
        : `year-on-year statements: ${s.length}; agreeing with last year's disclosure ${count("agrees")}, disagreeing ${count("differs")}, rounding ${count("rounding")}, not checked ${count("not-found")}`,
  );
  out.push(
    zh
      ? `对比的表：${comparison.tables.length}张（本年${current.tables.length}张，上年${last.tables.length}张）`
      : `tables compared: ${comparison.tables.length} (this year ${current.tables.length}, last year ${last.tables.length})`,
  );
  const order = { error: 0, warning: 1, info: 2 };
  for (const f of [...findings].sort((a, b) => order[a.severity] - order[b.severity])) {
    const places = [where(L("本年", "this year"), f, lang), where(L("上年", "last year"), f.last, lang)].filter((x) => x !== "").join(zh ? "；" : "; ");
    out.push(
      zh
        ? `  [${SEVERITY_LABEL[f.severity].zh}] ${f.message}${places ? `（${places}）` : ""}  〔${f.rule}〕`
        : `  [${SEVERITY_LABEL[f.severity].en}] ${messageIn(f, "en")}${places ? ` (${places})` : ""}  (${f.rule})`,
    );
  }
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  out.push(
    zh
      ? `合计：错误${errors}条，提示${warnings}条，说明${findings.length - errors - warnings}条`
      : `total: ${errors} errors, ${warnings} warnings, ${findings.length - errors - warnings} notes`,
  );
  return out.join("\n") + "\n";
}

export function compareToJson(last: Disclosure, current: Disclosure, comparison: Comparison, findings: LocatedPriorYearFinding[]) {
  return {
    last: { unit: last.unit, year: last.year, level: last.level },
    current: { unit: current.unit, year: current.year, level: current.level },
    readingNotes: readingNotes(last, current),
    readingNotesEn: readingNotesOf(last, current).map((n) => n.en),
    statements: comparison.statements.map((s) => ({ ...s, lastValue: s.lastValue === null ? null : s.lastValue / 100 })),
    tablesCompared: comparison.tables.map((t) => ({ current: t.current.title, last: t.last.title })),
    findings,
  };
}

/** Runs the comparison; the exit status is 1 when it found an error. */
export function runCompare(
  last: LoadedDocument,
  current: LoadedDocument,
  options: Partial<CompareOptions>,
  json: boolean,
  lang: Lang = "zh",
): { text: string; code: number } {
  const comparison = compareDisclosures(last.disclosure, current.disclosure, options);
  const findings = locateFindings(comparison, last, current);
  const text = json
    ? `${JSON.stringify(compareToJson(last.disclosure, current.disclosure, comparison, findings), null, 2)}\n`
    : formatCompareReport(last.disclosure, current.disclosure, comparison, findings, lang);
  return { text, code: findings.some((f) => f.severity === "error") ? 1 : 0 };
}

/** --large-percent / --large-amount as numbers, or a message saying what is wrong. */
export function compareOptions(values: { "large-percent"?: string; "large-amount"?: string }, lang: Lang = "zh"): Partial<CompareOptions> | string {
  const options: Partial<CompareOptions> = {};
  for (const [flag, key] of [
    ["large-percent", "largeChangePercent"],
    ["large-amount", "largeChangeWanyuan"],
  ] as const) {
    const text = values[flag];
    if (text === undefined) continue;
    const value = Number(text);
    if (!Number.isFinite(value) || value < 0)
      return lang === "zh"
        ? `--${flag} 应为不小于0的数字（${flag === "large-percent" ? "百分比，如 30" : "万元，如 10"}）`
        : `--${flag} takes a number not below 0 (${flag === "large-percent" ? "a percentage, e.g. 30" : "in 10k yuan, e.g. 10"})`;
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
