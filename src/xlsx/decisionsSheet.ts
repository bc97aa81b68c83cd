/** The reviewer's decisions in a hidden sheet of an .xlsx (exceljs side; src/excel/reviewDecisions.ts is Office.js's). */
import type ExcelJS from "exceljs";
import { type Decision, DECISIONS_SHEET, type ParsedDecisions, decisionsFromRows, decisionsToRows } from "../core/review/decisions";

/** Writes (or rewrites) the hidden 审核记录 sheet. */
export function writeDecisionsSheet(workbook: ExcelJS.Workbook, decisions: readonly Decision[]): void {
  const existing = workbook.getWorksheet(DECISIONS_SHEET);
  if (existing) workbook.removeWorksheet(existing.id);
  const sheet = workbook.addWorksheet(DECISIONS_SHEET, { state: "hidden" });
  for (const row of decisionsToRows(decisions)) {
    // Text cells only: a note such as "1.74" must not turn into a number.
    const added = sheet.addRow(row);
    added.eachCell((cell) => (cell.numFmt = "@"));
  }
}

/** Reads the 审核记录 sheet; a workbook without one has no decisions. */
export function readDecisionsSheet(workbook: ExcelJS.Workbook): ParsedDecisions {
  const sheet = workbook.getWorksheet(DECISIONS_SHEET);
  if (!sheet) return { ok: true, decisions: [] };
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: unknown[] = [];
    for (let c = 1; c <= 5; c++) {
      const v = row.getCell(c).value;
      cells.push(v === null || v === undefined ? null : typeof v === "object" && "richText" in v ? v.richText.map((t) => t.text).join("") : String(v));
    }
    rows.push(cells);
  });
  return decisionsFromRows(rows);
}
