/**
 * The .xlsx back end of the workbook layout (src/core/layout), with exceljs. Runs in Node (CLI) and
 * in the browser (standalone page). Formulas are written without cached results and the workbook
 * asks to be fully recalculated on load, so Excel, WPS and LibreOffice compute every flag themselves.
 */
import ExcelJS from "exceljs";
import type { CellStyle, LayoutCell, SheetLayout, WorkbookLayout } from "../core/layout";
import { columnLetter } from "../core/layout/address";
import { BASE_FONT, BORDER_COLOR, CHECK_FLAG_FORMATS, lookOf } from "../core/layout/styles";
import { addCharts } from "./charts";
import { headerFooterText } from "../core/layout/print";
import type { Decision } from "../core/review/decisions";
import { writeDecisionsSheet } from "./decisionsSheet";

/** A4 landscape, one page wide, header rows on every page, title and unit in the page header. */
function applyPrintSetup(sheet: ExcelJS.Worksheet, print: SheetLayout["print"]) {
  if (!print) return;
  for (const [row, height] of Object.entries(print.rowHeights ?? {})) sheet.getRow(Number(row)).height = height;
  for (const col of print.hiddenColumns ?? []) sheet.getColumn(col).hidden = true;
  if (!print.orientation) return;
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9, // A4
    orientation: print.orientation,
    fitToPage: print.fitToWidth,
    fitToWidth: 1,
    fitToHeight: 0, // as many pages tall as needed
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.5, header: 0.25, footer: 0.25 },
    // exceljs puts "$" before each end's column only; rows made absolute here too, since LibreOffice
    // ignores a print area written as $A1:$F37 and prints every column.
    ...(print.area ? { printArea: `A$1:${columnLetter(print.area.lastCol)}$${print.area.lastRow}` } : {}),
    ...(print.repeatRows ? { printTitlesRow: `${print.repeatRows[0]}:${print.repeatRows[1]}` } : {}),
  };
  sheet.headerFooter = { ...sheet.headerFooter, oddHeader: headerFooterText(print.header), oddFooter: "&C第 &P 页，共 &N 页" };
}

const argb = (color: string) => ({ argb: `FF${color.slice(1).toUpperCase()}` });
const THIN_SIDE: Partial<ExcelJS.Border> = { style: "thin", color: argb(BORDER_COLOR) };
const THIN: Partial<ExcelJS.Borders> = { top: THIN_SIDE, left: THIN_SIDE, bottom: THIN_SIDE, right: THIN_SIDE };

/** The look of src/core/layout/styles.ts, in exceljs's terms. */
function applyStyle(cell: ExcelJS.Cell, style: CellStyle | undefined, bold: boolean) {
  const look = lookOf(style, bold);
  cell.font = {
    name: BASE_FONT.name,
    size: look.size ?? BASE_FONT.size,
    bold: look.bold ?? false,
    ...(look.color ? { color: argb(look.color) } : {}),
    ...(look.underline ? { underline: true } : {}),
  };
  if (look.numberFormat) cell.numFmt = look.numberFormat;
  if (look.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: argb(look.fill) };
  if (look.horizontal || look.vertical || look.wrap) {
    cell.alignment = {
      ...(look.horizontal ? { horizontal: look.horizontal } : {}),
      ...(look.vertical ? { vertical: look.vertical } : {}),
      ...(look.wrap ? { wrapText: true } : {}),
    };
  }
  if (look.border) cell.border = THIN;
  if (look.unlocked) cell.protection = { locked: false };
}

function writeCell(sheet: ExcelJS.Worksheet, c: LayoutCell) {
  const cell = sheet.getCell(c.row, c.col);
  if ("formula" in c.content) cell.value = { formula: c.content.formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
  else cell.value = c.content.value;
  applyStyle(cell, c.style, c.bold ?? false);
}

function writeSheet(workbook: ExcelJS.Workbook, layout: SheetLayout) {
  const sheet = workbook.addWorksheet(layout.name, {
    views: [{ state: "frozen", ySplit: layout.frozenRows }],
    properties: { outlineLevelRow: Math.max(0, ...layout.outline.map((o) => o.level)) },
  });
  // Parent rows (类, 款) sit above their children, as in the published tables.
  sheet.properties.outlineProperties = { summaryBelow: false, summaryRight: false };
  layout.columnWidths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  for (const c of layout.cells) writeCell(sheet, c);
  for (const m of layout.merges) sheet.mergeCells(m.from[0], m.from[1], m.to[0], m.to[1]);
  for (const o of layout.outline) sheet.getRow(o.row).outlineLevel = o.level;
  applyPrintSetup(sheet, layout.print);
  // Derived cells are protected against accidental typing; no password, so the user can lift it.
  if (layout.protect) void sheet.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  // Flags: errors red, 尾差 and 提示 yellow, ✓ green — on every sheet and every check column.
  const last = Math.max(layout.frozenRows + 1, ...layout.cells.map((c) => c.row));
  for (const checkCol of layout.checkColumns ?? (layout.checkColumn ? [layout.checkColumn] : [])) {
    const col = columnLetter(checkCol);
    const first = layout.frozenRows + 1;
    sheet.addConditionalFormatting({
      ref: `${col}${first}:${col}${last}`,
      rules: CHECK_FLAG_FORMATS.map((flag, i) => ({
        type: "expression",
        priority: i + 1,
        formulae: [`LEFT(${col}${first},${flag.prefix.length})="${flag.prefix}"`],
        style: {
          ...(flag.fill ? { fill: { type: "pattern", pattern: "solid", bgColor: argb(flag.fill) } } : {}),
          ...(flag.color ? { font: { color: argb(flag.color) } } : {}),
        },
      })),
    });
  }
}

/** The workbook as .xlsx bytes; `decisions` (the reviewer's, from FILE.review.json) go to the hidden 审核记录 sheet. */
export async function writeXlsx(layout: WorkbookLayout, decisions: readonly Decision[] = []): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "预算公开助手";
  workbook.created = new Date(0);
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const sheet of layout.sheets) writeSheet(workbook, sheet);
  for (const n of layout.names) workbook.definedNames.add(`'${n.sheet.replace(/'/g, "''")}'!$${columnLetter(n.col)}$${n.row}`, n.name);
  if (decisions.length > 0) writeDecisionsSheet(workbook, decisions);
  const buffer = await workbook.xlsx.writeBuffer();
  return addCharts(new Uint8Array(buffer as ArrayBuffer), layout);
}
