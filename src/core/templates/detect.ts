/**
 * Which template a document is: the one most of whose table titles (and narrative headings) it prints,
 * contents pages included (a text-only PDF lists its tables there). Final accounts (决算) are known and
 * refused until a 决算 template exists.
 */
import type { SourceText } from "../reader/text";
import { GENERIC_TEMPLATES } from "./index";
import { matchTemplateTitle, titleCore } from "./read";
import type { Template } from "./types";

export type Detection = { kind: "shanxi" } | { kind: "template"; template: Template; tables: number } | { kind: "final-accounts"; title: string };

/** Words that only other templates' titles hold: a text with none of them is read as Shanxi's without a closer look. */
const MARKERS = ["财务收支预算总表", "功能分类预算表", "经济分类预算表", "收支预算总表", "会议费、培训费"];

export function detectTemplate(source: SourceText, text: string): Detection {
  const lines = source.lines;
  // 决算: the cover says so ("…2024年度部门决算"), or the titles are 决算 tables.
  let finalTitles = 0;
  let firstFinal = "";
  for (const i of source.linesContaining(["决算"])) {
    const key = lines[i].key.replace(/[.…·]{2,}.*$/, "");
    if (key.length > 40) continue;
    if (i < 8 && /20\d\d年度?.*决算$/.test(key)) return { kind: "final-accounts", title: key };
    if (/决算(总)?表$/.test(key)) {
      finalTitles++;
      if (!firstFinal) firstFinal = key;
    }
  }
  if (finalTitles >= 3) return { kind: "final-accounts", title: firstFinal };
  // Only a text with another template's words is looked at line by line (Shanxi's seeds never are).
  if (!MARKERS.some((m) => text.indexOf(m) >= 0)) return { kind: "shanxi" };

  let best: { template: Template; tables: number; score: number } | null = null;
  for (const template of GENERIC_TEMPLATES) {
    const tables = new Set<number>();
    const sections = new Set<number>();
    for (const line of lines) {
      if (line.blank || line.cells.length > 2) continue;
      const key = line.key.replace(/[.…·]{2,}.*$/, "").replace(/\d+$/, "");
      if (key.length > 60) continue;
      const table = matchTemplateTitle(template, key);
      if (table) tables.add(table.no);
      const core = titleCore(key);
      for (const s of template.sections) if (s.heading.test(key) || s.heading.test(core)) sections.add(s.no);
    }
    const score = tables.size / template.tables.length + sections.size / (template.sections.length * 2);
    // At least three of its tables, or its narrative: one shared title ("收入预算总表") decides nothing.
    if ((tables.size >= 3 || sections.size === template.sections.length) && (!best || score > best.score)) best = { template, tables: tables.size, score };
  }
  return best ? { kind: "template", template: best.template, tables: best.tables } : { kind: "shanxi" };
}
