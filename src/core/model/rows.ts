/**
 * Row selectors: how rules, relations, the workbook layout and the draft find rows in a table.
 * The vocabulary of the model, in one place.
 */
import type { Amount } from "../amount";
import { findTable, type Disclosure, type DisclosureTable, type RowSide, type TableRow } from "../model";
import { foldKey } from "../reader/text";

/** Class names without their numbering: "一、一般公共服务支出" → "一般公共服务支出". */
export function bareName(name: string): string {
  return foldKey(name)
    .replace(/^[一二三四五六七八九十]+、/, "")
    .replace(/^[①②③④⑤⑥⑦⑧⑨]/, "");
}

export function rowsOn(table: DisclosureTable | undefined, side?: RowSide): TableRow[] {
  if (!table) return [];
  return side ? table.rows.filter((r) => r.side === side) : table.rows;
}

export function rowNamed(table: DisclosureTable | undefined, name: string | RegExp, side?: RowSide): TableRow | undefined {
  return rowsOn(table, side).find((r) => (typeof name === "string" ? bareName(r.name) === name : name.test(bareName(r.name))));
}

export function totalRow(table: DisclosureTable | undefined, side?: RowSide): TableRow | undefined {
  return rowsOn(table, side).find((r) => r.kind === "total");
}

/** 本年收入合计 / 本年支出合计 of a two-sided table. */
export function subtotalRow(table: DisclosureTable | undefined, side: RowSide): TableRow | undefined {
  return rowsOn(table, side).find((r) => r.kind === "subtotal");
}

export function value(row: TableRow | undefined, column: number): Amount | null {
  return row?.values[column] ?? null;
}

/** The column total of a table: its 合计 row if it has one. */
export function columnTotal(table: DisclosureTable | undefined, column: number): Amount | null {
  return value(totalRow(table), column);
}

export function linesOf(...rows: (TableRow | undefined)[]): number[] {
  return rows.filter((r): r is TableRow => r !== undefined).map((r) => r.line);
}

/** The 类 (3-digit) rows of a coded table. */
export function classRows(table: DisclosureTable | undefined): TableRow[] {
  return rowsOn(table).filter((r) => r.code?.length === 3);
}

/** The rows of a two-sided table's expenditure classes, by bare class name. */
export function classesByName(rows: TableRow[]): Map<string, TableRow> {
  const map = new Map<string, TableRow>();
  for (const row of rows) if (row.kind === "item") map.set(bareName(row.name), row);
  return map;
}

/** The direct children of a coded row (a 5-digit code's 7-digit rows …). */
export function codeChildren(coded: TableRow[], parent: TableRow): TableRow[] {
  const code = parent.code!;
  return coded.filter((c) => c.code!.length === code.length + 2 && c.code!.startsWith(code));
}

/** Table 6: each category (工资福利支出 …) with the items listed under it. */
export function economicCategories(table: DisclosureTable | undefined): { row: TableRow; items: TableRow[] }[] {
  const categories: { row: TableRow; items: TableRow[] }[] = [];
  for (const row of rowsOn(table)) {
    if (row.kind === "category") categories.push({ row, items: [] });
    else if (row.kind === "item" && categories.length > 0) categories[categories.length - 1].items.push(row);
  }
  return categories;
}

/** All money is 一般公共预算: table 2's other source columns are all blank or zero. */
export function onlyGeneralBudget(d: Disclosure): boolean {
  const total = totalRow(findTable(d, 2));
  if (!total) return false;
  return total.values.slice(2).every((v) => (v ?? 0) === 0);
}

/** Nothing carried over from last year: table 2's 上年结转 column is blank or zero on every row. */
export function noCarryOver(d: Disclosure): boolean {
  return !findTable(d, 2)?.rows.some((r) => (r.values[6] ?? 0) !== 0);
}

/** 行政单位 and 参公事业单位 report 机关运行经费 equal to 公用经费. */
export function isAdministrative(d: Disclosure): boolean {
  return d.unitType === "行政单位" || d.unitType === "参公事业单位";
}
