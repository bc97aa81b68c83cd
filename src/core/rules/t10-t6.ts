import { findTable } from "../model";
import { bareName, fmt, linesOf, num, rowNamed } from "./compare";
import type { Rule } from "./types";

/** T10 接待费 and 公务用车运行维护费 are at least the same T6 items. */
export const t10CoversT6: Rule = {
  id: "t10-t6",
  description: {
    zh: "表10公务接待费、公务用车运行维护费不少于表6中同名经济科目",
    en: "Table 10's official reception and vehicle running costs are at least the same items of table 6",
  },
  tables: [6, 10],
  scope: "cross-table",
  severity: "error",
  check(ctx) {
    const t6 = findTable(ctx.disclosure, 6);
    const t10 = findTable(ctx.disclosure, 10);
    if (!t6 || !t10) return;
    for (const [name6, pattern10] of [
      ["公务接待费", /^公务接待费/],
      ["公务用车运行维护费", /^公务用车运行(维护)?费/],
    ] as [string, RegExp][]) {
      const item = t6.rows.find((r) => r.kind === "item" && bareName(r.name) === name6);
      if (!item || (item.values[0] ?? 0) === 0) continue;
      const row = rowNamed(t10, pattern10);
      const a10 = row?.values[0] ?? 0;
      if (a10 >= item.values[0]!) continue;
      ctx.report({
        tables: [6, 10],
        message: `表6“${name6}”为${fmt(item.values[0])}，而表10只有${fmt(a10)}`,
        expected: num(item.values[0]),
        actual: num(a10),
        lines: linesOf(item, row),
      });
    }
  },
};
