/**
 * Matching two years' tables and rows. Tables pair by their number within the same template; rows by
 * 科目编码 first, then by name, then by a similar name (a renamed subject), so reordered, renamed and
 * renumbered rows still find each other.
 */
import type { Disclosure, DisclosureTable, TableRow } from "../model";
import { itemKey, similarNames } from "./names";
import { numberedByTemplate } from "./templateView";

export type MatchedBy = "code" | "name" | "similar";

export interface RowPair {
  last: TableRow | null;
  current: TableRow | null;
  by: MatchedBy | null;
}

export interface TablePair {
  last: DisclosureTable;
  current: DisclosureTable;
  rows: RowPair[];
}

/** Where a row stands within its table: side and section must agree for two rows to be the same item. */
function placeOf(row: TableRow): string {
  return `${row.side ?? ""}|${row.section ?? ""}`;
}

/** A row's item key in its table (totals are one item per side and section whatever their wording). */
export function rowKey(row: TableRow): string {
  return row.kind === "total" ? "合计" : itemKey(row.name);
}

/** The template a document was read with (the field arrives with other templates; Shanxi's until then). */
export function templateOf(d: Disclosure): string {
  return d.template && d.template !== "shanxi-13" ? d.template : "shanxi";
}

export function matchRows(lastRows: readonly TableRow[], currentRows: readonly TableRow[]): RowPair[] {
  const pairs: RowPair[] = [];
  const lastLeft = new Set(lastRows);
  const currentLeft: TableRow[] = [];
  const take = (last: TableRow, current: TableRow, by: MatchedBy) => {
    lastLeft.delete(last);
    pairs.push({ last, current, by });
  };
  const byCode = new Map<string, TableRow[]>();
  for (const row of lastRows) if (row.code) byCode.set(`${placeOf(row)}|${row.code}`, [...(byCode.get(`${placeOf(row)}|${row.code}`) ?? []), row]);
  for (const row of currentRows) {
    const candidates = row.code ? (byCode.get(`${placeOf(row)}|${row.code}`) ?? []).filter((r) => lastLeft.has(r)) : [];
    if (candidates.length > 0) take(candidates[0], row, "code");
    else currentLeft.push(row);
  }
  // By name: rows without a code, and coded rows whose code changed. Among equal names, the same
  // category (table 6's 工资福利支出 …) first.
  const stillLeft: TableRow[] = [];
  for (const row of currentLeft) {
    const key = rowKey(row);
    const same = [...lastLeft].filter((r) => placeOf(r) === placeOf(row) && rowKey(r) === key && (!r.code || !row.code || r.code.length === row.code.length));
    const best = same.find((r) => (r.detail ?? "") === (row.detail ?? "")) ?? same[0];
    if (best) take(best, row, "name");
    else stillLeft.push(row);
  }
  // Similar names (renamed subjects): the same code level when both have codes.
  for (const row of stillLeft) {
    const key = rowKey(row);
    const similar = [...lastLeft].find(
      (r) => placeOf(r) === placeOf(row) && r.kind === row.kind && (!r.code || !row.code || r.code.length === row.code.length) && similarNames(rowKey(r), key),
    );
    if (similar) take(similar, row, "similar");
    else pairs.push({ last: null, current: row, by: null });
  }
  for (const row of lastRows) if (lastLeft.has(row)) pairs.push({ last: row, current: null, by: null });
  return pairs;
}

/** A table's title without its number, year, unit name and qualifiers: "五、2018年度…财政拨款支出预算表（功能科目）" → "财政拨款支出预算表". */
export function titleKey(title: string, unit: string | null): string {
  let key = itemKey(title).replace(/^\d{4}年度?/, "");
  if (unit) key = key.replace(itemKey(unit), "");
  return key.replace(/\d{4}年度?/g, "").replace(/\([^)]*\)$/, "");
}

/**
 * The tables both documents publish. Shanxi's 13 tables have standard numbers; other templates number
 * (and order) their tables differently from year to year, so they pair by title: the same title
 * first, then a similar one.
 */
export function matchTables(last: Disclosure, current: Disclosure): TablePair[] {
  const pairs: TablePair[] = [];
  // Shanxi's 13 tables and a template's tables (as the comparison view numbers them) pair by number.
  const byNumber = templateOf(last) === templateOf(current) && (templateOf(last) === "shanxi" || (numberedByTemplate(last) && numberedByTemplate(current)));
  if (byNumber) {
    for (const table of current.tables) {
      const counterpart = last.tables.find((t) => t.no === table.no);
      if (counterpart) pairs.push({ last: counterpart, current: table, rows: matchRows(counterpart.rows, table.rows) });
    }
    return pairs;
  }
  const lastLeft = new Map(last.tables.map((t) => [t, titleKey(t.title, last.unit)]));
  const keyed = current.tables.map((t) => ({ table: t, key: titleKey(t.title, current.unit) }));
  const found = new Map<DisclosureTable, DisclosureTable>();
  for (const exact of [true, false]) {
    for (const { table, key } of keyed) {
      if (found.has(table)) continue;
      const counterpart = [...lastLeft].find(([, k]) => (exact ? k === key : similarNames(k, key)))?.[0];
      if (!counterpart) continue;
      found.set(table, counterpart);
      lastLeft.delete(counterpart);
    }
  }
  for (const table of current.tables) {
    const counterpart = found.get(table);
    if (counterpart) pairs.push({ last: counterpart, current: table, rows: matchRows(counterpart.rows, table.rows) });
  }
  return pairs;
}
