import type { Amount } from "../amount";
import { findTable } from "../model";
import { checkSame, linesOf, rowNamed, totalRow } from "./compare";
import { projectGroups } from "./projectHelpers";
import type { Rule } from "./types";

/** T13 (projects carried over) = T1 上年结转. */
export const t13MatchesT1: Rule = {
  id: "t13-t1-carryover",
  description: {
    zh: "表13上年结转项目支出合计等于表1上年结转",
    en: "Table 13's carried-over projects total table 1's carry-over",
  },
  tables: [1, 13],
  scope: "cross-table",
  severity: "error",
  check(ctx) {
    const t1 = findTable(ctx.disclosure, 1);
    const t13 = findTable(ctx.disclosure, 13);
    if (!t1 || !t13) return;
    const carry = rowNamed(t1, "上年结转", "income");
    const groups = projectGroups(t13.rows);
    const total =
      totalRow(t13)?.values[0] ??
      groups.reduce<Amount>((s, g) => s + (g.subtotal?.values[0] ?? g.projects.reduce<Amount>((a, r) => a + (r.values[0] ?? 0), 0)), 0);
    checkSame(ctx, {
      what: "上年结转",
      expected: carry?.values[0] ?? null,
      actual: total,
      expectedLabel: "表1上年结转",
      actualLabel: "表13合计",
      tables: [1, 13],
      lines: linesOf(carry, totalRow(t13)),
    });
  },
};
