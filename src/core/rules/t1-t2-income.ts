import { L, columnLabel, quote } from "../messages";
import { findTable } from "../model";
import { T1_INCOME_TO_T2_COLUMN } from "../model/names";
import { bareName, linesOf, rowsOn, totalRow } from "../model/rows";
import { cell, defineRelations, type Relation } from "../relations";

/** T1 本年收入合计 = T2 合计, and each T1 income item = the matching T2 column total. */
export const t1MatchesT2 = defineRelations(
  {
    id: "t1-t2-income",
    description: {
      zh: "表1本年收入合计等于表2合计，表1各项收入等于表2对应列的合计",
      en: "Table 1's income for the year equals table 2's total, and each income item equals the matching column total of table 2",
    },
    tables: [1, 2],
    scope: "cross-table",
    severity: "error",
  },
  (d) => {
    const t1 = findTable(d, 1);
    const t2 = findTable(d, 2);
    if (!t1 || !t2 || t1.empty) return [];
    const t2Total = totalRow(t2);
    const subtotal = rowsOn(t1, "income").find((r) => r.kind === "subtotal");
    const out: Relation[] = [
      {
        kind: "copy",
        what: L("表1与表2的本年收入", "this year's revenue in tables 1 and 2"),
        expected: cell(subtotal, 0),
        actual: cell(t2Total, 0),
        expectedLabel: L("表1本年收入合计", "table 1 this year's revenue subtotal"),
        actualLabel: L("表2合计", "table 2 total"),
        tables: [1, 2],
        lines: linesOf(subtotal, t2Total),
      },
    ];
    for (const [pattern, column] of T1_INCOME_TO_T2_COLUMN) {
      const item = rowsOn(t1, "income").find((r) => r.kind === "item" && pattern.test(bareName(r.name)));
      if (!item) continue;
      out.push({
        kind: "copy",
        what: L(
          `表1“${item.name}”与表2“${t2.columns[column]}”列合计`,
          `table 1 ${quote(item.name)} and table 2 column ${columnLabel(t2.columns[column]).en} total`,
        ),
        expected: cell(item, 0),
        actual: cell(t2Total, column),
        expectedLabel: L("表1", "table 1"),
        actualLabel: L("表2", "table 2"),
        tables: [1, 2],
        lines: linesOf(item, t2Total),
      });
    }
    return out;
  },
);
