import { findTable } from "../model";
import { totalRow } from "./compare";
import { amounts, checkShare, checkStated, figureLabelled, section } from "./narrativeHelpers";
import type { Rule } from "./types";

/** 三: basic and project expenditure with shares, against table 3. */
export const narrativeExpenditure: Rule = {
  id: "narrative-expenditure",
  description: {
    zh: "情况说明三（支出预算）：支出合计、基本支出、项目支出及占比与表3一致",
    en: "Narrative part 3: expenditure, basic and project expenditure and their shares match table 3",
  },
  tables: [3],
  scope: "narrative",
  severity: "error",
  check(ctx) {
    const s = section(ctx.disclosure, 3);
    const t3 = findTable(ctx.disclosure, 3);
    if (!s || !t3) return;
    const total = totalRow(t3);
    checkStated(ctx, { sectionNo: 3, figure: amounts(s)[0], tableValue: total?.values[0] ?? null, tableLabel: "表3合计", tables: [3], tableRow: total });
    for (const [pattern, column, label] of [
      [/基本支出/, 1, "表3基本支出合计"],
      [/项目支出/, 2, "表3项目支出合计"],
    ] as [RegExp, number, string][]) {
      const figure = figureLabelled(s, pattern);
      checkStated(ctx, { sectionNo: 3, figure, tableValue: total?.values[column] ?? null, tableLabel: label, tables: [3], tableRow: total });
      checkShare(ctx, figure, total?.values[column] ?? null, total?.values[0] ?? null, [3]);
    }
  },
};
