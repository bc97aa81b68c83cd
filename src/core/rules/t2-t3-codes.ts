import { findTable } from "../model";
import { checkSame, linesOf } from "./compare";
import type { Rule } from "./types";

/** Nothing carried over: table 2 and table 3 agree code by code. */
export const t2MatchesT3: Rule = {
  id: "t2-t3-codes",
  description: {
    zh: "无上年结转时，表2与表3每个科目的合计数相等",
    en: "With nothing carried over, tables 2 and 3 agree on every code's total",
  },
  tables: [2, 3],
  scope: "cross-table",
  severity: "error",
  check(ctx) {
    const t2 = findTable(ctx.disclosure, 2);
    const t3 = findTable(ctx.disclosure, 3);
    if (!t2 || !t3 || t2.empty || t3.empty) return;
    if (t2.rows.some((r) => (r.values[6] ?? 0) !== 0)) return;
    const t3ByCode = new Map(t3.rows.map((r) => [r.code ?? "合计", r]));
    for (const row of t2.rows) {
      const other = t3ByCode.get(row.code ?? "合计");
      checkSame(ctx, {
        what: `科目${row.code ?? ""}“${row.name}”在表2与表3的合计`,
        expected: row.values[0],
        actual: other?.values[0] ?? null,
        expectedLabel: "表2",
        actualLabel: "表3",
        tables: [2, 3],
        lines: linesOf(row, other),
      });
    }
  },
};
