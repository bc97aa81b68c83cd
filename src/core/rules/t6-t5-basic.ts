import { L } from "../messages";
import { findTable } from "../model";
import { linesOf, totalRow } from "../model/rows";
import { cell, defineRelations } from "../relations";

/** T6 合计 = T5 基本支出 total: the same basic expenditure in both tables. */
export const t6MatchesT5 = defineRelations(
  {
    id: "t6-t5-basic",
    description: {
      zh: "表6基本支出合计等于表5基本支出合计（人员经费、公用经费与情况说明一致）",
      en: "Table 6's total equals table 5's basic expenditure",
    },
    tables: [5, 6],
    scope: "cross-table",
    severity: "error",
  },
  (d) => {
    const t5 = findTable(d, 5);
    const t6 = findTable(d, 6);
    if (!t5 || !t6) return [];
    const t5Total = totalRow(t5);
    const t6Total = totalRow(t6);
    if (!t5Total && !t6Total) return [];
    return [
      {
        kind: "copy",
        what: L("一般公共预算基本支出", "general public budget basic expenditure"),
        expected: cell(t5Total, 1),
        actual: cell(t6Total, 0),
        expectedLabel: L("表5基本支出合计", "table 5 basic expenditure total"),
        actualLabel: L("表6合计", "table 6 total"),
        tables: [5, 6],
        lines: linesOf(t5Total, t6Total),
      },
    ];
  },
);
