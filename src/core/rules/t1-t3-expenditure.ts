import { L } from "../messages";
import { findTable } from "../model";
import { classRows, linesOf, rowsOn, totalRow } from "../model/rows";
import { cell, defineRelations } from "../relations";
import { classRelations } from "../relations/classes";

/** T1 expenditure classes = T3 class rows; T1 本年支出合计 = T3 合计. */
export const t1MatchesT3 = defineRelations(
  {
    id: "t1-t3-expenditure",
    description: {
      zh: "表1各功能分类支出等于表3对应类级科目，表1本年支出合计等于表3合计",
      en: "Table 1's expenditure by class equals table 3's class rows, and its expenditure for the year equals table 3's total",
    },
    tables: [1, 3],
    scope: "cross-table",
    severity: "error",
  },
  (d) => {
    const t1 = findTable(d, 1);
    const t3 = findTable(d, 3);
    if (!t1 || !t3 || t1.empty) return [];
    const t3Total = totalRow(t3);
    const subtotal = rowsOn(t1, "expenditure").find((r) => r.kind === "subtotal");
    return [
      {
        kind: "copy",
        what: L("表1本年支出合计与表3合计", "table 1 this year's expenditure subtotal and table 3 total"),
        expected: cell(subtotal, 0),
        actual: cell(t3Total, 0),
        expectedLabel: L("表1", "table 1"),
        actualLabel: L("表3", "table 3"),
        tables: [1, 3],
        lines: linesOf(subtotal, t3Total),
      },
      ...classRelations(rowsOn(t1, "expenditure"), 0, classRows(t3), 0, [1, 3], L("表1", "table 1"), L("表3", "table 3")),
    ];
  },
);
