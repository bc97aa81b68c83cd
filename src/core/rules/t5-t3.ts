import { findTable } from "../model";
import { fmt, linesOf, num } from "./compare";
import type { Rule } from "./types";
import { onlyGeneralBudget } from "./crossTableHelpers";

/** T5 ≤ T3 for every code and column; equal where all money is 一般公共预算. */
export const t5WithinT3: Rule = {
  id: "t5-t3",
  description: {
    zh: "表5一般公共预算支出不超过表3同一科目同一列；全部资金为一般公共预算时两表相等",
    en: "Table 5 never exceeds table 3 for the same code and column; they are equal when all funds are general budget",
  },
  tables: [2, 3, 5],
  scope: "cross-table",
  severity: "error",
  check(ctx) {
    const t3 = findTable(ctx.disclosure, 3);
    const t5 = findTable(ctx.disclosure, 5);
    if (!t3 || !t5 || t5.empty) return;
    const equal = onlyGeneralBudget(ctx.disclosure);
    const t3ByCode = new Map(t3.rows.map((r) => [r.code ?? "合计", r]));
    for (const row of t5.rows) {
      const other = t3ByCode.get(row.code ?? "合计");
      t5.columns.forEach((column, i) => {
        const a5 = row.values[i] ?? 0;
        const a3 = other?.values[i] ?? 0;
        if (equal ? a5 === a3 : a5 <= a3) return;
        ctx.report({
          tables: [3, 5],
          message: equal
            ? `科目${row.code ?? ""}“${row.name}”的“${column}”：全部资金为一般公共预算，表5（${fmt(a5)}）应等于表3（${fmt(a3)}），相差${fmt(a5 - a3)}`
            : `科目${row.code ?? ""}“${row.name}”的“${column}”：表5（${fmt(a5)}）超过表3（${fmt(a3)}）`,
          expected: num(a3),
          actual: num(a5),
          lines: linesOf(row, other),
        });
      });
    }
  },
};
