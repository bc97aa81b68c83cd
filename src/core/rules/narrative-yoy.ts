import { L, quote } from "../messages";
import { percentOf, formatPercent } from "../amount";
import { fmt } from "./compare";
import type { Rule } from "./types";

/** Year-on-year statements: the percentage is the change over last year's figure, and the words agree. */
export const narrativeYearOnYear: Rule = {
  id: "narrative-yoy",
  description: {
    zh: "同比变动：上年数＝本年数∓增减额，增长（下降）率＝增减额÷上年数（按文中精度），“增加”对应“增长”、“减少”对应“下降”",
    en: "Year-on-year statements: last year = this year ∓ the change; the rate = change ÷ last year at the stated precision; “增加” (increase) goes with “增长” and “减少” (decrease) with “下降”",
  },
  tables: [],
  scope: "narrative",
  severity: "error",
  check(ctx) {
    for (const s of ctx.disclosure.narrative) {
      for (const f of s.figures) {
        const change = f.change;
        if (!change || change.direction === "same" || change.amount === null) continue;
        if (change.percentWord) {
          const expectedWord = change.direction === "increase" ? "增长" : "下降";
          if (change.percentWord !== expectedWord) {
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
        if (!change.percent) continue;
        const lastYear = f.value + (change.direction === "increase" ? -change.amount : change.amount);
        const recomputed = percentOf(change.amount, lastYear, change.percent.decimals);
        if (recomputed === null || recomputed === change.percent.basisPoints) continue;
        const unit = 10 ** (2 - change.percent.decimals);
        const offByOne = Math.abs(recomputed - change.percent.basisPoints) <= unit;
        ctx.report({
          severity: offByOne ? "warning" : undefined,
          tables: [],
          message: L(
            `“${f.label}”${fmt(f.value)}万元，变动${fmt(change.amount)}万元，上年应为${fmt(lastYear)}万元，变动率应为${formatPercent(recomputed, change.percent.decimals)}，文中为${formatPercent(change.percent.basisPoints, change.percent.decimals)}`,
            `${quote(f.label)} ${fmt(f.value)} (10k yuan), changed by ${fmt(change.amount)}: last year should be ${fmt(lastYear)}, the rate of change ${formatPercent(recomputed, change.percent.decimals)}, the text says ${formatPercent(change.percent.basisPoints, change.percent.decimals)}`,
          ),
          expected: formatPercent(recomputed, change.percent.decimals),
          actual: formatPercent(change.percent.basisPoints, change.percent.decimals),
          lines: [f.line],
        });
      }
    }
  },
};
