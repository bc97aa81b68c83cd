/** A1-style addresses for formulas in the layout. */

export function columnLetter(col: number): string {
  let n = col;
  let letters = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export const cellRef = (row: number, col: number) => `${columnLetter(col)}${row}`;
export const absoluteRef = (row: number, col: number) => `$${columnLetter(col)}$${row}`;

/** A reference to a cell of another sheet: 'Sheet name'!C5. */
export function sheetRef(sheet: string, row: number, col: number): string {
  return `${quoteSheet(sheet)}!${cellRef(row, col)}`;
}

export function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** Excel sheet names: at most 31 characters, none of []:*?/\ . */
export function safeSheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, "_").slice(0, 31);
}
