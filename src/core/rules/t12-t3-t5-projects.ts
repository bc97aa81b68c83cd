import type { Amount } from "../amount";
import { findTable } from "../model";
import { checkSame, totalRow } from "./compare";
import { projectGroups } from "./projectHelpers";
import type { Rule } from "./types";

/** T12 total = T3 项目支出; T12 一般公共预算 column = T5 项目支出. */
export const t12MatchesT3: Rule = {
  id: "t12-t3-t5-projects",
  description: {
    zh: "表12项目支出合计等于表3项目支出合计，表12一般公共预算列等于表5项目支出合计",
    en: "Table 12's total equals table 3's project expenditure; its general-budget column equals table 5's project expenditure",
  },
  tables: [3, 5, 12],
  scope: "cross-table",
  severity: "error",
  check(ctx) {
    const t12 = findTable(ctx.disclosure, 12);
    if (!t12) return;
    const groups = projectGroups(t12.rows);
    const grand = totalRow(t12);
    const sum = (i: number): Amount | null => {
      if (grand) return grand.values[i];
      const values = groups.map((g) => (g.subtotal ? g.subtotal.values[i] : g.projects.reduce<Amount>((s, r) => s + (r.values[i] ?? 0), 0)));
      return values.length === 0 ? null : values.reduce<Amount>((s, v) => s + (v ?? 0), 0);
    };
    const lines = grand ? [grand.line] : groups.map((g) => g.subtotal?.line).filter((l): l is number => l !== undefined);
    for (const [no, column12, label] of [
      [3, 0, "表12合计"],
      [5, 1, "表12一般公共预算列"],
    ] as [3 | 5, number, string][]) {
      const other = totalRow(findTable(ctx.disclosure, no));
      if (!other) continue;
      checkSame(ctx, {
        what: `项目支出在${label}与表${no}`,
        expected: other.values[2],
        actual: sum(column12),
        expectedLabel: `表${no}项目支出合计`,
        actualLabel: label,
        tables: [no, 12],
        lines: [...lines, other.line],
      });
    }
  },
};
