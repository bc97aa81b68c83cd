import { findTable } from "../model";
import { bareName, totalRow } from "./compare";
import { amounts, checkShare, checkStated, section } from "./narrativeHelpers";
import type { Rule } from "./types";

/** 五: general-budget expenditure and its class structure with shares, against table 5. */
export const narrativeGeneralBudget: Rule = {
  id: "narrative-general-budget",
  description: {
    zh: "情况说明五（一般公共预算支出）：当年支出及各功能分类的金额、占比与表5一致",
    en: "Narrative part 5: general-budget expenditure and each class's amount and share match table 5",
  },
  tables: [5],
  scope: "narrative",
  severity: "error",
  check(ctx) {
    const s = section(ctx.disclosure, 5);
    const t5 = findTable(ctx.disclosure, 5);
    if (!s || !t5) return;
    const total = totalRow(t5);
    for (const figure of amounts(s).filter((f) => /一般公共预算当年支出$/.test(f.label))) {
      checkStated(ctx, { sectionNo: 5, figure, tableValue: total?.values[0] ?? null, tableLabel: "表5合计", tables: [5], tableRow: total });
    }
    const classes = new Map(t5.rows.filter((r) => r.code?.length === 3).map((r) => [bareName(r.name), r]));
    for (const figure of amounts(s)) {
      const row = classes.get(figure.label);
      if (!row) continue;
      checkStated(ctx, { sectionNo: 5, figure, tableValue: row.values[0], tableLabel: `表5“${row.name}”`, tables: [5], tableRow: row });
      checkShare(ctx, figure, row.values[0], total?.values[0] ?? null, [5]);
    }
  },
};
