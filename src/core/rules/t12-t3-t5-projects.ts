import { L, type Localized } from "../messages";
import { findTable } from "../model";
import { projectGroups } from "../model/projects";
import { totalRow } from "../model/rows";
import { cell, defineRelations, sumOf, type Operand, type Relation } from "../relations";

/** T12 total = T3 项目支出; T12 一般公共预算 column = T5 项目支出. */
export const t12MatchesT3 = defineRelations(
  {
    id: "t12-t3-t5-projects",
    description: {
      zh: "表12项目支出合计等于表3项目支出合计，表12一般公共预算列等于表5项目支出合计",
      en: "Table 12's total equals table 3's project expenditure; its general-budget column equals table 5's project expenditure",
    },
    tables: [3, 5, 12],
    scope: "cross-table",
    severity: "error",
  },
  (d) => {
    const t12 = findTable(d, 12);
    if (!t12) return [];
    const groups = projectGroups(t12.rows);
    const grand = totalRow(t12);
    // Without a 合计 row: each unit's subtotal, or its projects.
    const sum = (i: number): Operand =>
      grand ? cell(grand, i) : sumOf(groups.map((g) => (g.subtotal ? cell(g.subtotal, i) : sumOf(g.projects.map((r) => cell(r, i))))));
    const lines = grand ? [grand.line] : groups.map((g) => g.subtotal?.line).filter((l): l is number => l !== undefined);
    const out: Relation[] = [];
    for (const [no, column12, label] of [
      [3, 0, L("表12合计", "table 12 total")],
      [5, 1, L("表12一般公共预算列", "table 12 general public budget column")],
    ] as [3 | 5, number, Localized][]) {
      const other = totalRow(findTable(d, no));
      if (!other) continue;
      out.push({
        kind: "copy",
        what: L(`项目支出在${label.zh}与表${no}`, `project expenditure in ${label.en} and table ${no}`),
        expected: cell(other, 2),
        actual: sum(column12),
        expectedLabel: L(`表${no}项目支出合计`, `table ${no} project expenditure total`),
        actualLabel: label,
        tables: [no, 12],
        lines: [...lines, other.line],
      });
    }
    return out;
  },
);
