import { L, columnLabel, quote } from "../messages";
import { findTable, type TableNo } from "../model";
import { linesOf, onlyGeneralBudget } from "../model/rows";
import { cell, defineRelations, type Relation } from "../relations";
import { fmt, num } from "../messages/findings";

/** T5 ≤ T3 for every code and column; equal where all money is 一般公共预算. */
export const t5WithinT3 = defineRelations(
  {
    id: "t5-t3",
    description: {
      zh: "表5一般公共预算支出不超过表3同一科目同一列；全部资金为一般公共预算时两表相等",
      en: "Table 5 never exceeds table 3 for the same code and column; they are equal when all funds are general budget",
    },
    tables: [2, 3, 5],
    scope: "cross-table",
    severity: "error",
  },
  (d) => {
    const t3 = findTable(d, 3);
    const t5 = findTable(d, 5);
    if (!t3 || !t5 || t5.empty) return [];
    const equal = onlyGeneralBudget(d);
    const t3ByCode = new Map(t3.rows.map((r) => [r.code ?? "合计", r]));
    const out: Relation[] = [];
    for (const row of t5.rows) {
      const other = t3ByCode.get(row.code ?? "合计");
      t5.columns.forEach((column, i) => {
        const what = L(`科目${row.code ?? ""}“${row.name}”的“${column}”`, `code ${row.code ?? ""} ${quote(row.name)}, column ${columnLabel(column).en}`);
        const common = { what, expected: cell(other, i), actual: cell(row, i), tables: [3, 5] as TableNo[], lines: linesOf(row, other) };
        out.push(
          equal
            ? {
                kind: "copy",
                ...common,
                expectedLabel: L("表3", "table 3"),
                actualLabel: L("表5", "table 5"),
                report: (a3, a5) => ({
                  message: L(
                    `${what.zh}：全部资金为一般公共预算，表5（${fmt(a5)}）应等于表3（${fmt(a3)}），相差${fmt(a5 - a3)}`,
                    `${what.en}: all funds are general public budget, so table 5 (${fmt(a5)}) should equal table 3 (${fmt(a3)}), difference ${fmt(a5 - a3)}`,
                  ),
                  expected: num(a3),
                  actual: num(a5),
                }),
              }
            : {
                kind: "order",
                op: "<=",
                ...common,
                report: (a3, a5) => ({
                  message: L(`${what.zh}：表5（${fmt(a5)}）超过表3（${fmt(a3)}）`, `${what.en}: table 5 (${fmt(a5)}) exceeds table 3 (${fmt(a3)})`),
                  expected: num(a3),
                  actual: num(a5),
                }),
              },
        );
      });
    }
    return out;
  },
);
