import { findTable } from "../model";
import { bareName, checkSame, linesOf, rowsOn, totalRow } from "./compare";
import type { Rule } from "./types";
import { T1_INCOME_TO_T2_COLUMN } from "./crossTableHelpers";

/** T1 本年收入合计 = T2 合计, and each T1 income item = the matching T2 column total. */
export const t1MatchesT2: Rule = {
  id: "t1-t2-income",
  description: {
    zh: "表1本年收入合计等于表2合计，表1各项收入等于表2对应列的合计",
    en: "Table 1's income for the year equals table 2's total, and each income item equals the matching column total of table 2",
  },
  tables: [1, 2],
  scope: "cross-table",
  severity: "error",
  check(ctx) {
    const t1 = findTable(ctx.disclosure, 1);
    const t2 = findTable(ctx.disclosure, 2);
    if (!t1 || !t2 || t1.empty) return;
    const t2Total = totalRow(t2);
    const subtotal = rowsOn(t1, "income").find((r) => r.kind === "subtotal");
    checkSame(ctx, {
      what: "表1与表2的本年收入",
      expected: subtotal?.values[0] ?? null,
      actual: t2Total?.values[0] ?? null,
      expectedLabel: "表1本年收入合计",
      actualLabel: "表2合计",
      tables: [1, 2],
      lines: linesOf(subtotal, t2Total),
    });
    for (const [pattern, column] of T1_INCOME_TO_T2_COLUMN) {
      const item = rowsOn(t1, "income").find((r) => r.kind === "item" && pattern.test(bareName(r.name)));
      if (!item) continue;
      checkSame(ctx, {
        what: `表1“${item.name}”与表2“${t2.columns[column]}”列合计`,
        expected: item.values[0],
        actual: t2Total?.values[column] ?? null,
        expectedLabel: "表1",
        actualLabel: "表2",
        tables: [1, 2],
        lines: linesOf(item, t2Total),
      });
    }
  },
};
