/**
 * How each kind of cell looks, stated once for both writers (src/xlsx/writeXlsx.ts with exceljs and
 * src/excel/importWorkbook.ts with Office.js), so a workbook imported inside Excel and one downloaded
 * as .xlsx look the same: the same number formats, the yellow input cells the draft's subtitle
 * promises, the red errors and the amber 尾差.
 */
import type { CellStyle } from "./types";

/** Colours are "#RRGGBB". */
export interface CellLook {
  bold?: boolean;
  /** Font size in points when not the base size. */
  size?: number;
  color?: string;
  underline?: boolean;
  fill?: string;
  numberFormat?: string;
  horizontal?: "center";
  vertical?: "middle" | "top";
  wrap?: boolean;
  /** Thin grey borders on all four sides. */
  border?: boolean;
  /** Left unlocked when the sheet is protected (input cells). */
  unlocked?: boolean;
}

export const BASE_FONT = { name: "Microsoft YaHei", size: 10 } as const;
export const BORDER_COLOR = "#BFBFBF";

const NUMBER = "0.00";

/** The look of each cell style; a cell without a style gets DEFAULT_LOOK. */
export const CELL_STYLES: Readonly<Record<CellStyle, CellLook>> = {
  title: { bold: true, size: 14, horizontal: "center", vertical: "middle" },
  subtitle: { color: "#404040" },
  header: { bold: true, fill: "#E7EEF7", horizontal: "center", vertical: "middle", wrap: true, border: true },
  code: { numberFormat: "@", border: true },
  name: { border: true },
  amount: { numberFormat: NUMBER, border: true },
  total: { numberFormat: NUMBER, border: true },
  percent: { numberFormat: "0.00%", border: true },
  check: { color: "#375623", border: true },
  note: { color: "#404040", wrap: true, vertical: "top" },
  link: { color: "#0563C1", underline: true },
  line: { size: 8, color: "#808080" },
  error: { bold: true, color: "#C00000" },
  warning: { color: "#C65911" },
  input: { numberFormat: NUMBER, border: true, fill: "#FFF2CC", unlocked: true },
  previous: { numberFormat: NUMBER, color: "#7F7F7F", border: true },
};

export const DEFAULT_LOOK: CellLook = { border: true };

/** The look of one layout cell: its style's, made bold when the cell is a total or subtotal. */
export function lookOf(style: CellStyle | undefined, bold = false): CellLook {
  const look = style ? CELL_STYLES[style] : DEFAULT_LOOK;
  return bold && !look.bold ? { ...look, bold: true } : look;
}

/**
 * Conditional formats of a check column, by the flag's first characters: a red 差 (error) and an
 * amber 尾差 (honest rounding). First match wins.
 */
export const CHECK_FLAG_FORMATS: readonly { prefix: string; fill: string; color?: string }[] = [
  { prefix: "差", fill: "#FFC7CE", color: "#9C0006" },
  { prefix: "尾差", fill: "#FFEB9C" },
];

/** Rows that error findings point at, while live checking runs in Excel. */
export const HIGHLIGHT_FILL = "#FFE0E0";
