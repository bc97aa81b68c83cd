/**
 * Templates as data: which tables a kind of disclosure publishes (titles and their variants, columns,
 * money unit, code layout), where its narrative is, and which of its relations this program checks.
 * The Shanxi 13-table template keeps its own reader (src/core/reader); the others are read by one
 * generic reader (./read.ts) from this data.
 */
import type { MoneyUnit } from "../model";

export interface Localized {
  zh: string;
  en: string;
}

/**
 * How a table's rows are laid out:
 * - "splitCode": 类 | 款 | 项 code columns (as many as `codeColumns`), a name, amounts (Shanghai);
 * - "singleCode": one 科目编码 column, a name, amounts (Jiangsu);
 * - "sides": several name | amount(s) groups side by side (收支总表), `sides` gives each group's amount count;
 * - "grouped": group | name | amount (Jiangsu 收入预算总表);
 * - "values": one row of amounts under a multi-row header (支出预算总表, the 三公 tables);
 * - "named": a name and amounts per row (政府采购).
 */
export type RowLayout = "splitCode" | "singleCode" | "sides" | "grouped" | "values" | "named";

export interface TemplateTable {
  /** 1-based position in the template: the number coverage and messages use. */
  no: number;
  /** A stable key that relations refer to. */
  key: string;
  /** The standard title, without year, unit or numbering. */
  title: string;
  /** Matches the title line's folded key after numbering, year, unit name and level words are removed. */
  titles: RegExp[];
  layout: RowLayout;
  /** Amount columns (for "sides", the expenditure side's: the first side has its own amount). */
  columns: string[];
  /** splitCode: the number of code columns (3 for 类/款/项, 2 for 类/款). */
  codeColumns?: number;
  /** sides: the number of amount cells after each name cell, left to right. */
  sides?: number[];
  /** The money unit the template prints it in; the table's own 单位 line wins when present. */
  moneyUnit: MoneyUnit;
  /** Several tables in one (Shanghai's "三公"经费和机关运行经费预算表): what it combines. */
  combines?: string[];
  /** Published but not required for a complete reading (e.g. 政府采购, which the checks do not use). */
  optional?: boolean;
  /** Which amount columns make up column 0 (合计) of each row. */
  rowTotalSources?: number[];
}

export interface TemplateSection {
  no: number;
  title: Localized;
  /** Matches a heading line's folded key. */
  heading: RegExp;
}

export interface Template {
  id: string;
  name: Localized;
  tables: readonly TemplateTable[];
  /** Where the narrative is, for messages. */
  narrativePart: Localized;
  /** Required narrative sections. */
  sections: readonly TemplateSection[];
  /** Lines that end a table without being one of its titles (narrative headings, parts). */
  blockEnds: RegExp[];
  /** The level when the document does not say (Jiangsu publishes only 部门 budgets). */
  level?: "部门" | "单位";
  /** What the checks of this template do not look at (said beside the findings as coverage.limits, never silently). */
  unchecked?: Localized;
}
