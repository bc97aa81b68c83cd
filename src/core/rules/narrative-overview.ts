import { L, type Localized } from "../messages";
import { findTable, type TableRow } from "../model";
import { figureLabelled, section } from "../model/narrative";
import { rowNamed, rowsOn } from "../model/rows";
import { cell, defineRelations, type Relation } from "../relations";
import { restates } from "../relations/narrative";

/** 一: the totals of income and expenditure against table 1. */
export const narrativeOverview = defineRelations(
  {
    id: "narrative-overview",
    description: {
      zh: "情况说明一（收支总体）：收入总计、本年收入、上年结转、支出总计与表1一致",
      en: "Narrative part 1: total income, income for the year, carry-over and total expenditure match table 1",
    },
    tables: [1],
    scope: "narrative",
    severity: "error",
  },
  (d) => {
    const s = section(d, 1);
    const t1 = findTable(d, 1);
    if (!s || !t1) return [];
    const income = rowsOn(t1, "income");
    const expenditure = rowsOn(t1, "expenditure");
    const pairs: [RegExp, TableRow | undefined, Localized][] = [
      [/收入总计/, income.find((r) => r.kind === "total"), L("表1收入总计", "table 1 revenue total")],
      [/^本年收入$/, income.find((r) => r.kind === "subtotal"), L("表1本年收入合计", "table 1 this year's revenue subtotal")],
      [/支出总计/, expenditure.find((r) => r.kind === "total"), L("表1支出总计", "table 1 expenditure total")],
    ];
    const out: Relation[] = [];
    for (const [pattern, row, label] of pairs) {
      out.push(...restates({ sectionNo: 1, figure: figureLabelled(s, pattern), table: cell(row, 0), tableLabel: label, tables: [1], tableRow: row }));
    }
    const carry = rowNamed(t1, "上年结转", "income");
    out.push(
      ...restates({
        sectionNo: 1,
        figure: figureLabelled(s, /^上年结转$/),
        table: cell(carry, 0),
        tableLabel: L("表1上年结转", "table 1 carried over from last year"),
        tables: [1],
        tableRow: carry,
      }),
    );
    return out;
  },
);
