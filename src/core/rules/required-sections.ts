import { L, quote } from "../messages";
import { templateOf, sectionNumeral, sectionsRequiredIn } from "../templates/requirements";
import { frontParts, hasSource, narrativeParts, narrativeRead, roledLines } from "../text/documentText";
import type { Rule } from "./types";

/** The sections of 情况说明 the template requires, and the glossary, are all published. */
export const requiredSections: Rule = {
  id: "required-sections",
  description: {
    zh: "情况说明包含模板要求的各部分（山西模板：一至十一，含国有资产占有使用情况；上海：主要职能、机构设置、预算编制说明和其他相关情况说明的五部分；江苏：第三部分各项说明），并附名词解释",
    en: "The narrative holds every section the template requires (Shanxi: sections 1 to 11, incl. state assets; Shanghai: functions, organisation, budget notes and the five other notes; Jiangsu: every note of part three) and the glossary",
  },
  tables: [],
  scope: "narrative",
  severity: "error",
  check(ctx) {
    const d = ctx.disclosure;
    const template = templateOf(d);
    const shanxi = template.id === "shanxi-13";
    if (!narrativeRead(d)) {
      // Another template's tables-only PDF: the coverage notice says first that its narrative was not read.
      if (shanxi)
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
    const parts = narrativeParts(d);
    for (const required of sectionsRequiredIn(template, d.year)) {
      if (parts.some((s) => s.no === required.no)) continue;
      const before = shanxi
        ? [...parts].reverse().find((s) => s.no < required.no)
        : [...parts].filter((s) => s.no < required.no).sort((a, b) => b.line - a.line)[0];
      ctx.report({
        tables: [],
        message: shanxi
          ? L(
              `情况说明缺少第${sectionNumeral(required.no)}部分“${required.title}”（${template.name}要求）`,
              `the narrative lacks section ${required.no} ${quote(required.title)} (the template requires it)`,
            )
          : L(
              `情况说明缺少“${required.title}”部分（${template.name}要求）`,
              `the narrative lacks the section ${quote(required.title)} (the template requires it)`,
            ),
        expected: shanxi ? `${sectionNumeral(required.no)}、${required.title}` : required.title,
        actual: null,
        lines: before ? [before.line] : [],
      });
    }
    const front = frontParts(d);
    for (const required of template.requiredFront) {
      if (front.some((s) => s.no === required.no)) continue;
      ctx.report({
        tables: [],
        message: L(`未找到“${required.title}”部分（${template.name}要求）`, `the section ${quote(required.title)} was not found (the template requires it)`),
        expected: required.title,
        actual: null,
        lines: [],
      });
    }
    if (hasSource(d) && !roledLines(d).some((l) => l.role === "glossary")) {
      ctx.report({
        tables: [],
        message: L(
          `未找到“${template.glossaryTitle}”部分（${template.name}要求${shanxi ? "在情况说明之后" : ""}附名词解释）`,
          `no glossary (${quote(template.glossaryTitle)}) found; the template requires one${shanxi ? " after the narrative" : ""}`,
        ),
        expected: template.glossaryTitle,
        actual: null,
        lines: [],
      });
    }
  },
};
