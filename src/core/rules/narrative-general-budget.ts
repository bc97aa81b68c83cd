import { L, quote } from "../messages";
import { findTable } from "../model";
import { amounts, section } from "../model/narrative";
import { bareName, totalRow } from "../model/rows";
import { cell, defineRelations, type Relation } from "../relations";
import { restates, statesShare } from "../relations/narrative";

/** 五: general-budget expenditure and its class structure with shares, against table 5. */
export const narrativeGeneralBudget = defineRelations(
  {
    id: "narrative-general-budget",
    description: {
      zh: "情况说明五（一般公共预算支出）：当年支出及各功能分类的金额、占比与表5一致",
      en: "Narrative part 5: general-budget expenditure and each class's amount and share match table 5",
    },
    tables: [5],
    scope: "narrative",
    severity: "error",
  },
  (d) => {
    const s = section(d, 5);
    const t5 = findTable(d, 5);
    if (!s || !t5) return [];
    const total = totalRow(t5);
    const out: Relation[] = [];
    for (const figure of amounts(s).filter((f) => /一般公共预算当年支出$/.test(f.label))) {
      out.push(...restates({ sectionNo: 5, figure, table: cell(total, 0), tableLabel: L("表5合计", "table 5 total"), tables: [5], tableRow: total }));
    }
    const classes = new Map(t5.rows.filter((r) => r.code?.length === 3).map((r) => [bareName(r.name), r]));
    for (const figure of amounts(s)) {
      const row = classes.get(figure.label);
      if (!row) continue;
      out.push(
        ...restates({ sectionNo: 5, figure, table: cell(row, 0), tableLabel: L(`表5“${row.name}”`, `table 5 ${quote(row.name)}`), tables: [5], tableRow: row }),
      );
      out.push(...statesShare(figure, cell(row, 0), cell(total, 0), [5]));
    }
    return out;
  },
);
