import { L } from "../messages";
import type { Rule } from "./types";
import { unitMatches } from "../model/projects";

/**
 * The number of 绩效目标表 matches the number the narrative states. Code, not a relation: it counts
 * attached tables, which are no figure of the workbook (the 校验 sheet lists it as found at import).
 */
export const performanceCount: Rule = {
  id: "performance-count",
  description: {
    zh: "公开的项目绩效目标表张数与情况说明所述公开项目个数一致",
    en: "The number of performance target tables published matches the narrative's count",
  },
  tables: [12],
  scope: "performance",
  severity: "warning",
  check(ctx) {
    const d = ctx.disclosure;
    const s = d.narrative.find((x) => x.no === 10);
    const stated = s?.figures.find((f) => f.kind === "count" && /公开项目绩效目标/.test(f.label));
    if (!stated) return;
    const own = d.performance.filter((t) => !t.implementingUnit || !d.unit || unitMatches(t.implementingUnit, d.unit));
    if (own.length !== stated.value) {
      ctx.report({
        tables: [12],
        message: L(
          `情况说明称公开项目绩效目标${stated.value}个，文件附有本单位绩效目标表${own.length}张`,
          `the narrative announces ${stated.value} project performance targets, the document attaches ${own.length} of the unit's performance target tables`,
        ),
        expected: stated.value,
        actual: own.length,
        lines: [stated.line],
      });
    }
  },
};
