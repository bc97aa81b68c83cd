import { L, quote } from "../messages";
import { excerpt, narrativeSentences } from "../text/documentText";
import type { Rule } from "./types";

const AMOUNT_IN_YUAN = /\d(?:\.\d+)?元/;
const AMOUNT_IN_WAN = /\d(?:\.\d+)?万元/;
const TOO_PRECISE = /\d+\.\d{3,}(?=万元|元)/g;

/** One money unit per sentence, and amounts printed to at most two decimals. */
export const moneyWording: Rule = {
  id: "money-wording",
  description: {
    zh: "情况说明中同一句话的金额单位应统一（不混用元和万元），金额最多保留两位小数",
    en: "The narrative does not mix yuan (“元”) and 10k yuan (“万元”) in one sentence, and prints amounts to at most two decimals",
  },
  tables: [],
  scope: "narrative",
  severity: "warning",
  check(ctx) {
    for (const sentence of narrativeSentences(ctx.disclosure)) {
      const text = sentence.text;
      const yuan = AMOUNT_IN_YUAN.exec(text.replace(/万元/g, "万"));
      if (yuan && AMOUNT_IN_WAN.test(text)) {
        ctx.report({
          tables: [],
          message: L(
            `第${sentence.line}行同一句话中金额单位混用“元”和“万元”：“${excerpt(text, yuan.index, yuan[0].length)}”`,
            `line ${sentence.line} mixes yuan and 10k yuan in one sentence: ${quote(excerpt(text, yuan.index, yuan[0].length))}`,
          ),
          expected: "万元",
          actual: "元",
          lines: [sentence.line],
        });
      }
      for (const m of text.matchAll(TOO_PRECISE)) {
        ctx.report({
          tables: [],
          message: L(`第${sentence.line}行金额“${m[0]}”超过两位小数`, `line ${sentence.line}: the amount ${quote(m[0])} has more than two decimals`),
          expected: null,
          actual: m[0],
          lines: [sentence.line],
        });
      }
    }
  },
};
