/** Collects the cells of one sheet layout; the helpers every sheet builder uses. */
import type { LayoutCell, SheetLayout } from "./types";

export class CellCollector {
  readonly cells: LayoutCell[] = [];

  value(row: number, col: number, value: string | number | null, style?: LayoutCell["style"], bold = false) {
    this.cells.push({ row, col, content: { value }, ...(style ? { style } : {}), ...(bold ? { bold } : {}) });
  }

  formula(row: number, col: number, formula: string, style?: LayoutCell["style"], bold = false) {
    this.cells.push({ row, col, content: { formula }, ...(style ? { style } : {}), ...(bold ? { bold } : {}) });
  }

  /** Group labels over spans of columns (the published tables' first header row), merged where wider than one. */
  groupHeader(row: number, groups: [string, number, number][], merges: SheetLayout["merges"]) {
    for (const [label, from, to] of groups) {
      this.value(row, from, label, "header");
      for (let col = from + 1; col <= to; col++) this.value(row, col, null, "header");
      if (to > from) merges.push({ from: [row, from], to: [row, to] });
    }
  }
}
