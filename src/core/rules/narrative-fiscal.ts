import { findTable } from "../model";
import { bareName, rowsOn, totalRow } from "./compare";
import { amounts, checkStated, figureLabelled, section } from "./narrativeHelpers";
import type { Rule } from "./types";

/** 四: 财政拨款 totals and classes, against table 4. */
export const narrativeFiscal: Rule = {
  id: "narrative-fiscal",
  description: {
    zh: "情况说明四（财政拨款）：财政拨款收支总预算、各类拨款及各功能分类支出与表4一致",
    en: "Narrative part 4: total appropriations, each kind and each expenditure class match table 4",
  },
  tables: [4],
  scope: "narrative",
  severity: "error",
  check(ctx) {
    const s = section(ctx.disclosure, 4);
    const t4 = findTable(ctx.disclosure, 4);
    if (!s || !t4) return;
    const total = totalRow(t4, "income");
    checkStated(ctx, { sectionNo: 4, figure: amounts(s)[0], tableValue: total?.values[0] ?? null, tableLabel: "表4收入总计", tables: [4], tableRow: total });
    for (const [pattern, rowPattern] of [
      [/^一般公共预算拨款$/, /^一般公共预算$/],
      [/^政府性基金预算拨款$/, /^政府性基金预算$/],
      [/^国有资本经营预算拨款$/, /^国有资本经营预算$/],
    ] as [RegExp, RegExp][]) {
      const row = rowsOn(t4, "income").find((r) => r.section === undefined && rowPattern.test(bareName(r.name)));
      checkStated(ctx, { sectionNo: 4, figure: figureLabelled(s, pattern), tableValue: row?.values[0] ?? null, tableLabel: "表4", tables: [4], tableRow: row });
    }
    const classes = new Map(rowsOn(t4, "expenditure").map((r) => [bareName(r.name), r]));
    for (const figure of amounts(s)) {
      const row = classes.get(figure.label);
      if (row && row.kind === "item")
        checkStated(ctx, { sectionNo: 4, figure, tableValue: row.values[0], tableLabel: `表4“${row.name}”`, tables: [4], tableRow: row });
    }
  },
};
