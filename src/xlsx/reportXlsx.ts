/** The check-sheet report (src/core/report/checkSheet.ts) as an .xlsx, with exceljs. */
import type { Lang } from "../core/messages";
import ExcelJS from "exceljs";
import type { Disclosure } from "../core/model";
import { CHECK_SHEET_HEADERS, checkSheetRows, checkSheetSummary, checkSheetTitle } from "../core/report/checkSheet";
import type { ReviewedFinding } from "../core/review/decisions";

const WIDTHS: Record<string, number> = {
  no: 6,
  item: 18,
  problem: 60,
  pages: 8,
  severity: 12,
  tables: 10,
  lines: 10,
  expected: 12,
  actual: 12,
  difference: 10,
  explanation: 50,
  decision: 30,
};

export async function checkSheetXlsx(d: Disclosure, findings: readonly ReviewedFinding[], lang: Lang = "zh"): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(lang === "zh" ? "检查情况表" : "Check sheet", {
    pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = CHECK_SHEET_HEADERS.map(([key]) => ({ key, width: WIDTHS[key] }));
  sheet.mergeCells(1, 1, 1, CHECK_SHEET_HEADERS.length);
  sheet.getCell(1, 1).value = checkSheetTitle(d, lang);
  sheet.getCell(1, 1).font = { size: 14, bold: true };
  sheet.getCell(1, 1).alignment = { horizontal: "center" };
  sheet.getCell(2, 1).value = checkSheetSummary(findings, lang);
  const header = sheet.getRow(3);
  CHECK_SHEET_HEADERS.forEach(([, zh, en], i) => (header.getCell(i + 1).value = lang === "zh" ? zh : en));
  header.font = { bold: true };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7EEF7" } };
  for (const row of checkSheetRows(findings, lang)) {
    const added = sheet.addRow(CHECK_SHEET_HEADERS.map(([k]) => row[k]));
    added.alignment = { wrapText: true, vertical: "top" };
  }
  sheet.views = [{ state: "frozen", ySplit: 3 }];
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
