import { L, amountWithUnit, changeWordEn, quote as quoted } from "../messages";
import { templateOf, sectionName } from "../templates/requirements";
import { CHANGE_AND_SAME, changeStatements } from "../text/changes";
import { narrativeSentences } from "../text/documentText";
import { fmt } from "../messages/findings";
import type { Rule } from "./types";

const quote = (text: string) => (text.length > 40 ? `…${text.slice(-40)}` : text);

/**
 * A later sentence giving the reason for the changes stated before it (Shanghai: "财政拨款收入支出减少的主要
 * 原因是项目调整。" after the figures).
 */
const LATER_REASON = /(?:增加|减少|增长|下降|变动|变化|增减)[^，。；]{0,6}?的?(主要原因(?:是|为|在于)|原因(?:是|为|在于))[：:]?/;
/** A change broken down into items ("增加25万元。其中：…"): the items carry the reasons. */
const BREAKDOWN = /其中[：:]?$/;
/**
 * A sentence right after the change that explains it without a marker: "此项级科目为今年新增科目。",
 * "退休人员退休费由省社保机构统一发放，单位支出减少。" — no figure, no new item, not a breakdown.
 */
function explainsWithoutMarker(text: string): boolean {
  return text.length >= 6 && !/\d/.test(text) && !/^(?:其中|此外|另外|包括)/.test(text) && !/^[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．]/.test(text);
}

/** Each change against last year, in the sections that must explain it, is followed by a reason with content. */
export const narrativeReasons: Rule = {
  id: "narrative-reasons",
  description: {
    zh: "情况说明中须说明原因的部分（山西模板：一、七、八；上海：预算编制说明、“三公”经费；江苏：收支总体、财政拨款、一般公共预算、“三公”经费、政府性基金、机关运行经费），每项比上年增加或减少都应写明原因；“主要原因是。”无内容、“0万元…增加”或“增加持平”自相矛盾的为错误",
    en: "Every change against last year in the sections that must explain it (Shanxi: sections 1, 7 and 8; Shanghai: the budget notes and the “three public” expenses; Jiangsu: overall, fiscal appropriations, general public budget, “three public” expenses, government funds, administrative operating costs) is followed by a reason with content; an empty reason, an increase from 0 or an increase that is 'unchanged' is an error",
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
      const where = sectionName(template, no);
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
      const statements = changeStatements(own);
      for (const statement of statements) {
        if (statement.amount === 0) continue;
        if (!statement.reason) {
          const at = own.findIndex((s) => s.line === statement.line && s.text.startsWith(statement.text));
          // The same change restated in the section ("收、支预算总计各增加844.15万元…主要原因是…" then
          // "（一）收入预算总计…增加844.15万元"): explained once.
          // Only a sentence naming no figure of its own restates: "公务接待费4.00万元，比上年增加1.00万元" is an item of its own.
          const restated =
            statement.subject === null &&
            statements.some((o) => o !== statement && o.reason && o.word === statement.word && o.amount === statement.amount && o.unit === statement.unit);
          if (restated) continue;
          const sentence = own[at]?.text ?? "";
          const next = own[at + 1]?.text ?? "";
          if (
            (BREAKDOWN.test(sentence) || BREAKDOWN.test(next)) &&
            statements.some((o) => o.reason && own.findIndex((s) => s.line === o.line && s.text.startsWith(o.text)) > at)
          )
            continue;
          if (at >= 0 && own[at + 1] && own[at + 1].line - own[at].line <= 1 && explainsWithoutMarker(next)) continue;
          const later = at < 0 ? undefined : own.slice(at + 1).find((s) => LATER_REASON.test(s.text));
          const m = later ? LATER_REASON.exec(later.text) : null;
          if (later && m) {
            const rest = later.text.slice((m.index ?? 0) + m[0].length);
            statement.reason = { marker: m[1], content: rest.split(/[，,。；;]/)[0], line: later.line };
          }
        }
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
