/**
 * A workbook written by `disclosure import`, made to look like a published disclosure before it is
 * printed to PDF: only the 13 table sheets, each cut to its print area.
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
    // Only the printed columns, as the workbook's own print area says (its 校验 and 原文行 columns are
    // outside it); the area is then dropped, since each sheet is exported whole on one page.
    const area = /^\$?A\$?1:\$?([A-Z]+)\$?\d+$/.exec(String(sheet.pageSetup.printArea ?? ""));
    if (!area) throw new Error(`${sheet.name}: no print area`);
    const lastCol = sheet.getColumn(area[1]).number;
    if (sheet.columnCount > lastCol) sheet.spliceColumns(lastCol + 1, sheet.columnCount - lastCol);
    sheet.pageSetup = { ...sheet.pageSetup, printArea: undefined };
  }
  // Defined names may point at removed sheets: they are not needed for printing.
  (workbook as unknown as { definedNames: { model: unknown[] } }).definedNames.model = [];
  await workbook.xlsx.writeFile(xlsxOut);
}

/**
 * The narrative part of a seed (everything but 第二部分's tables) as a workbook to print: one source line
 * per row, paragraphs wrapped in a wide first column, TAB-separated cells (target tables) across columns.
 */
const THIN = { style: "thin" } as const;
const RULED = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export async function printableNarrative(text: string, xlsxOut: string): Promise<void> {
  const lines = text.split(/\r?\n/);
  const second = lines.findIndex((l, i) => i > 50 && /^第二部分/.test(l.trim()));
  const third = lines.findIndex((l, i) => i > second && /^第三部分/.test(l.trim()));
  const kept = [...lines.slice(0, second), ...lines.slice(third)];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("说明");
  sheet.columns = [{ width: 90 }, ...Array.from({ length: 10 }, () => ({ width: 14 }))];
  // LibreOffice keeps the row height it is given and lets long text run over empty neighbours: every
  // cell wraps, and its row is tall enough for its longest cell (a CJK character is 2 width units).
  const units = (text: string) => [...text].reduce((n, c) => n + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  for (const line of kept) {
    const cells = line.split("\t");
    const row = sheet.addRow(cells);
    let lines = 1;
    cells.forEach((cell, i) => {
      row.getCell(i + 1).alignment = { wrapText: true, vertical: "top" };
      // Target tables are ruled in the published documents.
      if (cells.length > 1) row.getCell(i + 1).border = RULED;
      lines = Math.max(lines, Math.ceil(units(cell) / (i === 0 ? 80 : 12)));
    });
    row.height = lines * 15;
  }
  sheet.pageSetup = { ...sheet.pageSetup, fitToPage: true, fitToWidth: 1, fitToHeight: 0, orientation: "landscape" };
  await workbook.xlsx.writeFile(xlsxOut);
}
