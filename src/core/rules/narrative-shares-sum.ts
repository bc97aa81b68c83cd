import { checkSum } from "./compare";
import type { Rule } from "./types";

/** The shares of one breakdown add up to 100% within their rounding (n shares, each ± half a unit). */
export const narrativeSharesSum: Rule = {
  id: "narrative-shares-sum",
  description: {
    zh: "同一组构成的占比之和为100%（允许各项四舍五入的尾差）",
    en: "The shares of one breakdown add up to 100% within their rounding",
  },
  tables: [],
  scope: "narrative",
  severity: "error",
  check(ctx) {
    for (const s of ctx.disclosure.narrative) {
      if (![2, 3, 5].includes(s.no)) continue;
      const shares = s.figures.filter((f) => f.share && f.kind === "amount");
      if (shares.length < 2) continue;
      const head = s.figures.find((f) => f.kind === "amount" && !f.share);
      const sumOfParts = shares.reduce((sum, f) => sum + f.value, 0);
      // Only a complete breakdown must add to 100% ("主要用于…等" may list a part).
      if (!head || Math.abs(sumOfParts - head.value) > shares.length) continue;
      const decimals = Math.max(...shares.map((f) => f.share!.decimals));
      const scale = 10 ** (2 - decimals);
      checkSum(ctx, {
        what: `情况说明第${"一二三四五六七八九十"[s.no - 1]}部分各项占比之和（应为100%）`,
        addends: shares.map((f) => Math.round(f.share!.basisPoints / scale)),
        printed: 10000 / scale,
        tables: [],
        lines: shares.map((f) => f.line),
      });
    }
  },
};
