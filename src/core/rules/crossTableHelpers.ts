import { L, type Localized, quote } from "../messages";
import type { TableNo, TableRow } from "../model";
import { amount, cell, type Relation } from "../relations";
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
  summaryLabel: Localized,
  detailLabel: Localized,
) {
  const summary = classesByName(summaryRows);
  const seen = new Set<string>();
  for (const detail of detailClasses) {
    const key = bareName(detail.name);
    seen.add(key);
    const row = summary.get(key);
    checkSame(ctx, {
      what: L(`${summaryLabel.zh}与${detailLabel.zh}的“${detail.name}”`, `${quote(detail.name)} in ${summaryLabel.en} and ${detailLabel.en}`),
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
      what: L(
        `${summaryLabel.zh}的“${row.name}”在${detailLabel.zh}中没有对应的类级科目`,
        `${quote(row.name)} of ${summaryLabel.en} has no class code in ${detailLabel.en}`,
      ),
      expected: amount,
      actual: null,
      expectedLabel: summaryLabel,
      actualLabel: detailLabel,
      tables,
      lines: [row.line],
    });
  }
}

/** compareClasses as relations: each class of the detail table against the summary's row of that name. */
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
