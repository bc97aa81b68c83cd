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
      zh: "表4财政拨款收入等于表1对应收入；表4一般公共预算列、政府性基金预算列、国有资本经营预算列的各类支出及合计分别等于表5、表8、表9的类级科目及合计",
      en: "Table 4's appropriations equal table 1's; its general-budget, government-fund and state-capital columns equal tables 5, 8 and 9 class by class and in total",
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
    const t8 = findTable(d, 8);
    const t9 = findTable(d, 9);
    // Each fund column of table 4, class by class, is the detail table of that fund.
    const columns: [number, typeof t5, Localized, Localized, 5 | 8 | 9][] = [
      [1, t5, L("表4一般公共预算列", "table 4 general public budget column"), L("表5", "table 5"), 5],
      [2, t8, L("表4政府性基金预算列", "table 4 government fund budget column"), L("表8", "table 8"), 8],
      [3, t9, L("表4国有资本经营预算列", "table 4 state capital budget column"), L("表9", "table 9"), 9],
    ];
    for (const [column, table, summaryLabel, detailLabel, no] of columns) {
      if (!table) continue;
      const classes = classRows(table).filter((r) => no !== 9 || r.side === "expenditure");
      out.push(...classRelations(rowsOn(t4, "expenditure"), column, classes, 0, [4, no], summaryLabel, detailLabel));
    }
    const subtotal = rowsOn(t4, "expenditure").find((r) => r.kind === "subtotal");
    const pairs: [number, ReturnType<typeof findTable>, Localized, 5 | 8 | 9][] = [
      [1, t5, L("表5合计", "table 5 total"), 5],
      [2, t8, L("表8合计", "table 8 total"), 8],
      [3, t9, L("表9支出合计", "table 9 expenditure total"), 9],
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
