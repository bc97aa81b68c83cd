import { L, quote } from "../messages";
import { defineRelations } from "../relations";
import { statesRate } from "../relations/narrative";

/**
 * Year-on-year statements: the stated rate is the stated change over last year's figure (this year ∓
 * the change) — a relation, rendered beside the figure on the 说明 sheet. Whether 增加 goes with 增长
 * is wording, not a figure: it stays code (`notes`).
 */
export const narrativeYearOnYear = defineRelations(
  {
    id: "narrative-yoy",
    description: {
      zh: "同比变动：上年数＝本年数∓增减额，增长（下降）率＝增减额÷上年数（按文中精度），“增加”对应“增长”、“减少”对应“下降”",
      en: "Year-on-year statements: last year = this year ∓ the change; the rate = change ÷ last year at the stated precision; “增加” (increase) goes with “增长” and “减少” (decrease) with “下降”",
    },
    tables: [],
    scope: "narrative",
    severity: "error",
  },
  (d) => d.narrative.flatMap((s) => s.figures.flatMap(statesRate)),
  (ctx) => {
    for (const s of ctx.disclosure.narrative) {
      for (const f of s.figures) {
        const change = f.change;
        if (!change || change.direction === "same" || change.amount === null || !change.percentWord) continue;
        const expectedWord = change.direction === "increase" ? "增长" : "下降";
        if (change.percentWord === expectedWord) continue;
        ctx.report({
          tables: [],
          message: L(
            `“${f.label}”说${change.direction === "increase" ? "增加" : "减少"}却又说${change.percentWord}，用词矛盾`,
            `${quote(f.label)} states ${change.direction === "increase" ? `an increase (${quote("增加")})` : `a decrease (${quote("减少")})`} but then ${quote(change.percentWord)}: the words contradict each other`,
          ),
          expected: expectedWord,
          actual: change.percentWord,
          lines: [f.line],
        });
      }
    }
  },
);
