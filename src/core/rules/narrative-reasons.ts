import { L, amountWithUnit, changeWordEn, quote as quoted } from "../messages";
import { templateOf, sectionNumeral } from "../templates/requirements";
import { CHANGE_AND_SAME, changeStatements } from "../text/changes";
import { narrativeSentences } from "../text/documentText";
import { fmt } from "./compare";
import type { Rule } from "./types";

const quote = (text: string) => (text.length > 40 ? `…${text.slice(-40)}` : text);

/** Each change against last year, in the sections that must explain it, is followed by a reason with content. */
export const narrativeReasons: Rule = {
  id: "narrative-reasons",
  description: {
    zh: "情况说明中须说明原因的部分（山西模板：一、七、八），每项比上年增加或减少都应写明原因；“主要原因是。”无内容、“0万元…增加”或“增加持平”自相矛盾的为错误",
    en: "Every change against last year in the sections that must explain it (Shanxi: sections 1, 7 and 8) is followed by a reason with content; an empty reason, an increase from 0 or an increase that is 'unchanged' is an error",
  },
  tables: [],
  scope: "narrative",
  severity: "error",
  check(ctx) {
    const d = ctx.disclosure;
    const template = templateOf(d);
    const sentences = narrativeSentences(d);
    for (const no of template.reasonSections) {
      const own = sentences.filter((s) => s.section === no);
      const where = L(`情况说明第${sectionNumeral(no)}部分`, `narrative section ${no}`);
      for (const sentence of own) {
        const contradiction = CHANGE_AND_SAME.exec(sentence.text);
        if (contradiction) {
          ctx.report({
            tables: [],
            message: L(
              `${where.zh}“${quote(sentence.text)}”：“${contradiction[0]}”自相矛盾，应写明增减金额或“与上年持平”`,
              `${where.en}, ${quoted(quote(sentence.text))}: ${quoted(contradiction[0])} contradicts itself; state the change's amount or ${quoted("与上年持平")} (unchanged)`,
            ),
            expected: null,
            actual: contradiction[0],
            lines: [sentence.line],
          });
        }
      }
      for (const statement of changeStatements(own)) {
        if (statement.amount === 0) continue;
        if (statement.word === "增加" && statement.unit !== "%" && statement.subject === 0) {
          ctx.report({
            tables: [],
            message: L(
              `${where.zh}“${quote(statement.text)}”：本年为0万元，却比上年增加${fmt(statement.amount)}${statement.unit}，自相矛盾`,
              `${where.en}, ${quoted(quote(statement.text))}: this year is 0 yet it states an increase of ${amountWithUnit(fmt(statement.amount), statement.unit).en} over last year, a contradiction`,
            ),
            expected: null,
            actual: `增加${fmt(statement.amount)}${statement.unit}`,
            lines: [statement.line],
          });
        }
        if (!statement.reason) {
          ctx.report({
            severity: "warning",
            tables: [],
            message: L(
              `${where.zh}“${quote(statement.text)}”：说明了比上年${statement.word}，但未说明原因（模板要求写明“主要原因是……”）`,
              `${where.en}, ${quoted(quote(statement.text))}: states a ${changeWordEn(statement.word)} against last year but gives no reason (the template asks for ${quoted("主要原因是……")})`,
            ),
            expected: "增减原因",
            actual: null,
            lines: [statement.line],
          });
        } else if (statement.reason.content.trim() === "") {
          ctx.report({
            tables: [],
            message: L(
              `${where.zh}“${quote(statement.text)}”：“${statement.reason.marker}”之后没有内容，原因未写`,
              `${where.en}, ${quoted(quote(statement.text))}: nothing follows ${quoted(statement.reason.marker)}, the reason is missing`,
            ),
            expected: "增减原因",
            actual: `${statement.reason.marker}。`,
            lines: [statement.reason.line],
          });
        }
      }
    }
  },
};
