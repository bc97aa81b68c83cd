/**
 * The reviewer's decisions in the workbook, Office.js side: a very hidden 审核记录 sheet (the same rows
 * as the .xlsx writer's, src/xlsx/decisionsSheet.ts), so they travel with the file.
 */
import { type Decision, DECISIONS_SHEET, type ParsedDecisions, decisionsFromRows, decisionsToRows } from "../core/review/decisions";

/** Reads the decisions the workbook keeps; none when it has no 审核记录 sheet. One or two round trips. */
export async function loadWorkbookDecisions(context: Excel.RequestContext): Promise<ParsedDecisions> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(DECISIONS_SHEET);
  await context.sync();
  if (sheet.isNullObject) return { ok: true, decisions: [] };
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values");
  await context.sync();
  if (used.isNullObject) return { ok: true, decisions: [] };
  return decisionsFromRows(used.values);
}

/** Writes the decisions to the 审核记录 sheet (added very hidden if missing), replacing what it held. */
export async function saveWorkbookDecisions(context: Excel.RequestContext, decisions: readonly Decision[]): Promise<void> {
  const worksheets = context.workbook.worksheets;
  let sheet = worksheets.getItemOrNullObject(DECISIONS_SHEET);
  await context.sync();
  if (sheet.isNullObject) {
    sheet = worksheets.add(DECISIONS_SHEET);
    // Out of the user's way, but saved with the workbook; "VeryHidden" is Excel.SheetVisibility.veryHidden.
    sheet.visibility = "VeryHidden";
  } else {
    sheet.getRange().clear("Contents");
  }
  const rows = decisionsToRows(decisions);
  const range = sheet.getRangeByIndexes(0, 0, rows.length, rows[0].length);
  // Text cells only: a note such as "1.74" must stay text.
  range.numberFormat = rows.map((row) => row.map(() => "@"));
  range.values = rows;
  await context.sync();
}
