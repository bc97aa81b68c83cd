import { L } from "../messages";
import { findTable } from "../model";
import { projectGroups } from "../model/projects";
import { linesOf, rowNamed, totalRow } from "../model/rows";
import { cell, defineRelations, sumOf } from "../relations";

/** T13 (projects carried over) = T1 上年结转. */
export const t13MatchesT1 = defineRelations(
  {
    id: "t13-t1-carryover",
    description: {
      zh: "表13上年结转项目支出合计等于表1上年结转",
      en: "Table 13's carried-over projects total table 1's carry-over",
    },
    tables: [1, 13],
    scope: "cross-table",
    severity: "error",
  },
  (d) => {
    const t1 = findTable(d, 1);
    const t13 = findTable(d, 13);
    if (!t1 || !t13) return [];
    const carry = rowNamed(t1, "上年结转", "income");
    const total = totalRow(t13);
    const groups = projectGroups(t13.rows);
    const actual =
      total && total.values[0] !== null && total.values[0] !== undefined
        ? cell(total, 0)
        : sumOf(groups.map((g) => (g.subtotal && g.subtotal.values[0] !== null ? cell(g.subtotal, 0) : sumOf(g.projects.map((r) => cell(r, 0))))));
    return [
      {
        kind: "copy",
        what: L("上年结转", "carried over from last year"),
        expected: cell(carry, 0),
        actual,
        expectedLabel: L("表1上年结转", "table 1 carried over"),
        actualLabel: L("表13合计", "table 13 total"),
        tables: [1, 13],
        lines: linesOf(carry, total),
      },
    ];
  },
);
