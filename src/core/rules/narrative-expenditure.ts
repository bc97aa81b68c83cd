import { L, type Localized } from "../messages";
import { findTable } from "../model";
import { amounts, figureLabelled, section } from "../model/narrative";
import { totalRow } from "../model/rows";
import { cell, defineRelations, type Relation } from "../relations";
import { restates, statesShare } from "../relations/narrative";

/** 三: basic and project expenditure with shares, against table 3. */
export const narrativeExpenditure = defineRelations(
  {
    id: "narrative-expenditure",
    description: {
      zh: "情况说明三（支出预算）：支出合计、基本支出、项目支出及占比与表3一致",
      en: "Narrative part 3: expenditure, basic and project expenditure and their shares match table 3",
    },
    tables: [3],
    scope: "narrative",
    severity: "error",
  },
  (d) => {
    const s = section(d, 3);
    const t3 = findTable(d, 3);
    if (!s || !t3) return [];
    const total = totalRow(t3);
    const out: Relation[] = restates({
      sectionNo: 3,
      figure: amounts(s)[0],
      table: cell(total, 0),
      tableLabel: L("表3合计", "table 3 total"),
      tables: [3],
      tableRow: total,
    });
    for (const [pattern, column, label] of [
      [/基本支出/, 1, L("表3基本支出合计", "table 3 basic expenditure total")],
      [/项目支出/, 2, L("表3项目支出合计", "table 3 project expenditure total")],
    ] as [RegExp, number, Localized][]) {
      const figure = figureLabelled(s, pattern);
      out.push(...restates({ sectionNo: 3, figure, table: cell(total, column), tableLabel: label, tables: [3], tableRow: total }));
      out.push(...statesShare(figure, cell(total, column), cell(total, 0), [3]));
    }
    return out;
  },
);
