import type { Amount, Percent } from "./amount";

/** The standard numbers of the 13 tables every 单位/部门预算公开 publishes. */
export type TableNo = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13;
export const TABLE_NUMBERS: readonly TableNo[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];

export type MoneyUnit = "万元" | "元";

export type RowSide = "income" | "expenditure";

/** What a row is within its table: used by the rules and by the sheet writers. */
export type RowKind = "total" | "subtotal" | "category" | "item";

export interface TableRow {
  /** 科目编码 (3, 5 or 7 digits) or null. */
  code: string | null;
  name: string;
  /** Exact amounts in hundredths of the table's money unit, aligned with the table's columns (incomeColumns for income rows). */
  values: (Amount | null)[];
  /** 1-based line of the source text. */
  line: number;
  kind: RowKind;
  /** Tables 1, 4 and 9 hold two tables side by side. */
  side?: RowSide;
  /** Table 4: the 上年财政拨款结转 rows; table 6: the 政府预算经济分类 name in the second column. */
  section?: string;
  detail?: string;
}

export interface DisclosureTable {
  no: TableNo;
  title: string;
  moneyUnit: MoneyUnit;
  /** No data rows, or 注：本表无数据. */
  empty: boolean;
  /** The table says 注：本表无数据. */
  emptyNote: boolean;
  /** Amount column names; values of expenditure (and single-sided) rows align with these. */
  columns: string[];
  /** Tables 1, 4, 9: the income side's amount columns. */
  incomeColumns?: string[];
  rows: TableRow[];
  /** Line of the title. */
  line: number;
}

export type NarrativeFigureKind = "amount" | "count";

/** One figure a narrative sentence states, with what the sentence attaches to it. */
export interface NarrativeFigure {
  kind: NarrativeFigureKind;
  /** What the figure names, as written ("基本支出", "政府采购货物预算"). */
  label: string;
  /** Amounts in hundredths of 万元; counts as plain integers. */
  value: number;
  /** 占xx% */
  share?: Percent;
  /** 比上年增加/减少 X万元，增长/下降 Y% ; 与上年相同 gives direction "same". */
  change?: {
    direction: "increase" | "decrease" | "same";
    amount: Amount | null;
    percent: Percent | null;
    /** The wording of the percentage (增长/下降), checked against the direction. */
    percentWord?: "增长" | "下降";
  };
  line: number;
}

export interface NarrativeSection {
  /** 1..12 for 一 … 十二 of 第三部分. */
  no: number;
  title: string;
  line: number;
  text: string;
  figures: NarrativeFigure[];
}

export interface FundSources {
  central: Amount | null;
  provincial: Amount | null;
  local: Amount | null;
  selfRaised: Amount | null;
  other: Amount | null;
}

/** A 项目支出绩效目标表; money in hundredths of 元. */
export interface PerformanceTable {
  projectName: string;
  department: string | null;
  implementingUnit: string | null;
  /** 年度资金总额 */
  annualTotal: Amount | null;
  annualSources: FundSources;
  line: number;
}

export interface ReadWarning {
  line: number | null;
  /** In Chinese (the --json contract). */
  message: string;
  /** The same in English (src/core/messages). */
  messageEn?: string;
}

/** One line of the source text as the reader saw it (markup removed), numbered from 1. */
export interface SourceTextLine {
  readonly no: number;
  readonly text: string;
}

export interface Disclosure {
  unit: string | null;
  year: number | null;
  /** 单位 or 部门 */
  level: "单位" | "部门" | null;
  /** From 概况: 行政单位, 参公事业单位, 事业单位 (affects the 机关运行经费 rule). */
  unitType: "行政单位" | "参公事业单位" | "事业单位" | null;
  tables: DisclosureTable[];
  narrative: NarrativeSection[];
  performance: PerformanceTable[];
  warnings: ReadWarning[];
  lineCount: number;
  /** The source lines, for the rules that read wording; absent when the model was built otherwise. */
  source?: readonly SourceTextLine[];
  /** The template the document was read by ("shanxi-13" when absent). */
  template?: string;
  /** For templates other than Shanxi's: every table of the template, found or not. */
  templateTables?: TemplateTableRead[];
  /** For templates other than Shanxi's: the required narrative sections found. */
  templateSections?: TemplateSectionRead[];
  /** How far the text was read (set by the reader; absent in hand-built models). */
  extent?: ReadExtent;
}

/** Where the text ends and which lines held bytes that could not be decoded: what coverage is judged on. */
export interface ReadExtent {
  /** The block the text's last line belongs to: a table whose body runs to the end, a performance table, or anything else. */
  endsIn: { kind: "table"; no: TableNo; line: number } | { kind: "performance"; line: number } | { kind: "other" };
  /** 1-based lines holding U+FFFD (bytes that could not be decoded, replaced). */
  replacedLines: number[];
}

/** A row of a table read by a template other than Shanxi's: the printed cells and what they mean. */
export interface TemplateRow {
  line: number;
  /** The cells as printed (trimmed). */
  cells: string[];
  /** 科目编码 joined from its columns (类 + 款 + 项), or null. */
  code: string | null;
  name: string;
  /** Hundredths of the table's money unit, aligned with the table's columns (for side-by-side tables: the last side). */
  values: (Amount | null)[];
  kind: "total" | "item";
  /** Side-by-side tables (收支总表): each side's name and amounts, left to right. */
  parts?: { name: string; values: (Amount | null)[] }[];
}

/** One table of a template, read or not (found = false). */
export interface TemplateTableRead {
  /** Position in the template (1-based). */
  no: number;
  key: string;
  /** The standard title; `printedTitle` is the line as printed. */
  title: string;
  printedTitle: string | null;
  found: boolean;
  line: number | null;
  moneyUnit: MoneyUnit;
  columns: string[];
  rows: TemplateRow[];
  /** No amount anywhere. */
  empty: boolean;
}

/** One required narrative section of a template, as read. */
export interface TemplateSectionRead {
  no: number;
  title: string;
  line: number;
  /** The section's lines (paragraphs), without the heading. */
  paragraphs: { line: number; text: string }[];
}

export function findTable(disclosure: Disclosure, no: TableNo): DisclosureTable | undefined {
  return disclosure.tables.find((t) => t.no === no);
}
