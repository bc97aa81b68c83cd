import { findTable } from "../model";
import { checkSame, columnTotal, fmt, linesOf, num, totalRow } from "./compare";
import type { Rule } from "./types";

/** T11 机关运行经费 = T6 公用经费 for 行政单位 and 参公 units. */
export const t11MatchesT6: Rule = {
  id: "t11-t6-admin-cost",
  description: {
    zh: "行政单位和参照公务员法管理的事业单位：表11机关运行经费等于表6公用经费合计；其他单位有机关运行经费时提示",
    en: "For administrative and civil-service-managed units, table 11's administrative running costs equal table 6's operating costs; other units are warned when they report any",
  },
  tables: [6, 11],
  scope: "cross-table",
  severity: "error",
  check(ctx) {
    const t6 = findTable(ctx.disclosure, 6);
    const t11 = findTable(ctx.disclosure, 11);
    if (!t6 || !t11) return;
    const operating = columnTotal(t6, 2);
    const t11Total = totalRow(t11);
    const adminCost = t11Total?.values[0] ?? null;
    const type = ctx.disclosure.unitType;
    if (type === "行政单位" || type === "参公事业单位") {
      checkSame(ctx, {
        what: `${type}的机关运行经费`,
        expected: operating,
        actual: adminCost,
        expectedLabel: "表6公用经费合计",
        actualLabel: "表11机关运行经费",
        tables: [6, 11],
        lines: linesOf(totalRow(t6), t11Total),
      });
    } else if (type === "事业单位" && (adminCost ?? 0) !== 0) {
      ctx.report({
        severity: "warning",
        tables: [6, 11],
        message: `本单位为事业单位（非参公），却列有机关运行经费${fmt(adminCost)}；机关运行经费只适用于行政单位和参公事业单位`,
        expected: null,
        actual: num(adminCost),
        lines: linesOf(t11Total),
      });
    }
  },
};
