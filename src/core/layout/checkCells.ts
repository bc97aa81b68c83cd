/**
 * Where a table's own relations are shown: one check cell per relation, in a block of 校验 columns
 * beside the table — one per amount column (sums down a column) and one for the row totals (sums
 * across a row). Any other relation goes to the 校验 sheet, so every relation has exactly one cell.
 */
import type { DisclosureTable, TableRow } from "../model";
import { zhOf } from "../messages";
import { evaluate, flagFormula, type Locate, type RelationInstance, type SheetCell } from "../relations";
import type { LayoutCell } from "./types";

export interface CheckBlock {
  /** Sheet columns of the check block with their header. */
  columns: { col: number; header: string }[];
  cells: LayoutCell[];
  /** Where each placed relation's flag is. */
  placed: { instance: RelationInstance; at: SheetCell }[];
  /** Relations of other tables or spanning tables: the 校验 sheet shows them. */
  rest: RelationInstance[];
}

const ROW_KEY = -1;

/**
 * Places the relations that compare cells of this table only. `valueHeader(col)` names an amount
 * column of the sheet; the block starts at `firstCol`.
 */
export function placeTableChecks(
  table: DisclosureTable,
  instances: RelationInstance[],
  locate: Locate,
  sheet: string,
  firstCol: number,
  valueHeader: (col: number) => string,
): CheckBlock {
  const own = new Set<TableRow>(table.rows);
  const local: { instance: RelationInstance; row: number; key: number }[] = [];
  const rest: RelationInstance[] = [];
  for (const instance of instances) {
    const r = instance.relation;
    if (r.kind !== "sum" || r.total.kind !== "cell" || !own.has(r.total.row) || r.parts.length === 0) {
      rest.push(instance);
      continue;
    }
    const total = r.total;
    const parts = r.parts;
    const cells = parts.every((p) => p.kind === "cell" && own.has(p.row));
    const target = locate(total);
    if (!cells || !target || target.sheet !== sheet) {
      rest.push(instance);
      continue;
    }
    const across = parts.every((p) => p.kind === "cell" && p.row === total.row);
    const down = parts.every((p) => p.kind === "cell" && p.col === total.col && p.row.side === total.row.side);
    if (across) local.push({ instance, row: target.row, key: ROW_KEY });
    else if (down) local.push({ instance, row: target.row, key: target.col });
    else rest.push(instance);
  }
  const keys = [...new Set(local.map((l) => l.key))].sort((a, b) => (a === ROW_KEY ? 1 : b === ROW_KEY ? -1 : a - b));
  const colOf = new Map(keys.map((k, i) => [k, firstCol + i]));
  const taken = new Set<string>();
  const cells: LayoutCell[] = [];
  const placed: CheckBlock["placed"] = [];
  for (const l of local) {
    const col = colOf.get(l.key)!;
    const slot = `${l.row}|${col}`;
    if (taken.has(slot)) {
      rest.push(l.instance);
      continue;
    }
    taken.add(slot);
    cells.push({ row: l.row, col, content: { formula: flagFormula(l.instance.relation, locate, sheet) }, style: "check" });
    placed.push({ instance: l.instance, at: { sheet, row: l.row, col } });
  }
  const columns = keys.map((k) => ({ col: colOf.get(k)!, header: k === ROW_KEY ? "校验：行合计" : `校验：${valueHeader(k)}` }));
  return { columns, cells, placed, rest };
}

/** A placed relation's flag as the workbook's check list records it: the engine's verdict at its cell. */
export function placedVerdict({ instance, at }: CheckBlock["placed"][number]) {
  const { verdict, finding } = evaluate(instance.relation, instance.severity);
  return { rule: instance.rule, sheet: at.sheet, row: at.row, col: at.col, verdict, severity: finding?.severity, message: finding && zhOf(finding.message) };
}
