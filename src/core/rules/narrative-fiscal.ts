import { L, quote } from "../messages";
import { findTable } from "../model";
import { APPROPRIATION_KINDS } from "../model/names";
import { amounts, figureLabelled, section } from "../model/narrative";
import { bareName, rowsOn, totalRow } from "../model/rows";
import { cell, defineRelations, type Relation } from "../relations";
import { restates } from "../relations/narrative";

/** 四: 财政拨款 totals and classes, against table 4. */
export const narrativeFiscal = defineRelations(
  {
    id: "narrative-fiscal",
    description: {
      zh: "情况说明四（财政拨款）：财政拨款收支总预算、各类拨款及各功能分类支出与表4一致",
      en: "Narrative part 4: total appropriations, each kind and each expenditure class match table 4",
    },
    tables: [4],
    scope: "narrative",
    severity: "error",
  },
  (d) => {
    const s = section(d, 4);
    const t4 = findTable(d, 4);
    if (!s || !t4) return [];
    const total = totalRow(t4, "income");
    const out: Relation[] = restates({
      sectionNo: 4,
      figure: amounts(s)[0],
      table: cell(total, 0),
      tableLabel: L("表4收入总计", "table 4 revenue total"),
      tables: [4],
      tableRow: total,
    });
    for (const [pattern, rowPattern] of APPROPRIATION_KINDS) {
      const row = rowsOn(t4, "income").find((r) => r.section === undefined && rowPattern.test(bareName(r.name)));
      out.push(
        ...restates({ sectionNo: 4, figure: figureLabelled(s, pattern), table: cell(row, 0), tableLabel: L("表4", "table 4"), tables: [4], tableRow: row }),
      );
    }
    const classes = new Map(rowsOn(t4, "expenditure").map((r) => [bareName(r.name), r]));
    for (const figure of amounts(s)) {
      const row = classes.get(figure.label);
      if (row && row.kind === "item")
        out.push(
          ...restates({
            sectionNo: 4,
            figure,
            table: cell(row, 0),
            tableLabel: L(`表4“${row.name}”`, `table 4 ${quote(row.name)}`),
            tables: [4],
            tableRow: row,
          }),
        );
    }
    return out;
  },
);
