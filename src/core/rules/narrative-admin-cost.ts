import { findTable } from "../model";
import { totalRow } from "./compare";
import { checkStated, figureLabelled, section } from "./narrativeHelpers";
import type { Rule } from "./types";

/** 八: 机关运行经费 against table 11. */
export const narrativeAdminCost: Rule = {
  id: "narrative-admin-cost",
  description: {
    zh: "情况说明八（机关运行经费）：机关运行经费与表11合计一致",
    en: "Narrative part 8: administrative running costs match table 11",
  },
  tables: [11],
  scope: "narrative",
  severity: "error",
  check(ctx) {
    const s = section(ctx.disclosure, 8);
    const t11 = findTable(ctx.disclosure, 11);
    if (!s || !t11) return;
    const total = totalRow(t11);
    checkStated(ctx, {
      sectionNo: 8,
      figure: figureLabelled(s, /机关运行经费/),
      tableValue: total?.values[0] ?? null,
      tableLabel: "表11合计",
      tables: [11],
      tableRow: total,
    });
  },
};
