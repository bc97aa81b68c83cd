/**
 * The .xlsx back end of the workbook layout (src/core/layout), with exceljs. Runs in Node (CLI) and
 * in the browser (standalone page). Formulas are written without cached results and the workbook
 * asks to be fully recalculated on load, so Excel, WPS and LibreOffice compute every flag themselves.
 */
import ExcelJS from "exceljs";
import type { CellStyle, LayoutCell, SheetLayout, WorkbookLayout } from "../core/layout";
import { columnLetter } from "../core/layout/address";
import { addCharts } from "./charts";

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin", color: { argb: "FFBFBFBF" } },
  left: { style: "thin", color: { argb: "FFBFBFBF" } },
  bottom: { style: "thin", color: { argb: "FFBFBFBF" } },
  right: { style: "thin", color: { argb: "FFBFBFBF" } },
};

const FONT = "Microsoft YaHei";

function applyStyle(cell: ExcelJS.Cell, style: CellStyle | undefined, bold: boolean) {
  const font: Partial<ExcelJS.Font> = { name: FONT, size: 10, bold };
  switch (style) {
    case "title":
      cell.font = { ...font, size: 14, bold: true };
      cell.alignment = { horizontal: "center", vertical: "middle" };
      return;
    case "subtitle":
      cell.font = { ...font, color: { argb: "FF404040" } };
      return;
    case "header":
      cell.font = { ...font, bold: true };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7EEF7" } };
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      cell.border = THIN;
      return;
    case "code":
      cell.numFmt = "@";
      cell.font = font;
      cell.border = THIN;
      return;
    case "amount":
    case "total":
      cell.numFmt = "0.00";
      cell.font = font;
      cell.border = THIN;
      return;
    case "percent":
      cell.numFmt = "0.00%";
      cell.font = font;
      cell.border = THIN;
      return;
    case "check":
      cell.font = { ...font, color: { argb: "FF375623" } };
      cell.border = THIN;
      return;
    case "note":
      cell.font = { ...font, color: { argb: "FF404040" } };
      cell.alignment = { wrapText: true, vertical: "top" };
      return;
    case "line":
      cell.font = { ...font, size: 8, color: { argb: "FF808080" } };
      return;
    case "link":
      cell.font = { ...font, color: { argb: "FF0563C1" }, underline: true };
      return;
    case "error":
      cell.font = { ...font, bold: true, color: { argb: "FFC00000" } };
      return;
    case "warning":
      cell.font = { ...font, color: { argb: "FFC65911" } };
      return;
    case "input":
      cell.numFmt = "0.00";
      cell.font = font;
      cell.border = THIN;
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
      cell.protection = { locked: false };
      return;
    case "previous":
      cell.numFmt = "0.00";
      cell.font = { ...font, color: { argb: "FF7F7F7F" } };
      cell.border = THIN;
      return;
    default:
      cell.font = font;
      cell.border = THIN;
  }
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
  // Derived cells are protected against accidental typing; no password, so the user can lift it.
  if (layout.protect) void sheet.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  // Flags: errors red, 尾差 and 提示 yellow, ✓ green — on every sheet and every check column.
  const last = Math.max(layout.frozenRows + 1, ...layout.cells.map((c) => c.row));
  for (const checkCol of layout.checkColumns ?? (layout.checkColumn ? [layout.checkColumn] : [])) {
    const col = columnLetter(checkCol);
    const first = layout.frozenRows + 1;
    sheet.addConditionalFormatting({
      ref: `${col}${first}:${col}${last}`,
      rules: [
        {
          type: "expression",
          priority: 1,
          formulae: [`LEFT(${col}${first},1)="差"`],
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } }, font: { color: { argb: "FF9C0006" } } },
        },
        {
          type: "expression",
          priority: 2,
          formulae: [`OR(LEFT(${col}${first},2)="尾差",LEFT(${col}${first},2)="提示")`],
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFEB9C" } }, font: { color: { argb: "FF9C5700" } } },
        },
        {
          type: "expression",
          priority: 3,
          formulae: [`${col}${first}="✓"`],
          style: { font: { color: { argb: "FF006100" } } },
        },
      ],
    });
  }
}

/** The workbook as .xlsx bytes. */
export async function writeXlsx(layout: WorkbookLayout): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "预算公开助手";
  workbook.created = new Date(0);
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const sheet of layout.sheets) writeSheet(workbook, sheet);
  for (const n of layout.names) workbook.definedNames.add(`'${n.sheet.replace(/'/g, "''")}'!$${columnLetter(n.col)}$${n.row}`, n.name);
  const buffer = await workbook.xlsx.writeBuffer();
  return addCharts(new Uint8Array(buffer as ArrayBuffer), layout);
}
