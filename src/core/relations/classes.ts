/** Relations between a summary table's classes (表1, 表4) and a detail table's 类 rows, matched by name. */
import type { TableNo, TableRow } from "../model";
import { bareName, classesByName, linesOf } from "../model/rows";
import { amount, cell } from "./operands";
import type { Relation } from "./types";

/** Each class of the detail table against the summary's row of that name of the detail table against the summary's row of that name. */
export function classRelations(
  summaryRows: TableRow[],
  summaryColumn: number,
  detailClasses: TableRow[],
  detailColumn: number,
  tables: [TableNo, TableNo],
  summaryLabel: string,
  detailLabel: string,
): Relation[] {
  const out: Relation[] = [];
  const summary = classesByName(summaryRows);
  const seen = new Set<string>();
  for (const detail of detailClasses) {
    const key = bareName(detail.name);
    seen.add(key);
    const row = summary.get(key);
    out.push({
      kind: "copy",
      what: `${summaryLabel}与${detailLabel}的“${detail.name}”`,
      expected: cell(row, summaryColumn),
      actual: cell(detail, detailColumn),
      expectedLabel: summaryLabel,
      actualLabel: detailLabel,
      tables,
      lines: linesOf(row, detail),
    });
  }
  for (const [key, row] of summary) {
    const value = row.values[summaryColumn];
    if (seen.has(key) || value === null || value === 0 || row.kind !== "item" || /结转/.test(key)) continue;
    out.push({
      kind: "copy",
      what: `${summaryLabel}的“${row.name}”在${detailLabel}中没有对应的类级科目`,
      expected: cell(row, summaryColumn),
      actual: amount(null),
      expectedLabel: summaryLabel,
      actualLabel: detailLabel,
      tables,
      lines: [row.line],
    });
  }
  return out;
}
