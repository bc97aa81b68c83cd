import { findTable, type TableRow } from "../model";
import { rowNamed, rowsOn } from "./compare";
import { checkStated, figureLabelled, section } from "./narrativeHelpers";
import type { Rule } from "./types";

/** 一: the totals of income and expenditure against table 1. */
export const narrativeOverview: Rule = {
  id: "narrative-overview",
  description: {
    zh: "情况说明一（收支总体）：收入总计、本年收入、上年结转、支出总计与表1一致",
    en: "Narrative part 1: total income, income for the year, carry-over and total expenditure match table 1",
  },
  tables: [1],
  scope: "narrative",
  severity: "error",
  check(ctx) {
    const s = section(ctx.disclosure, 1);
    const t1 = findTable(ctx.disclosure, 1);
    if (!s || !t1) return;
    const income = rowsOn(t1, "income");
    const expenditure = rowsOn(t1, "expenditure");
    const incomeTotal = income.find((r) => r.kind === "total");
    const expenditureTotal = expenditure.find((r) => r.kind === "total");
    const pairs: [RegExp, TableRow | undefined, string][] = [
      [/收入总计/, incomeTotal, "表1收入总计"],
      [/^本年收入$/, income.find((r) => r.kind === "subtotal"), "表1本年收入合计"],
      [/支出总计/, expenditureTotal, "表1支出总计"],
    ];
    for (const [pattern, row, label] of pairs) {
      checkStated(ctx, { sectionNo: 1, figure: figureLabelled(s, pattern), tableValue: row?.values[0] ?? null, tableLabel: label, tables: [1], tableRow: row });
    }
    const carry = rowNamed(t1, "上年结转", "income");
    const carryFigure = figureLabelled(s, /^上年结转$/);
    checkStated(ctx, { sectionNo: 1, figure: carryFigure, tableValue: carry?.values[0] ?? null, tableLabel: "表1上年结转", tables: [1], tableRow: carry });
  },
};
