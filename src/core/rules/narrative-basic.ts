import { findTable } from "../model";
import { columnTotal, totalRow } from "./compare";
import { checkStated, figureLabelled, section } from "./narrativeHelpers";
import type { Rule } from "./types";

/** 六: basic expenditure, personnel and operating costs against table 6. */
export const narrativeBasic: Rule = {
  id: "narrative-basic",
  description: {
    zh: "情况说明六（基本支出）：基本支出、人员经费、公用经费与表6一致",
    en: "Narrative part 6: basic expenditure, personnel and operating costs match table 6",
  },
  tables: [6],
  scope: "narrative",
  severity: "error",
  check(ctx) {
    const s = section(ctx.disclosure, 6);
    const t6 = findTable(ctx.disclosure, 6);
    if (!s || !t6) return;
    const total = totalRow(t6);
    checkStated(ctx, {
      sectionNo: 6,
      figure: figureLabelled(s, /基本支出/),
      tableValue: columnTotal(t6, 0),
      tableLabel: "表6合计",
      tables: [6],
      tableRow: total,
    });
    checkStated(ctx, {
      sectionNo: 6,
      figure: figureLabelled(s, /^人员经费$/),
      tableValue: columnTotal(t6, 1),
      tableLabel: "表6人员经费合计",
      tables: [6],
      tableRow: total,
    });
    checkStated(ctx, {
      sectionNo: 6,
      figure: figureLabelled(s, /^公用经费$/),
      tableValue: columnTotal(t6, 2),
      tableLabel: "表6公用经费合计",
      tables: [6],
      tableRow: total,
    });
  },
};
