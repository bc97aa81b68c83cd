/**
 * The sums a published table holds (a parent = its children, 合计 = its parts, a row's 合计 = its
 * columns), as positions in the model. The sheet writers turn them into live formulas.
 */
import type { DisclosureTable, TableRow } from "../model";
import { bareName } from "../model/rows";
import { projectGroups } from "../model/projects";
import { ROW_TOTAL_SOURCES } from "../tableSpecs";

export interface Position {
  row: TableRow;
  col: number;
}

export interface SumRelation {
  target: Position;
  parts: Position[];
  /** Compared with the most detailed rows below: only an error counts (rounding is flagged where it arises). */
  errorOnly?: boolean;
}

function columnsOf(table: DisclosureTable, rows: TableRow[]): number[] {
  const width = Math.max(0, ...rows.map((r) => r.values.length));
  return Array.from({ length: width }, (_, j) => j).filter((j) => j < table.columns.length);
}

function sumEachColumn(relations: SumRelation[], target: TableRow, parts: TableRow[], columns: number[]) {
  if (parts.length === 0) return;
  for (const col of columns) relations.push({ target: { row: target, col }, parts: parts.map((row) => ({ row, col })) });
}

export function tableRelations(table: DisclosureTable): SumRelation[] {
  const relations: SumRelation[] = [];
  const rows = table.rows;
  const all = columnsOf(table, rows);
  const total = rows.find((r) => r.kind === "total" && !r.side);

  // Row totals: the first column is the sum of the others (sources, 基本+项目, 人员+公用).
  const sources = ROW_TOTAL_SOURCES[table.no];
  if (sources) {
    for (const row of rows) if (!row.side) relations.push({ target: { row, col: 0 }, parts: sources.map((col) => ({ row, col })) });
  }

  switch (table.no) {
    case 2:
    case 3:
    case 5:
    case 7:
    case 8: {
      const coded = rows.filter((r) => r.code !== null);
      const isLeaf = (r: TableRow) => !coded.some((o) => o.code!.length > r.code!.length && o.code!.startsWith(r.code!));
      const leaves = coded.filter(isLeaf);
      const addDetail = (target: TableRow, detail: TableRow[], direct: TableRow[]) => {
        // Every ancestor of an edited leaf must flag, not just its parent.
        if (detail.length === direct.length) return;
        for (const col of all) relations.push({ target: { row: target, col }, parts: detail.map((row) => ({ row, col })), errorOnly: true });
      };
      for (const row of coded) {
        const children = coded.filter((c) => c.code!.length === row.code!.length + 2 && c.code!.startsWith(row.code!));
        sumEachColumn(relations, row, children, all);
        if (children.length > 0)
          addDetail(
            row,
            leaves.filter((l) => l.code!.startsWith(row.code!) && l !== row),
            children,
          );
      }
      if (total) {
        const tops = coded.filter((r) => r.code!.length === 3);
        sumEachColumn(relations, total, tops, all);
        addDetail(total, leaves, tops);
      }
      break;
    }
    case 6: {
      const categories: { row: TableRow; items: TableRow[] }[] = [];
      for (const row of rows) {
        if (row.kind === "category") categories.push({ row, items: [] });
        else if (row.kind === "item" && categories.length > 0) categories[categories.length - 1].items.push(row);
      }
      for (const c of categories) sumEachColumn(relations, c.row, c.items, all);
      if (total)
        sumEachColumn(
          relations,
          total,
          categories.map((c) => c.row),
          all,
        );
      break;
    }
    case 10: {
      const named = (pattern: RegExp) => rows.find((r) => pattern.test(bareName(r.name)));
      const vehicles = named(/^公务用车购置及运行/);
      const parts = [named(/^公务用车购置费/), named(/^公务用车运行/)].filter((r): r is TableRow => !!r);
      if (vehicles) sumEachColumn(relations, vehicles, parts, all);
      const top = [named(/^因公出国/), named(/^公务接待费/), vehicles].filter((r): r is TableRow => !!r);
      if (total) sumEachColumn(relations, total, top, all);
      break;
    }
    case 11:
      if (total)
        sumEachColumn(
          relations,
          total,
          rows.filter((r) => r.kind === "item"),
          all,
        );
      break;
    case 12:
    case 13: {
      const groups = projectGroups(rows);
      for (const g of groups) {
        if (g.subtotal) sumEachColumn(relations, g.subtotal, g.projects, all);
        for (const repeated of g.repeated) if (g.subtotal) sumEachColumn(relations, repeated, [g.subtotal], all);
      }
      if (total)
        sumEachColumn(
          relations,
          total,
          groups.map((g) => g.subtotal).filter((s): s is TableRow => !!s),
          all,
        );
      break;
    }
    case 1:
    case 4: {
      const income = rows.filter((r) => r.side === "income");
      const expenditure = rows.filter((r) => r.side === "expenditure");
      const carryHeading = /^上年(财政拨款)?结转$/;
      const incomeSubtotal = income.find((r) => r.kind === "subtotal");
      const incomeTotal = income.find((r) => r.kind === "total");
      const items = income.filter((r) => r.kind === "item" && r.section === undefined && !carryHeading.test(bareName(r.name)));
      const carry = income.filter((r) => r.section !== undefined);
      const carryRows = carry.length > 0 ? carry : income.filter((r) => carryHeading.test(bareName(r.name)));
      if (incomeSubtotal) sumEachColumn(relations, incomeSubtotal, items, [0]);
      if (incomeTotal && incomeSubtotal) sumEachColumn(relations, incomeTotal, [incomeSubtotal, ...carryRows], [0]);
      const columns = table.columns.map((_, j) => j);
      const subtotal = expenditure.find((r) => r.kind === "subtotal");
      const grand = expenditure.find((r) => r.kind === "total");
      const yearEnd = expenditure.find((r) => bareName(r.name) === "年终结转");
      const classes = expenditure.filter((r) => r.kind === "item" && r !== yearEnd);
      if (subtotal) sumEachColumn(relations, subtotal, classes, columns);
      if (grand && subtotal) sumEachColumn(relations, grand, [subtotal, ...(yearEnd ? [yearEnd] : [])], columns);
      const parts = table.no === 1 ? [1, 2] : [1, 2, 3];
      for (const row of expenditure) relations.push({ target: { row, col: 0 }, parts: parts.map((col) => ({ row, col })) });
      break;
    }
  }
  return relations;
}
