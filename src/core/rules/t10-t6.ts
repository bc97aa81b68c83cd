import { L, quote } from "../messages";
import { findTable } from "../model";
import { bareName, linesOf, rowNamed, totalRow } from "../model/rows";
import { cell, defineRelations, type Relation } from "../relations";
import { fmt, num } from "../messages/findings";

/**
 * T10 接待费 and 公务用车运行维护费 are at least the same T6 items (projects may pay for them too);
 * when there is no project expenditure at all, all of it is basic expenditure and they are equal.
 */
export const t10CoversT6 = defineRelations(
  {
    id: "t10-t6",
    description: {
      zh: "表10公务接待费、公务用车运行维护费不少于表6中同名经济科目；没有项目支出时（全部为基本支出）两者相等",
      en: "Table 10's official reception and vehicle running costs are at least the same items of table 6, and equal when there is no project expenditure",
    },
    tables: [3, 6, 10],
    scope: "cross-table",
    severity: "error",
  },
  (d) => {
    const t6 = findTable(d, 6);
    const t10 = findTable(d, 10);
    if (!t6 || !t10) return [];
    const t3total = totalRow(findTable(d, 3));
    const allBasic = t3total !== undefined && (t3total.values[2] ?? 0) === 0;
    const out: Relation[] = [];
    for (const [name6, pattern10] of [
      ["公务接待费", /^公务接待费/],
      ["公务用车运行维护费", /^公务用车运行(维护)?费/],
    ] as [string, RegExp][]) {
      const item = t6.rows.find((r) => r.kind === "item" && bareName(r.name) === name6);
      const row = rowNamed(t10, pattern10);
      const common = {
        what: L(`表10与表6的“${name6}”`, `${quote(name6)} in tables 10 and 6`),
        expected: cell(item, 0),
        actual: cell(row, 0),
        lines: linesOf(item, row),
      };
      out.push(
        allBasic
          ? {
              kind: "copy",
              ...common,
              tables: [3, 6, 10],
              expectedLabel: L("表6", "table 6"),
              actualLabel: L("表10", "table 10"),
              report: (a6, a10) => ({
                message: L(
                  `没有项目支出，“${name6}”全部为基本支出：表6为${fmt(a6)}，表10为${fmt(a10)}，应相等`,
                  `no project expenditure, so ${quote(name6)} is all basic expenditure: table 6 ${fmt(a6)}, table 10 ${fmt(a10)}, they should be equal`,
                ),
                expected: num(a6),
                actual: num(a10),
              }),
            }
          : {
              kind: "order",
              op: ">=",
              ...common,
              tables: [6, 10],
              report: (a6, a10) => ({
                message: L(`表6“${name6}”为${fmt(a6)}，而表10只有${fmt(a10)}`, `table 6 ${quote(name6)} is ${fmt(a6)} but table 10 only ${fmt(a10)}`),
                expected: num(a6),
                actual: num(a10),
              }),
            },
      );
    }
    return out;
  },
);
