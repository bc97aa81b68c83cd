import { findTable } from "../model";
import { bareName, rowsOn, totalRow } from "./compare";
import { amounts, checkShare, checkStated, section } from "./narrativeHelpers";
import type { Rule } from "./types";
import { INCOME_SOURCES } from "./narrativeSectionHelpers";

/** 二: income by source with shares, against table 1. */
export const narrativeIncome: Rule = {
  id: "narrative-income",
  description: {
    zh: "情况说明二（收入预算）：收入合计及各来源金额、占比与表1一致",
    en: "Narrative part 2: income and each source's amount and share match table 1",
  },
  tables: [1],
  scope: "narrative",
  severity: "error",
  check(ctx) {
    const s = section(ctx.disclosure, 2);
    const t1 = findTable(ctx.disclosure, 1);
    if (!s || !t1) return;
    const total = totalRow(t1, "income");
    const head = amounts(s)[0];
    checkStated(ctx, { sectionNo: 2, figure: head, tableValue: total?.values[0] ?? null, tableLabel: "表1收入总计", tables: [1], tableRow: total });
    for (const [labelPattern, rowPattern] of INCOME_SOURCES) {
      const figure = amounts(s)
        .slice(1)
        .find((f) => labelPattern.test(f.label));
      const row = rowsOn(t1, "income").find((r) => r.kind === "item" && rowPattern.test(bareName(r.name)));
      checkStated(ctx, {
        sectionNo: 2,
        figure,
        tableValue: row?.values[0] ?? null,
        tableLabel: `表1“${row ? row.name : labelPattern.source}”`,
        tables: [1],
        tableRow: row,
      });
      checkShare(ctx, figure, row?.values[0] ?? 0, total?.values[0] ?? null, [1]);
    }
  },
};
