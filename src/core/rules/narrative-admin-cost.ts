import { L } from "../messages";
import { findTable } from "../model";
import { figureLabelled, section } from "../model/narrative";
import { totalRow } from "../model/rows";
import { cell, defineRelations } from "../relations";
import { restates } from "../relations/narrative";

/** 八: 机关运行经费 against table 11. */
export const narrativeAdminCost = defineRelations(
  {
    id: "narrative-admin-cost",
    description: {
      zh: "情况说明八（机关运行经费）：机关运行经费与表11合计一致",
      en: "Narrative part 8: administrative running costs match table 11",
    },
    tables: [11],
    scope: "narrative",
    severity: "error",
  },
  (d) => {
    const s = section(d, 8);
    const t11 = findTable(d, 11);
    if (!s || !t11) return [];
    const total = totalRow(t11);
    return restates({
      sectionNo: 8,
      figure: figureLabelled(s, /机关运行经费/),
      table: cell(total, 0),
      tableLabel: L("表11合计", "table 11 total"),
      tables: [11],
      tableRow: total,
    });
  },
);
