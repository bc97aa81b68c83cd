/**
 * Coverage for the templates read by the generic reader: which of the template's tables and required
 * narrative sections were read, and what the checks do not cover yet — said first, never a silent pass.
 */
import type { Coverage, CoverageProblem } from "../coverage";
import type { Disclosure } from "../model";
import type { Template } from "./types";

export function templateCoverage(d: Disclosure, template: Template): Coverage {
  const tables = d.templateTables ?? [];
  const required = template.tables.filter((t) => !t.optional);
  // A title without a single row read is not a table read (a contents page taken for titles would be one).
  const titleOnly = tables.filter((t) => t.found && t.rows.length === 0).map((t) => t.no);
  const found = tables.filter((t) => t.found && !titleOnly.includes(t.no)).map((t) => t.no);
  const missing = required.filter((t) => !found.includes(t.no)).map((t) => t.no);
  const sectionsFound = (d.templateSections ?? []).map((s) => s.no);
  const sectionsMissing = template.sections.filter((s) => !sectionsFound.includes(s.no)).map((s) => s.no);
  const titleOf = (no: number) => template.tables.find((t) => t.no === no)!.title;
  const problems: CoverageProblem[] = [];
  const notFound = missing.filter((no) => !titleOnly.includes(no));
  if (notFound.length > 0) {
    const names = notFound.map((no) => `表${no}“${titleOf(no)}”`);
    problems.push({
      kind: "tables-missing",
      message: {
        zh: `未读到${names.slice(0, 4).join("、")}${names.length > 4 ? `等${names.length}张表` : ""}（${template.name.zh}${required.length}张表只读到${required.length - missing.length}张）`,
        en: `${notFound.length} of the ${required.length} tables of the ${template.name.en} were not found (${notFound.join(", ")})`,
      },
    });
  }
  const unread = missing.filter((no) => titleOnly.includes(no));
  if (unread.length > 0) {
    problems.push({
      kind: "tables-missing",
      message: {
        zh: `${unread.map((no) => `表${no}“${titleOf(no)}”`).join("、")}只读到标题，没有读到任何一行`,
        en: `only the title of table${unread.length > 1 ? "s" : ""} ${unread.join(", ")} was found, no row`,
      },
    });
  }
  if (sectionsFound.length === 0) {
    problems.push({ kind: "narrative-missing", message: { zh: `未读到${template.narrativePart.zh}`, en: `${template.narrativePart.en} was not found` } });
  } else if (sectionsMissing.length > 0) {
    const title = (no: number) => template.sections.find((s) => s.no === no)!.title;
    problems.push({
      kind: "sections-missing",
      message: {
        zh: `情况说明缺少${sectionsMissing.map((no) => `“${title(no).zh}”`).join("")}`,
        en: `the narrative lacks ${sectionsMissing.map((no) => title(no).en).join(", ")}`,
      },
    });
  }
  const read = {
    zh: [
      `${template.name.zh}`,
      found.length > 0 ? `表${found.join("、")}（${found.length}张）` : "没有表格",
      sectionsFound.length > 0 ? `情况说明${sectionsFound.map((no) => `“${template.sections.find((s) => s.no === no)!.title.zh}”`).join("")}` : "没有情况说明",
    ].join("，"),
    en: [
      template.name.en,
      found.length > 0 ? `tables ${found.join(", ")}` : "no table",
      sectionsFound.length > 0 ? `narrative sections ${sectionsFound.join(", ")}` : "no narrative",
    ].join("; "),
  };
  return {
    template: template.id,
    complete: problems.length === 0,
    tables: { found, missing },
    sections: { found: sectionsFound, missing: sectionsMissing },
    performance: { announced: null, attached: 0, cutOff: false },
    endsInside: null,
    replacedLines: d.extent?.replacedLines ?? [],
    problems,
    ...(template.unchecked ? { limits: template.unchecked } : {}),
    read,
  };
}
