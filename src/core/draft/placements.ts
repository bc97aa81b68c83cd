/** Where each row of the draft's tables is: both draft files and the relation renderer read it. */
import type { TableNo, TableRow } from "../model";
import { cellRef, safeSheetName, sheetRef } from "../layout/address";
import type { Locate } from "../relations";
import { tableSpec } from "../tableSpecs";

export interface DraftPlacement {
  sheet: string;
  row: number;
  /** Column of value j of next year; last year's is at previousCol + j. */
  col: number;
  previousCol: number;
}

export class DraftPlacements {
  private readonly map = new Map<TableRow, DraftPlacement>();
  set(row: TableRow, placement: DraftPlacement) {
    this.map.set(row, placement);
  }
  /** A reference to next year's value j of the row, from another sheet (or the same one). */
  ref(row: TableRow | undefined, j: number, fromSheet?: string): string | undefined {
    const p = row && this.map.get(row);
    if (!p) return undefined;
    return p.sheet === fromSheet ? cellRef(p.row, p.col + j) : sheetRef(p.sheet, p.row, p.col + j);
  }
  previousRef(row: TableRow | undefined, j: number, fromSheet?: string): string | undefined {
    const p = row && this.map.get(row);
    if (!p) return undefined;
    return p.sheet === fromSheet ? cellRef(p.row, p.previousCol + j) : sheetRef(p.sheet, p.row, p.previousCol + j);
  }
  get(row: TableRow) {
    return this.map.get(row);
  }
  /** Where a relation's cell operand is in the draft (next year's value): what the check formulas refer to. */
  readonly locate: Locate = (op) => {
    const at = op.kind === "cell" ? this.map.get(op.row) : undefined;
    return at && op.kind === "cell" ? { sheet: at.sheet, row: at.row, col: at.col + op.col } : undefined;
  };
}

export function draftSheetName(no: number): string {
  return safeSheetName(`表${String(no).padStart(2, "0")} ${tableSpec(no as TableNo).shortTitle}`);
}
