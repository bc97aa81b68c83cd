import { L } from "../messages";
import { findTable } from "../model";
import { section } from "../model/narrative";
import { projectGroups } from "../model/projects";
import { cell, count, defineRelations, sumOf, type Relation } from "../relations";
import { restates } from "../relations/narrative";

/** 十: the number and amount of projects under performance management against table 12. */
export const narrativePerformance = defineRelations(
  {
    id: "narrative-performance",
    description: {
      zh: "情况说明十（绩效管理）：纳入绩效目标管理的项目个数和金额与表12一致",
      en: "Narrative part 10: the number and amount of projects under performance management match table 12",
    },
    tables: [12],
    scope: "narrative",
    severity: "error",
  },
  (d) => {
    const s = section(d, 10);
    const t12 = findTable(d, 12);
    if (!s || !t12) return [];
    const countIndex = s.figures.findIndex((f) => f.kind === "count" && /二级项目|绩效管理项目|纳入绩效/.test(f.label));
    if (countIndex < 0) return [];
    const stated = s.figures[countIndex];
    const groups = projectGroups(t12.rows);
    const projects = groups.flatMap((g) => g.projects);
    const out: Relation[] = [
      {
        kind: "copy",
        what: L("纳入绩效目标管理的项目个数", "the number of projects under performance target management"),
        expected: count(projects.length),
        actual: count(stated.value),
        expectedLabel: L("表12", "table 12"),
        actualLabel: L("情况说明十", "narrative section 10"),
        tables: [12],
        lines: [stated.line],
        report: (listed, said) => ({
          message: L(
            `情况说明十称纳入绩效目标管理的项目${said}个，表12列有${listed}个项目`,
            `narrative section 10 says ${said} projects are under performance target management, table 12 lists ${listed} projects`,
          ),
          expected: listed,
          actual: said,
        }),
      },
    ];
    const figure = s.figures.slice(countIndex + 1).find((f) => f.kind === "amount");
    // Each unit's subtotal, or its projects' sum where it has none.
    const t12Total = sumOf(groups.map((g) => (g.subtotal && g.subtotal.values[0] !== null ? cell(g.subtotal, 0) : sumOf(g.projects.map((r) => cell(r, 0))))));
    out.push(...restates({ sectionNo: 10, figure, table: t12Total, tableLabel: L("表12项目支出合计", "table 12 project expenditure total"), tables: [12] }));
    return out;
  },
);
