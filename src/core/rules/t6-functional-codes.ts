import { L, quote } from "../messages";
import type { Amount } from "../amount";
import { findTable } from "../model";
import { ECONOMIC_TO_FUNCTIONAL } from "../model/names";
import { bareName, linesOf } from "../model/rows";
import { fmt, num } from "../messages/findings";
import type { Rule } from "./types";

/**
 * Soft rule: pension, medical and housing contributions appear under both classifications with one amount.
 * Soft because units may book part of a contribution under another code; a difference is never rounding
 * (the same money is copied), so the message says so rather than reading like a 尾差.
 * Kept as code, not a relation: which rows of table 5 belong to an economic item is a judgement over
 * codes that units book differently, and a soft rule's finding is listed as found at import.
 */
export const t6MatchesCodes: Rule = {
  id: "t6-functional-codes",
  description: {
    zh: "经济科目与功能科目对应（提示）：养老保险缴费对应2080505，职业年金对应2080506，医疗保险对应2101101/2101102，公务员医疗补助对应2101103，住房公积金对应2210201，退休费对应2080501/2080502",
    en: "Economic items match their functional codes (soft): pension 2080505, occupational annuity 2080506, medical insurance 2101101/2101102, civil-servant medical subsidy 2101103, housing fund 2210201, retirement pay 2080501/2080502",
  },
  tables: [5, 6],
  scope: "cross-table",
  severity: "warning",
  check(ctx) {
    const t5 = findTable(ctx.disclosure, 5);
    const t6 = findTable(ctx.disclosure, 6);
    if (!t5 || !t6 || t6.empty) return;
    for (const [pattern, codes] of ECONOMIC_TO_FUNCTIONAL) {
      const item = t6.rows.find((r) => r.kind === "item" && pattern.test(bareName(r.name)));
      if (!item || item.values[0] === null) continue;
      const functional = t5.rows.filter((r) => r.code !== null && codes.includes(r.code));
      if (functional.length === 0) continue;
      const basic = functional.reduce<Amount>((sum, r) => sum + (r.values[1] ?? 0), 0);
      if (basic === item.values[0]) continue;
      ctx.report({
        tables: [5, 6],
        message: L(
          `表6“${item.name}”${fmt(item.values[0])}与表5科目${codes.join("/")}基本支出${fmt(basic)}不一致，相差${fmt(item.values[0] - basic)}万元（不是四舍五入的尾差：两处应是同一笔钱，请核对科目归属）`,
          `table 6 ${quote(item.name)} ${fmt(item.values[0])} differs from table 5 code ${codes.join("/")} basic expenditure ${fmt(basic)}, difference ${fmt(item.values[0] - basic)} (10k yuan) (not rounding: both should be the same money; check which codes it is booked under)`,
        ),
        expected: num(basic),
        actual: num(item.values[0]),
        lines: linesOf(item, ...functional),
      });
    }
  },
};
