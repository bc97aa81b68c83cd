import { L, quote } from "../messages";
import { templateOf, sectionNumeral } from "../templates/requirements";
import { hasSource, roledLines } from "../text/documentText";
import type { Rule } from "./types";

/** The sections of 情况说明 the template requires, and the glossary, are all published. */
export const requiredSections: Rule = {
  id: "required-sections",
  description: {
    zh: "情况说明包含模板要求的各部分（山西模板：一至十一，含国有资产占有使用情况），并附名词解释",
    en: "The narrative holds every section the template requires (Shanxi: sections 1 to 11, incl. state assets) and the glossary",
  },
  tables: [],
  scope: "narrative",
  severity: "error",
  check(ctx) {
    const d = ctx.disclosure;
    const template = templateOf(d);
    if (d.narrative.length === 0) {
      ctx.report({
        tables: [],
        message: L(
          "未找到“情况说明”（第三部分），模板要求的各部分均无法核对",
          "the narrative (part three, “情况说明”) was not found; none of the sections the template requires can be checked",
        ),
        expected: "情况说明",
        actual: null,
        lines: [],
      });
      return;
    }
    for (const required of template.requiredSections) {
      if (d.narrative.some((s) => s.no === required.no)) continue;
      const before = [...d.narrative].reverse().find((s) => s.no < required.no);
      ctx.report({
        tables: [],
        message: L(
          `情况说明缺少第${sectionNumeral(required.no)}部分“${required.title}”（${template.name}要求）`,
          `the narrative lacks section ${required.no} ${quote(required.title)} (the template requires it)`,
        ),
        expected: `${sectionNumeral(required.no)}、${required.title}`,
        actual: null,
        lines: before ? [before.line] : [],
      });
    }
    if (hasSource(d) && !roledLines(d).some((l) => l.role === "glossary")) {
      ctx.report({
        tables: [],
        message: L(
          `未找到“${template.glossaryTitle}”部分（${template.name}要求在情况说明之后附名词解释）`,
          `no glossary (${quote(template.glossaryTitle)}) found; the template requires one after the narrative`,
        ),
        expected: template.glossaryTitle,
        actual: null,
        lines: [],
      });
    }
  },
};
