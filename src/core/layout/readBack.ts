/**
 * The other direction of the layout: the figures of an imported workbook, as the user has edited
 * them, back into the disclosure model, so the whole rule catalogue can run again.
 */
import { type Amount, numberToAmount, parseAmount } from "../amount";
import type { Disclosure } from "../model";
import { buildTableSheet, PlacementMap } from "./tableSheet";

export type SheetGrid = (string | number | boolean | null)[][];

function toAmount(cell: string | number | boolean | null | undefined): Amount | null {
  if (typeof cell === "number") return Number.isFinite(cell) ? numberToAmount(cell) : null;
  if (typeof cell === "string" && cell.trim() !== "") return parseAmount(cell);
  return null;
}

/** Where each table's figures are: sheet name (as laid out) and the size of the area to read. */
export function tableAreas(d: Disclosure): { sheet: string; rows: number; cols: number }[] {
  const placements = new PlacementMap();
  return d.tables.map((t) => {
    const layout = buildTableSheet(d, t, placements);
    return { sheet: layout.name, rows: Math.max(1, ...layout.cells.map((c) => c.row)), cols: Math.max(1, ...layout.cells.map((c) => c.col)) };
  });
}

/**
 * A copy of the disclosure with every table figure taken from the sheets (keyed by layout sheet name).
 * A sheet that is missing keeps its figures; a cell that no longer holds a number counts as blank.
 */
export function disclosureFromSheets(d: Disclosure, grids: Record<string, SheetGrid>): Disclosure {
  const placements = new PlacementMap();
  for (const t of d.tables) buildTableSheet(d, t, placements);
  return {
    ...d,
    tables: d.tables.map((t) => ({
      ...t,
      rows: t.rows.map((row) => ({
        ...row,
        values: row.values.map((value, j) => {
          const at = placements.get(row, j);
          const grid = at && grids[at.sheet];
          return grid ? toAmount(grid[at.row - 1]?.[at.col - 1]) : value;
        }),
      })),
    })),
  };
}

/** The sheet row of each source line, by layout sheet name: for highlights and for selecting a finding's cell. */
export function rowsOfLines(d: Disclosure): Record<string, Record<number, number>> {
  const placements = new PlacementMap();
  const result: Record<string, Record<number, number>> = {};
  for (const t of d.tables) {
    const layout = buildTableSheet(d, t, placements);
    result[layout.name] = layout.rowOfLine;
  }
  return result;
}
