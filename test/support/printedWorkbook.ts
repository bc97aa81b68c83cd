/**
 * A workbook written by `disclosure import`, made to look like a published disclosure before it is
 * printed to PDF: only the 13 table sheets, without the workbook's own 校验 and 原文行 columns.
 */
import ExcelJS from "exceljs";

export async function printableTables(xlsxIn: string, xlsxOut: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsxIn);
  for (const sheet of [...workbook.worksheets]) {
    if (!/^表\d\d/.test(sheet.name)) {
      workbook.removeWorksheet(sheet.id);
      continue;
    }
    // The workbook's own columns, named in a header row near the top: removed right to left.
    const drop = new Set<number>();
    for (let r = 1; r <= Math.min(sheet.rowCount, 8); r++) {
      sheet.getRow(r).eachCell((cell, col) => {
        if (cell.value === "校验" || cell.value === "原文行") drop.add(col);
      });
    }
    for (const col of [...drop].sort((a, b) => b - a)) sheet.spliceColumns(col, 1);
    sheet.pageSetup = { ...sheet.pageSetup, printArea: undefined };
  }
  // Defined names may point at removed sheets: they are not needed for printing.
  (workbook as unknown as { definedNames: { model: unknown[] } }).definedNames.model = [];
  await workbook.xlsx.writeFile(xlsxOut);
}
