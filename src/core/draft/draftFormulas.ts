/**
 * Which cells of the draft are formulas, and what they compute — derived from the relation
 * declarations, not written by hand. Every declared equality between two table cells is an equation
 * of the draft: a copy between tables (表1“一般公共预算” = 表2 column total) and a sum within a table
 * (a parent from its children, 合计 from its parts, a row's 合计 from its columns). The draft fills each
 * cell that an equation determines from cells already known, and leaves the rest for the user to enter:
 *
 * 1. Copies in the direction the table specs declare (`draftSources`: table 1 from tables 2 and 3, …):
 *    the summary table's cell refers to the detail table's.
 * 2. A sum with exactly one cell still open defines that cell (a total from its parts, or the one part
 *    left from the total and the others), repeated until nothing changes.
 * 3. Every sum whose total is still open: the total is the SUM of its parts (tree and category sums
 *    before a row's 合计 from its columns, as the published tables are built).
 * 4. A row whose 合计 is taken from elsewhere: its first open column is the rest (合计 − the others);
 *    table 1's 当年预算安排 = table 3's class − 上年结转安排.
 *
 * No definition may refer back to itself through others, so the workbook never holds a circular
 * reference; a relation that defines nothing stays a check (the draft's 校验 flags show it).
 */
import type { Disclosure, DisclosureTable, TableNo, TableRow } from "../model";
import type { Operand, RelationInstance } from "../relations";
import { tableSpec } from "../tableSpecs";

/** A value cell of a draft table: column j of a row. */
export interface DraftCell {
  row: TableRow;
  col: number;
}

/** How a draft cell is computed from others. */
export type CellDefinition =
  | { kind: "copy"; from: DraftCell }
  | { kind: "sum"; parts: DraftCell[] }
  /** The part left over: total − the other parts. */
  | { kind: "rest"; total: DraftCell; others: DraftCell[] };

interface Node extends DraftCell {
  table: DisclosureTable;
  definition?: CellDefinition;
  refs: Node[];
}

interface SumEquation {
  total: Node;
  parts: Node[];
  /** A row's 合计 from its columns (the other sums run down a column). */
  acrossRow: boolean;
}

export class DraftFormulas {
  private readonly nodes = new Map<TableRow, Map<number, Node>>();
  private readonly tableOf = new Map<TableRow, DisclosureTable>();

  constructor(d: Disclosure, instances: readonly RelationInstance[]) {
    for (const table of d.tables) for (const row of table.rows) this.tableOf.set(row, table);
    const copies: { derived: Node; source: Node }[] = [];
    const sums: SumEquation[] = [];
    for (const { relation } of instances) {
      if (relation.kind === "copy") {
        const a = this.node(relation.expected);
        const b = this.node(relation.actual);
        if (!a || !b || a.table === b.table) continue;
        if (draftSourcesOf(a.table).includes(b.table.no)) copies.push({ derived: a, source: b });
        else if (draftSourcesOf(b.table).includes(a.table.no)) copies.push({ derived: b, source: a });
      } else if (relation.kind === "sum") {
        const total = this.node(relation.total);
        // Blank operands (a row the table does not have) count as 0, like the checker's.
        const blanks = relation.parts.filter((p) => p.kind === "constant" && p.value === null).length;
        const parts = relation.parts.map((p) => this.node(p)).filter((p): p is Node => p !== undefined);
        if (!total || parts.length === 0 || parts.length + blanks !== relation.parts.length || parts.some((p) => p.table !== total.table)) continue;
        sums.push({ total, parts, acrossRow: parts.every((p) => p.row === total.row) });
      }
    }

    for (const { derived, source } of copies) this.define(derived, { kind: "copy", from: source }, [source]);
    this.solveSingleUnknowns(sums);
    for (const acrossRow of [false, true])
      for (const s of sums) if (s.acrossRow === acrossRow && !s.total.definition) this.define(s.total, { kind: "sum", parts: s.parts }, s.parts);
    for (const s of sums) {
      if (!s.acrossRow || !s.total.definition) continue;
      const open = s.parts.find((p) => !p.definition);
      if (!open) continue;
      const others = s.parts.filter((p) => p !== open);
      this.define(open, { kind: "rest", total: s.total, others }, [s.total, ...others]);
    }
  }

  /** The definition of column j of the row, or undefined for a cell the user enters. */
  get(row: TableRow, col: number): CellDefinition | undefined {
    return this.nodes.get(row)?.get(col)?.definition;
  }

  private node(op: Operand): Node | undefined {
    if (op.kind !== "cell") return undefined;
    const table = this.tableOf.get(op.row);
    if (!table) return undefined;
    let cols = this.nodes.get(op.row);
    if (!cols) this.nodes.set(op.row, (cols = new Map()));
    let node = cols.get(op.col);
    if (!node) cols.set(op.col, (node = { row: op.row, col: op.col, table, refs: [] }));
    return node;
  }

  /** Gives the cell its definition unless it has one or the definition would refer back to it. */
  private define(node: Node, definition: CellDefinition, refs: Node[]): boolean {
    const seen = new Set<Node>();
    if (node.definition || refs.some((r) => this.reaches(r, node, seen))) return false;
    node.definition = definition;
    node.refs = refs;
    return true;
  }

  private reaches(from: Node, target: Node, seen: Set<Node>): boolean {
    if (from === target) return true;
    if (seen.has(from)) return false;
    seen.add(from);
    return from.refs.some((r) => this.reaches(r, target, seen));
  }

  private solveSingleUnknowns(sums: SumEquation[]) {
    for (let changed = true; changed;) {
      changed = false;
      for (const s of sums) {
        const open = [s.total, ...s.parts].filter((n) => !n.definition);
        if (open.length !== 1) continue;
        const [cell] = open;
        if (cell === s.total) changed = this.define(cell, { kind: "sum", parts: s.parts }, s.parts) || changed;
        else {
          const others = s.parts.filter((p) => p !== cell);
          changed = this.define(cell, { kind: "rest", total: s.total, others }, [s.total, ...others]) || changed;
        }
      }
    }
  }
}

function draftSourcesOf(table: DisclosureTable): readonly TableNo[] {
  return tableSpec(table.no).draftSources ?? [];
}
