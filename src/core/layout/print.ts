/**
 * How each sheet prints, as data both writers apply: A4 landscape, all columns on one page wide,
 * the header rows repeated on every page, the table's title and money unit in the page header,
 * wrapped text given rows tall enough to show it, helper blocks hidden. Derived from the sheet's own
 * cells so the builders need not know about printing.
 */
import type { LayoutCell, PrintSetup, SheetLayout, WorkbookLayout } from "./types";

/** Points per printed line of 10-point text (Microsoft YaHei's line spacing is about 1.32 em). */
const LINE_HEIGHT = 13.5;
/** Extra space above and below a wrapped paragraph. */
const ROW_PADDING = 3;

/**
 * The width of a text in column-width units (the width of a "0"): CJK and full-width characters
 * take about two, Latin letters and digits one. Slightly generous so that text never overlaps.
 */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’…—]/.test(ch) ? 1.9 : 1.0;
  return width;
}

/** What a formula shows, approximately: its string literals plus a number for each TEXT(…). */
function formulaTextEstimate(formula: string): string {
  const literals = [...formula.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"'));
  // The literals of a year-on-year IF hold alternatives ("与上年持平" or "比上年增加…"): count one.
  const shown = literals.filter((l) => !/^(与上年持平|比上年减少|下降|0\.00%?|)$/.test(l)).join("");
  const numbers = (formula.match(/TEXT\(/g) ?? []).length;
  return shown + "0000.00".repeat(numbers);
}

function shownText(cell: LayoutCell): string {
  if ("formula" in cell.content) return formulaTextEstimate(cell.content.formula);
  return cell.content.value === null ? "" : String(cell.content.value);
}

/** Row heights (points) that fit each wrapped cell's text in its column (or merged span). */
export function wrappedRowHeights(sheet: SheetLayout): Record<number, number> {
  const heights: Record<number, number> = {};
  for (const cell of sheet.cells) {
    if (cell.style !== "note" && cell.style !== "header") continue;
    const merge = sheet.merges.find((m) => m.from[0] === cell.row && m.from[1] === cell.col);
    const lastCol = merge ? merge.to[1] : cell.col;
    let width = 0;
    for (let c = cell.col; c <= lastCol; c++) width += sheet.columnWidths[c - 1] ?? 9;
    const lines = Math.max(1, Math.ceil(textWidth(shownText(cell)) / Math.max(1, width - 1)));
    if (lines === 1 && cell.style === "header") continue;
    const height = lines * LINE_HEIGHT + ROW_PADDING;
    heights[cell.row] = Math.max(heights[cell.row] ?? 0, height);
  }
  return heights;
}

function textOf(cell: LayoutCell | undefined): string | undefined {
  return cell && "value" in cell.content && typeof cell.content.value === "string" ? cell.content.value : undefined;
}

/** The print setup of one sheet, from its cells; what the sheet already says (hidden columns) is kept. */
export function printSetupOf(sheet: SheetLayout): PrintSetup {
  const hidden = new Set(sheet.print?.hiddenColumns ?? []);
  const title = textOf(sheet.cells.find((c) => c.style === "title"));
  const subtitles = sheet.cells.filter((c) => c.style === "subtitle").map(textOf);
  const moneyUnit = subtitles.find((t) => t?.startsWith("单位："));
  const unitName = subtitles.find((t) => t?.startsWith("单位名称："));
  const firstHeaderRow = Math.min(...sheet.cells.filter((c) => c.style === "header" && c.row <= sheet.frozenRows).map((c) => c.row));
  const lastRow = Math.max(1, ...sheet.cells.map((c) => c.row));
  // Printed columns: what the layout describes, without helper columns at the right edge. A table
  // prints as it is published: its live 校验 flags and 原文行 numbers are for the screen (the 校验 sheet
  // prints their verdicts), and printed beside the table they took over half the page width and shrank
  // the table's text to about 5 points.
  let lastCol = Math.max(sheet.columnWidths.length, ...sheet.cells.map((c) => c.col));
  const checks = new Set(sheet.kind === "table" ? (sheet.checkColumns ?? []) : []);
  // The 原文行 column: line numbers under its heading (an empty table has the heading only).
  const onlyLineNumbers = (col: number) =>
    sheet.kind === "table" &&
    sheet.cells.some((c) => c.col === col && (c.style === "line" || textOf(c) === "原文行")) &&
    sheet.cells.every((c) => c.col !== col || c.style === "line" || c.style === "header");
  while (lastCol > 1 && (hidden.has(lastCol) || checks.has(lastCol) || onlyLineNumbers(lastCol))) lastCol--;
  return {
    paper: "A4",
    orientation: "landscape",
    fitToWidth: true,
    repeatRows: Number.isFinite(firstHeaderRow) ? [firstHeaderRow, sheet.frozenRows] : undefined,
    header: { left: unitName, center: title, right: moneyUnit },
    area: { lastRow, lastCol },
    rowHeights: { ...wrappedRowHeights(sheet), ...sheet.print?.rowHeights },
    hiddenColumns: [...hidden].sort((a, b) => a - b),
  };
}

/** Every sheet of the workbook with its print setup. */
export function withPrintSetup(layout: WorkbookLayout): WorkbookLayout {
  return { ...layout, sheets: layout.sheets.map((s) => ({ ...s, print: printSetupOf(s) })) };
}

/** The page header's three sections in the code Excel and LibreOffice read (& doubled; the title bold). */
export function headerSections(header: PrintSetup["header"]): { left: string; center: string; right: string } {
  const esc = (t: string | undefined) => (t ?? "").replace(/&/g, "&&");
  return { left: esc(header?.left), center: header?.center ? `&"-,Bold"${esc(header.center)}` : "", right: esc(header?.right) };
}

/** The whole page header as one string (&L…&C…&R…), as .xlsx stores it. */
export function headerFooterText(header: PrintSetup["header"]): string {
  const { left, center, right } = headerSections(header);
  return [left && `&L${left}`, center && `&C${center}`, right && `&R${right}`].join("");
}
