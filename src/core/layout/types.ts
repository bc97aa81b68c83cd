/**
 * A workbook described as data: what the .xlsx writer (exceljs) and the task pane's writer (Office.js)
 * both render, so the layout is written once. Rows and columns are 1-based.
 */
export type CellStyle =
  | "title"
  | "subtitle"
  | "header"
  | "code"
  | "name"
  | "amount"
  | "total"
  | "check"
  | "percent"
  | "note"
  | "link"
  | "line"
  | "error"
  | "warning"
  | "input"
  | "previous";

export type CellContent = { value: string | number | null } | { formula: string };

export interface LayoutCell {
  row: number;
  col: number;
  content: CellContent;
  style?: CellStyle;
  /** Also bold (totals and subtotals). */
  bold?: boolean;
}

export interface DefinedName {
  name: string;
  sheet: string;
  row: number;
  col: number;
}

export interface SheetLayout {
  name: string;
  kind: "table" | "narrative" | "checks";
  /** Standard table number for table sheets (for another template's tables: its number in that template). */
  tableNo?: number;
  /** Table sheets of a template other than Shanxi's: the template table's key (no Shanxi-only extras such as BUDGET.CHECK.TOTALS). */
  templateTable?: string;
  cells: LayoutCell[];
  merges: { from: [number, number]; to: [number, number] }[];
  columnWidths: number[];
  /** Rows above the body, frozen when the sheet is shown. */
  frozenRows: number;
  /** Rows grouped by 科目编码 level: row → outline level (1 for 款, 2 for 项). */
  outline: { row: number; level: number }[];
  /** The body range (header row included) for an Excel Table, when the layout has one. */
  body?: { headerRow: number; firstCol: number; lastRow: number; lastCol: number };
  /** The (first) column of the check flags, for summaries and highlighting. */
  checkColumn?: number;
  /** Every column holding live check flags (✓, 尾差/提示, 差 …), for their colours. */
  checkColumns?: number[];
  /** Source line of each body row, so findings can point at cells. */
  rowOfLine: Record<number, number>;
  /** Protect the sheet (no password) so that only input cells can be typed into. */
  protect?: boolean;
  /** Native charts, for the back ends that can draw them (Office.js). */
  charts?: ChartSpec[];
  /** How the sheet prints (src/core/layout/print.ts); a builder may set hiddenColumns for helper blocks. */
  print?: Partial<PrintSetup>;
}

/** Print setup, applied by both writers. Rows and columns are 1-based. */
export interface PrintSetup {
  paper: "A4";
  orientation: "landscape" | "portrait";
  /** All columns on one page wide, as many pages tall as needed. */
  fitToWidth: boolean;
  /** Rows repeated at the top of every printed page. */
  repeatRows?: [number, number];
  /** Page header: left, center (the title, bold) and right (the money unit). */
  header?: { left?: string; center?: string; right?: string };
  /** The printed range, from A1. */
  area: { lastRow: number; lastCol: number };
  /** Row heights in points, so that wrapped text fits (on screen too). */
  rowHeights: Record<number, number>;
  /** Helper columns (one contiguous block): hidden on screen and in print (and locked when the sheet is protected). */
  hiddenColumns: number[];
}

/** A pie chart over a block of the sheet: labels in one column, values in the next. */
export interface ChartSpec {
  title: string;
  kind: "pie";
  /** First data row and the label column; values are in the column after it. */
  firstRow: number;
  lastRow: number;
  labelCol: number;
  /** Where the chart is placed (top-left cell). */
  anchor: { row: number; col: number };
}

/** Where the flag of one relation is, and the rule it belongs to. */
export interface PlacedCheck {
  rule: string;
  sheet: string;
  row: number;
  col: number;
  /** The engine's verdict on the figures as imported, and its finding's message when it fails. */
  verdict: "ok" | "rounding" | "error";
  severity?: "error" | "warning" | "info";
  message?: string;
}

export interface WorkbookLayout {
  sheets: SheetLayout[];
  names: DefinedName[];
  /** Every relation's live flag cell (one per relation). */
  checks?: PlacedCheck[];
}
