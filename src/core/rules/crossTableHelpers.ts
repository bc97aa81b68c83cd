import type { TableRow } from "../model";
import { bareName, classesByName } from "../model/rows";
import { checkSame, linesOf } from "./compare";
import type { Rule } from "./types";

// The vocabulary moved to src/core/model; re-exported for rules written against this path.
export { T1_INCOME_TO_T2_COLUMN, ECONOMIC_TO_FUNCTIONAL } from "../model/names";
export { classRows, classesByName, onlyGeneralBudget } from "../model/rows";

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
