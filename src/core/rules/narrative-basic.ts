import { L } from "../messages";
import { findTable } from "../model";
import { figureLabelled, section } from "../model/narrative";
import { totalRow } from "../model/rows";
import { cell, defineRelations } from "../relations";
import { restates } from "../relations/narrative";

/** 六: basic expenditure, personnel and operating costs against table 6. */
export const narrativeBasic = defineRelations(
  {
    id: "narrative-basic",
    description: {
      zh: "情况说明六（基本支出）：基本支出、人员经费、公用经费与表6一致",
      en: "Narrative part 6: basic expenditure, personnel and operating costs match table 6",
    },
    tables: [6],
    scope: "narrative",
    severity: "error",
  },
  (d) => {
    const s = section(d, 6);
    const t6 = findTable(d, 6);
    if (!s || !t6) return [];
    const total = totalRow(t6);
    return [
      ...restates({
        sectionNo: 6,
        figure: figureLabelled(s, /基本支出/),
        table: cell(total, 0),
        tableLabel: L("表6合计", "table 6 total"),
        tables: [6],
        tableRow: total,
      }),
      ...restates({
        sectionNo: 6,
        figure: figureLabelled(s, /^人员经费$/),
        table: cell(total, 1),
        tableLabel: L("表6人员经费合计", "table 6 personnel costs total"),
        tables: [6],
        tableRow: total,
      }),
      ...restates({
        sectionNo: 6,
        figure: figureLabelled(s, /^公用经费$/),
        table: cell(total, 2),
        tableLabel: L("表6公用经费合计", "table 6 public costs total"),
        tables: [6],
        tableRow: total,
      }),
    ];
  },
);
