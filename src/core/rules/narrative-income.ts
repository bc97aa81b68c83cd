import { L, quote } from "../messages";
import { findTable } from "../model";
import { INCOME_SOURCES } from "../model/names";
import { amounts, section } from "../model/narrative";
import { bareName, rowsOn, totalRow } from "../model/rows";
import { cell, defineRelations, sumOf, type Relation } from "../relations";
import { restates, statesShare } from "../relations/narrative";

/** 二: income by source with shares, against table 1. */
export const narrativeIncome = defineRelations(
  {
    id: "narrative-income",
    description: {
      zh: "情况说明二（收入预算）：收入合计及各来源金额、占比与表1一致",
      en: "Narrative part 2: income and each source's amount and share match table 1",
    },
    tables: [1],
    scope: "narrative",
    severity: "error",
  },
  (d) => {
    const s = section(d, 2);
    const t1 = findTable(d, 1);
    if (!s || !t1) return [];
    const total = totalRow(t1, "income");
    const out: Relation[] = restates({
      sectionNo: 2,
      figure: amounts(s)[0],
      table: cell(total, 0),
      tableLabel: L("表1收入总计", "table 1 revenue total"),
      tables: [1],
      tableRow: total,
    });
    for (const [labelPattern, rowPattern] of INCOME_SOURCES) {
      const figure = amounts(s)
        .slice(1)
        .find((f) => labelPattern.test(f.label));
      const row = rowsOn(t1, "income").find((r) => r.kind === "item" && rowPattern.test(bareName(r.name)));
      out.push(
        ...restates({
          sectionNo: 2,
          figure,
          table: cell(row, 0),
          tableLabel: L(`表1“${row ? row.name : labelPattern.source}”`, `table 1 ${quote(row ? row.name : labelPattern.source)}`),
          tables: [1],
          tableRow: row,
        }),
      );
      // A source the table does not list (or leaves blank) is a share of 0.
      out.push(...statesShare(figure, sumOf([cell(row, 0)]), cell(total, 0), [1]));
    }
    return out;
  },
);
