import { L, type Localized, quote } from "../messages";
import { excerpt, wordingLines } from "../text/documentText";
import type { Rule } from "./types";

/** Template placeholders and fill-in marks a finished disclosure must not keep. */
const PLACEHOLDERS: [RegExp, Localized][] = [
  [/(?<![A-Za-z])(?:XX|xx|ＸＸ|××)+(?![A-Za-z])|(?<=[\u4e00-\u9fff])[Ｘ×](?=[\u4e00-\u9fff])/, L("“XX”占位符", "the placeholder “XX”")],
  [/请填写|待填写|待补充/, L("“请填写”提示", "the prompt “请填写” (fill in)")],
  [/\{[^{}]{0,12}\}|｛[^｛｝]{0,12}｝/, L("花括号占位符", "a placeholder in braces")],
  [/……/, L("省略号“……”", "the ellipsis “……”")],
  [
    /增加[（(]减少[)）]|增长[（(]下降[)）]|增[（(]减[)）]/,
    L("未删去的模板措辞“增加（减少）”", "the template's wording “增加（减少）” (increase (decrease)) not edited"),
  ],
  [/[（(]略[)）]/, L("“（略）”", "“（略）” (omitted)")],
  // The template's own instruction to the writer: "（按“部门预算公开06表…”中实际发生经济分类支出事项填写）".
  [/[（(]按[^（）()]{0,60}填写[)）]/, L("模板的填写说明", "the template's instruction to the writer")],
];

/** Any character a placeholder above starts with: most lines hold none and are passed over at once. */
const MAY_HOLD_PLACEHOLDER = /[XxＸ×请待{｛…增略填]/;

/** Template placeholders left in the text (XX, “请填写”, “{单位}”, “……”, “增加（减少）”, “（略）”). */
export const leftoverText: Rule = {
  id: "leftover-text",
  description: {
    zh: "正文和表格中不应留有模板占位符或填写提示（XX、××、请填写、待填写、{单位}、……、增加（减少）、（略）），目录和名词解释除外",
    en: "No template placeholder or fill-in prompt is left (XX, “请填写”, “{单位}”, “……”, “增加（减少）”, “（略）”); the table of contents and glossary are exempt",
  },
  tables: [],
  scope: "narrative",
  severity: "warning",
  check(ctx) {
    for (const line of wordingLines(ctx.disclosure)) {
      if (!MAY_HOLD_PLACEHOLDER.test(line.text)) continue;
      const text = line.prose;
      // One finding per line, naming each kind of placeholder it holds ("XX月XX日" is one leftover).
      const found = PLACEHOLDERS.map(([pattern, what]) => ({ m: pattern.exec(text), what })).filter((f) => f.m !== null);
      if (found.length === 0) continue;
      const first = found.reduce((a, b) => (b.m!.index < a.m!.index ? b : a));
      ctx.report({
        tables: [],
        message: L(
          `第${line.no}行留有${found.map((f) => f.what.zh).join("、")}：“${excerpt(text, first.m!.index, first.m![0].length)}”`,
          `line ${line.no} keeps ${found.map((f) => f.what.en).join(", ")}: ${quote(excerpt(text, first.m!.index, first.m![0].length))}`,
        ),
        expected: null,
        actual: found.map((f) => f.m![0]).join(" "),
        lines: [line.no],
      });
    }
  },
};
