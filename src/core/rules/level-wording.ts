import { L, quote } from "../messages";
import { templateOf } from "../templates/requirements";
import { excerpt, narrativeParts, narrativeSentences, proseOf, scannableLines, tableTitleLines } from "../text/documentText";
import type { Rule } from "./types";

/**
 * The other level's wording: 部门预算 in a 单位 disclosure, 单位预算 in a 部门 one (所属单位预算 is honest;
 * 部门预算支出经济科目 and 部门预算经济分类 are the economic classification's own name, printed in 单位 budgets too).
 */
function otherLevel(level: "单位" | "部门"): RegExp {
  return level === "单位" ? /部门预算(?!支出经济科目|经济分类)/g : /(?<![所属下各])单位预算/g;
}

/** A 单位 disclosure does not call itself 部门预算, nor a 部门 disclosure 单位预算. */
export const levelWording: Rule = {
  id: "level-wording",
  description: {
    zh: "单位预算公开的标题和情况说明中不应写成“部门预算”，部门预算公开中不应写成“单位预算”",
    en: "A unit's (“单位”) disclosure is not called “部门预算” in its titles and narrative, nor a department's (“部门”) “单位预算”",
  },
  tables: [],
  scope: "narrative",
  severity: "warning",
  check(ctx) {
    const d = ctx.disclosure;
    if (!d.level) return;
    const report = (text: string, at: number, found: string, line: number) =>
      ctx.report({
        tables: [],
        message: L(
          `本文件是${d.level}预算公开，第${line}行却写作“${found}”：“${excerpt(text, at, found.length)}”`,
          `this is a ${d.level === "部门" ? "department" : "unit"} budget disclosure (${quote(`${d.level}`)}) but line ${line} says ${quote(found)}: ${quote(excerpt(text, at, found.length))}`,
        ),
        expected: `${d.level}预算`,
        actual: found,
        lines: [line],
      });
    const titles = tableTitleLines(d);
    for (const line of scannableLines(d)) {
      if (!titles.has(line.no)) continue;
      const text = line.prose;
      for (const m of text.matchAll(otherLevel(d.level))) report(text, m.index ?? 0, m[0], line.no);
    }
    for (const s of narrativeParts(d)) {
      const text = proseOf(s.title);
      for (const m of text.matchAll(otherLevel(d.level))) report(text, m.index ?? 0, m[0], s.line);
    }
    // Sections 一 to 十一 speak of the unit itself; 其他说明 may quote other bodies' documents.
    const quoting = templateOf(d).quotingSections;
    for (const sentence of narrativeSentences(d)) {
      if (quoting.includes(sentence.section)) continue;
      for (const m of sentence.text.matchAll(otherLevel(d.level))) report(sentence.text, m.index ?? 0, m[0], sentence.line);
    }
  },
};
