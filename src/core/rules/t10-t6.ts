import { findTable } from "../model";
import { bareName, fmt, linesOf, num, rowNamed, totalRow } from "./compare";
import type { Rule } from "./types";

/**
 * T10 接待费 and 公务用车运行维护费 are at least the same T6 items (projects may pay for them too);
 * when there is no project expenditure at all, all of it is basic expenditure and they are equal.
 */
export const t10CoversT6: Rule = {
  id: "t10-t6",
  description: {
    zh: "表10公务接待费、公务用车运行维护费不少于表6中同名经济科目；没有项目支出时（全部为基本支出）两者相等",
    en: "Table 10's official reception and vehicle running costs are at least the same items of table 6, and equal when there is no project expenditure",
  },
  tables: [3, 6, 10],
  scope: "cross-table",
  severity: "error",
  check(ctx) {
    const t6 = findTable(ctx.disclosure, 6);
    const t10 = findTable(ctx.disclosure, 10);
    if (!t6 || !t10) return;
    const t3total = totalRow(findTable(ctx.disclosure, 3));
    const allBasic = t3total !== undefined && (t3total.values[2] ?? 0) === 0;
    for (const [name6, pattern10] of [
      ["公务接待费", /^公务接待费/],
      ["公务用车运行维护费", /^公务用车运行(维护)?费/],
    ] as [string, RegExp][]) {
      const item = t6.rows.find((r) => r.kind === "item" && bareName(r.name) === name6);
      const a6 = item?.values[0] ?? 0;
      const row = rowNamed(t10, pattern10);
      const a10 = row?.values[0] ?? 0;
      if (allBasic ? a10 === a6 : a10 >= a6) continue;
      ctx.report({
        tables: allBasic ? [3, 6, 10] : [6, 10],
        message: allBasic
          ? `没有项目支出，“${name6}”全部为基本支出：表6为${fmt(a6)}，表10为${fmt(a10)}，应相等`
          : `表6“${name6}”为${fmt(a6)}，而表10只有${fmt(a10)}`,
        expected: num(a6),
        actual: num(a10),
        lines: linesOf(item, row),
      });
    }
  },
};
