/** Relations between a summary table's classes (表1, 表4) and a detail table's 类 rows, matched by name. */
import { L, quote, type Localized } from "../messages";
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
  summaryLabel: Localized,
  detailLabel: Localized,
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
      what: L(`${summaryLabel.zh}与${detailLabel.zh}的“${detail.name}”`, `${quote(detail.name)} in ${summaryLabel.en} and ${detailLabel.en}`),
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
      what: L(
        `${summaryLabel.zh}的“${row.name}”在${detailLabel.zh}中没有对应的类级科目`,
        `${quote(row.name)} of ${summaryLabel.en} has no class code in ${detailLabel.en}`,
      ),
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
