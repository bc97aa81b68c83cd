import { L, type Localized, columnLabel, quote } from "../messages";
import { findTable } from "../model";
import { bareName, classRows, linesOf, rowsOn, totalRow } from "../model/rows";
import { cell, defineRelations, type Relation } from "../relations";
import { classRelations } from "../relations/classes";

/** T4 income = T1 income by source; T4 一般公共预算 column per class = T5; 基金 = T8; 国资 = T9. */
export const t4MatchesOthers = defineRelations(
  {
    id: "t4-t1-t5-t8-t9",
    description: {
      zh: "表4财政拨款收入等于表1对应收入；表4一般公共预算列各类支出等于表5类级科目，政府性基金列等于表8，国有资本经营预算列等于表9",
      en: "Table 4's appropriations equal table 1's; its general-budget column equals table 5 class by class, the fund column table 8 and the state-capital column table 9",
    },
    tables: [1, 4, 5, 8, 9],
    scope: "cross-table",
    severity: "error",
  },
  (d) => {
    const t1 = findTable(d, 1);
    const t4 = findTable(d, 4);
    if (!t4 || t4.empty) return [];
    const out: Relation[] = [];
    for (const pattern of [/^一般公共预算$/, /^政府性基金预算$/, /^国有资本经营预算$/]) {
      const r4 = rowsOn(t4, "income").find((r) => r.section === undefined && pattern.test(bareName(r.name)));
      const r1 = rowsOn(t1, "income").find((r) => pattern.test(bareName(r.name)));
      if (!r4 || !r1) continue;
      out.push({
        kind: "copy",
        what: L(`“${bareName(r4.name)}”收入在表4与表1`, `revenue ${quote(bareName(r4.name))} in tables 4 and 1`),
        expected: cell(r1, 0),
        actual: cell(r4, 0),
        expectedLabel: L("表1", "table 1"),
        actualLabel: L("表4", "table 4"),
        tables: [1, 4],
        lines: linesOf(r1, r4),
      });
    }
    const t5 = findTable(d, 5);
    if (t5)
      out.push(
        ...classRelations(
          rowsOn(t4, "expenditure"),
          1,
          classRows(t5),
          0,
          [4, 5],
          L("表4一般公共预算列", "table 4 general public budget column"),
          L("表5", "table 5"),
        ),
      );
    const subtotal = rowsOn(t4, "expenditure").find((r) => r.kind === "subtotal");
    const pairs: [number, ReturnType<typeof findTable>, Localized, 5 | 8 | 9][] = [
      [1, t5, L("表5合计", "table 5 total"), 5],
      [2, findTable(d, 8), L("表8合计", "table 8 total"), 8],
      [3, findTable(d, 9), L("表9支出合计", "table 9 expenditure total"), 9],
    ];
    for (const [column, table, label, no] of pairs) {
      if (!table) continue;
      const total = no === 9 ? totalRow(table, "expenditure") : totalRow(table);
      out.push({
        kind: "copy",
        what: L(
          `表4本年支出合计“${t4.columns[column]}”列与${label.zh}`,
          `table 4 this year's expenditure subtotal, column ${columnLabel(t4.columns[column]).en}, and ${label.en}`,
        ),
        expected: cell(subtotal, column),
        actual: cell(total, 0),
        expectedLabel: L("表4", "table 4"),
        actualLabel: label,
        tables: [4, no],
        lines: linesOf(subtotal, total),
      });
    }
    return out;
  },
);
