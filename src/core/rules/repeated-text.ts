import { L, quote } from "../messages";
import { excerpt, wordingLines } from "../text/documentText";
import type { Rule } from "./types";

const REPEATED_PUNCTUATION = /([。，、；：！？,;])\1+/g;
/** The same, allowing white space between the marks (the raw line is tested before it is folded). */
const REPEATED_RAW = /([。，、；：！？,;])\s*\1/;
/** A word of two to four characters written twice in a row (预算预算). */
const DOUBLED_WORD = /([\u4e00-\u9fff]{2,4})\1/g;

/** Terms the second of two equal words may begin: "在职人员人员经费" is 在职人员 + 人员经费, not a doubled word. */
const TERMS_AFTER = /^(?:人员经费|公用经费|项目支出|基本支出|支出预算|收入预算|预算支出|预算收入)/;

/** Repeated punctuation (。。 ，，) anywhere, and doubled words (预算预算) in the prose. */
export const repeatedText: Rule = {
  id: "repeated-text",
  description: {
    zh: "不应有重复的标点（。。、，，）；说明文字中不应有重复的词（如“预算预算”）；目录和名词解释除外",
    en: "No repeated punctuation (“。。” “，，”), and no doubled word (“预算预算”) in the prose; the table of contents and glossary are exempt",
  },
  tables: [],
  scope: "narrative",
  severity: "warning",
  check(ctx) {
    for (const line of wordingLines(ctx.disclosure)) {
      const prose = line.role === "front" || line.role === "narrative";
      // Most lines hold neither: test the raw text before folding it.
      if (!REPEATED_RAW.test(line.text) && (!prose || line.text.includes("\t"))) continue;
      const text = line.prose;
      for (const m of text.matchAll(REPEATED_PUNCTUATION)) {
        ctx.report({
          tables: [],
          message: L(
            `第${line.no}行标点重复：“${excerpt(text, m.index ?? 0, m[0].length)}”`,
            `line ${line.no}: repeated punctuation ${quote(excerpt(text, m.index ?? 0, m[0].length))}`,
          ),
          expected: m[1],
          actual: m[0],
          lines: [line.no],
        });
      }
      // Table cells and performance targets are left out: cells run together when the text is extracted.
      if (!prose || line.text.includes("\t")) continue;
      for (const m of text.matchAll(DOUBLED_WORD)) {
        if (TERMS_AFTER.test(text.slice((m.index ?? 0) + m[1].length))) continue;
        ctx.report({
          tables: [],
          message: L(
            `第${line.no}行词语重复：“${excerpt(text, m.index ?? 0, m[0].length)}”`,
            `line ${line.no}: repeated word ${quote(excerpt(text, m.index ?? 0, m[0].length))}`,
          ),
          expected: m[1],
          actual: m[0],
          lines: [line.no],
        });
      }
    }
  },
};
