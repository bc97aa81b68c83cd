import { findTable, type Disclosure, type TableRow } from "../model";
import { bareName, checkSame, linesOf, rowsOn, totalRow } from "./compare";
import type { Rule } from "./types";

export const T1_INCOME_TO_T2_COLUMN: [RegExp, number][] = [
  [/^一般公共预算/, 1],
  [/^政府性基金/, 2],
  [/^国有资本经营/, 3],
  [/^财政专户/, 4],
  [/^单位资金/, 5],
];

export function classRows(table: ReturnType<typeof findTable>): TableRow[] {
  return rowsOn(table).filter((r) => r.code?.length === 3);
}

/** The rows of a two-sided table's expenditure classes, by bare class name. */
export function classesByName(rows: TableRow[]): Map<string, TableRow> {
  const map = new Map<string, TableRow>();
  for (const row of rows) if (row.kind === "item") map.set(bareName(row.name), row);
  return map;
}

export function compareClasses(
  ctx: Parameters<Rule["check"]>[0],
  summaryRows: TableRow[],
  summaryColumn: number,
  detailClasses: TableRow[],
  detailColumn: number,
  tables: [Parameters<typeof checkSame>[1]["tables"][number], Parameters<typeof checkSame>[1]["tables"][number]],
  summaryLabel: string,
  detailLabel: string,
) {
  const summary = classesByName(summaryRows);
  const seen = new Set<string>();
  for (const detail of detailClasses) {
    const key = bareName(detail.name);
    seen.add(key);
    const row = summary.get(key);
    checkSame(ctx, {
      what: `${summaryLabel}与${detailLabel}的“${detail.name}”`,
      expected: row?.values[summaryColumn] ?? null,
      actual: detail.values[detailColumn],
      expectedLabel: summaryLabel,
      actualLabel: detailLabel,
      tables,
      lines: linesOf(row, detail),
    });
  }
  for (const [key, row] of summary) {
    const amount = row.values[summaryColumn];
    if (seen.has(key) || amount === null || amount === 0 || row.kind !== "item" || /结转/.test(key)) continue;
    checkSame(ctx, {
      what: `${summaryLabel}的“${row.name}”在${detailLabel}中没有对应的类级科目`,
      expected: amount,
      actual: null,
      expectedLabel: summaryLabel,
      actualLabel: detailLabel,
      tables,
      lines: [row.line],
    });
  }
}

export function onlyGeneralBudget(d: Disclosure): boolean {
  const t2 = findTable(d, 2);
  const total = totalRow(t2);
  if (!total) return false;
  return total.values.slice(2).every((v) => (v ?? 0) === 0);
}

export const ECONOMIC_TO_FUNCTIONAL: [RegExp, string[]][] = [
  [/^机关事业单位基本养老保险缴费$/, ["2080505"]],
  [/^职业年金缴费$/, ["2080506"]],
  [/^职工基本医疗保险缴费$/, ["2101101", "2101102"]],
  [/^公务员医疗补助缴费$/, ["2101103"]],
  [/^住房公积金$/, ["2210201"]],
  [/^退休费$/, ["2080501", "2080502"]],
];
