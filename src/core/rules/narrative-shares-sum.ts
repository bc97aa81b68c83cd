import { L } from "../messages";
import { sectionNumeral } from "../model/narrative";
import { defineRelations, statedShare, type Relation } from "../relations";

/** The shares of one breakdown add up to 100% within their rounding (n shares, each ± half a unit). */
export const narrativeSharesSum = defineRelations(
  {
    id: "narrative-shares-sum",
    description: {
      zh: "同一组构成的占比之和为100%（允许各项四舍五入的尾差）",
      en: "The shares of one breakdown add up to 100% within their rounding",
    },
    tables: [],
    scope: "narrative",
    severity: "error",
  },
  (d) => {
    const out: Relation[] = [];
    for (const s of d.narrative) {
      if (![2, 3, 5].includes(s.no)) continue;
      const shares = s.figures.filter((f) => f.share && f.kind === "amount");
      if (shares.length < 2) continue;
      const head = s.figures.find((f) => f.kind === "amount" && !f.share);
      const sumOfParts = shares.reduce((sum, f) => sum + f.value, 0);
      // Only a complete breakdown must add to 100% ("主要用于…等" may list a part).
      if (!head || Math.abs(sumOfParts - head.value) > shares.length) continue;
      const decimals = Math.max(...shares.map((f) => f.share!.decimals));
      out.push({
        kind: "sum",
        what: L(`情况说明第${sectionNumeral(s.no)}部分各项占比之和（应为100%）`, `the shares in narrative section ${s.no} (should add up to 100%)`),
        total: { kind: "constant", value: 10 ** (2 + decimals), factor: 10 ** (2 + decimals) },
        parts: shares.map((f) => statedShare(f, decimals)),
        tables: [],
        lines: shares.map((f) => f.line),
      });
    }
    return out;
  },
);
