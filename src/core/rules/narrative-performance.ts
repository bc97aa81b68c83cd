import type { Amount } from "../amount";
import { findTable } from "../model";
import { checkStated, section } from "./narrativeHelpers";
import { projectGroups } from "./projectHelpers";
import type { Rule } from "./types";

/** 十: the number and amount of projects under performance management against table 12. */
export const narrativePerformance: Rule = {
  id: "narrative-performance",
  description: {
    zh: "情况说明十（绩效管理）：纳入绩效目标管理的项目个数和金额与表12一致",
    en: "Narrative part 10: the number and amount of projects under performance management match table 12",
  },
  tables: [12],
  scope: "narrative",
  severity: "error",
  check(ctx) {
    const s = section(ctx.disclosure, 10);
    const t12 = findTable(ctx.disclosure, 12);
    if (!s || !t12) return;
    const countIndex = s.figures.findIndex((f) => f.kind === "count" && /二级项目|绩效管理项目|纳入绩效/.test(f.label));
    if (countIndex < 0) return;
    const count = s.figures[countIndex];
    const groups = projectGroups(t12.rows);
    const projects = groups.flatMap((g) => g.projects);
    if (count.value !== projects.length) {
      ctx.report({
        tables: [12],
        message: `情况说明十称纳入绩效目标管理的项目${count.value}个，表12列有${projects.length}个项目`,
        expected: projects.length,
        actual: count.value,
        lines: [count.line],
      });
    }
    const amount = s.figures.slice(countIndex + 1).find((f) => f.kind === "amount");
    const t12Total = groups.reduce<Amount>((sum, g) => sum + (g.subtotal?.values[0] ?? g.projects.reduce<Amount>((a, r) => a + (r.values[0] ?? 0), 0)), 0);
    checkStated(ctx, { sectionNo: 10, figure: amount, tableValue: t12Total, tableLabel: "表12项目支出合计", tables: [12] });
  },
};
