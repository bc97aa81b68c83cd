import { L, quote } from "../messages";
import { excerpt, narrativeSentences, proseOf, scannableLines, tableTitleLines } from "../text/documentText";
import { templateOf } from "../templates/requirements";
import type { Rule } from "./types";

const YEAR = /(20\d\d)年/g;
/** Years in a document's name or number (《2022-2023年集中采购目录》, 〔2024〕), or in a range. */
const QUOTED_OR_RANGE_BEFORE = /[《〈<〔【[（(][^》〉>〕】\]）)]*$|[-—－~～至到]$/;
const RANGE_AFTER = /^[-—－~～至到]/;

/** Table titles carry the budget year; the narrative speaks of the budget year or the year before. */
export const strayYear: Rule = {
  id: "stray-year",
  description: {
    zh: "表格标题的年度应为预算年度；情况说明（山西模板一至十部分，国有资产和其他说明除外）中的年份应为预算年度或上年，文件名称、文号和起止年度除外",
    en: "Table titles carry the budget year; the narrative (Shanxi: sections 1 to 10; state assets and other notes excepted) speaks of the budget year or the year before (document names, numbers and ranges excepted)",
  },
  tables: [],
  scope: "narrative",
  severity: "warning",
  check(ctx) {
    const d = ctx.disclosure;
    const year = d.year;
    if (year === null) return;
    const dated = templateOf(d).datedSections;
    const titles = tableTitleLines(d);
    for (const line of scannableLines(d)) {
      const no = titles.get(line.no);
      if (no === undefined) continue;
      const title = proseOf(line.text);
      const m = /(20\d\d)年/.exec(title);
      if (m && Number(m[1]) !== year) {
        ctx.report({
          severity: "error",
          tables: [no as 1],
          message: L(
            `表${no}标题“${title}”的年度为${m[1]}年，本文件是${year}年度预算`,
            `the title of table ${no}, ${quote(title)}, names the year ${m[1]}; this is the ${year} budget`,
          ),
          expected: `${year}年`,
          actual: `${m[1]}年`,
          lines: [line.no],
        });
      }
    }
    for (const sentence of narrativeSentences(d)) {
      if (dated.includes(sentence.section)) continue;
      for (const m of sentence.text.matchAll(YEAR)) {
        const at = m.index ?? 0;
        const stated = Number(m[1]);
        if (stated === year || stated === year - 1) continue;
        if (QUOTED_OR_RANGE_BEFORE.test(sentence.text.slice(0, at)) || RANGE_AFTER.test(sentence.text.slice(at + m[0].length))) continue;
        ctx.report({
          tables: [],
          message: L(
            `第${sentence.line}行“${excerpt(sentence.text, at, m[0].length)}”提到${stated}年，既不是预算年度${year}年，也不是上年`,
            `line ${sentence.line} ${quote(excerpt(sentence.text, at, m[0].length))} names ${stated}, neither the budget year ${year} nor the year before`,
          ),
          expected: `${year}年或${year - 1}年`,
          actual: `${stated}年`,
          lines: [sentence.line],
        });
      }
    }
  },
};
