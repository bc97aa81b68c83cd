import { L, type Localized, quote, tableLabel } from "../messages";
import { SUBJECT_NAMES, type SubjectName } from "../data/subjectNames";
import type { TableNo } from "../model";
import { excerpt, narrativeSentences } from "../text/documentText";
import { templateOf } from "../templates/requirements";
import type { Rule } from "./types";

const normalize = (name: string) =>
  name
    .replace(/[\s\u3000]/g, "")
    .replace(/\(/g, "（")
    .replace(/\)/g, "）")
    .replace(/^[一二三四五六七八九十]{1,3}、/, "");

/** The name a code has in `year`, if the table knows it; null for a year it cannot judge. */
export function subjectNameIn(code: string, year: number): SubjectName | null {
  const names = SUBJECT_NAMES[code];
  if (!names) return null;
  for (let i = names.length - 1; i >= 0; i--) {
    const entry = names[i];
    if (entry.from > year) continue;
    return entry.until !== undefined && year > entry.until ? null : entry;
  }
  return null;
}

/** Names a code has had in other years than `year` (and not in `year`). */
function otherNames(code: string, year: number): SubjectName[] {
  if ((SUBJECT_NAMES[code]?.length ?? 0) < 2) return [];
  const current = subjectNameIn(code, year);
  if (!current) return [];
  return (SUBJECT_NAMES[code] ?? []).filter((e) => e.name !== current.name);
}

const CODED_TABLES: TableNo[] = [2, 3, 5];
const CLASS_TABLES: TableNo[] = [1, 4];

/** A 科目编码 is printed with its name for the budget year (210 卫生健康支出 from 2019, not 医疗卫生与计划生育支出). */
export const subjectNames: Rule = {
  id: "subject-names",
  description: {
    zh: "科目名称应为预算年度的科目名称（如2019年起210类为“卫生健康支出”，不再是“医疗卫生与计划生育支出”），依据随程序提供的科目名称表",
    en: "Each functional subject is named as it is named in the budget year (210 is “卫生健康支出” from 2019, no longer “医疗卫生与计划生育支出”), from the code-to-name table kept as data",
  },
  tables: [...CLASS_TABLES, ...CODED_TABLES],
  scope: "table",
  severity: "error",
  check(ctx) {
    const d = ctx.disclosure;
    const year = d.year;
    if (year === null) return;
    const report = (code: string, printed: string, tables: TableNo[], line: number, where: Localized) => {
      const current = subjectNameIn(code, year)!;
      ctx.report({
        tables,
        message: L(
          `${where.zh}科目“${code}”写作“${printed}”，${year}年该科目名称为“${current.name}”`,
          `${where.en}: code ${code} is printed as ${quote(printed)}; in ${year} its name is ${quote(current.name)}`,
        ),
        expected: current.name,
        actual: printed,
        lines: [line],
      });
    };
    // Another template's tables: the function-coded ones (codes to 项) and the class names of the side-by-side ones.
    const template = templateOf(d);
    const functionTables = new Set(template.codeDepths.filter((c) => c.digits === 7).map((c) => c.table));
    for (const table of d.templateTables ?? []) {
      if (!table.found) continue;
      for (const row of table.rows) {
        if (row.code && functionTables.has(table.key)) {
          const others = otherNames(row.code, year);
          if (others.some((e) => e.name === normalize(row.name))) report(row.code, row.name, [table.no as TableNo], row.line, tableLabel(table.no));
        }
      }
    }
    for (const table of d.tables) {
      if (!CODED_TABLES.includes(table.no)) continue;
      for (const row of table.rows) {
        if (!row.code) continue;
        const others = otherNames(row.code, year);
        if (others.length === 0) continue;
        const printed = normalize(row.name);
        if (others.some((e) => e.name === printed)) report(row.code, row.name, [table.no], row.line, tableLabel(table.no));
      }
    }
    // Tables 1 and 4 print the 类 names without codes; the narrative names them too.
    const stale = Object.keys(SUBJECT_NAMES)
      .filter((code) => code.length === 3)
      .flatMap((code) => otherNames(code, year).map((e) => ({ code, name: e.name })))
      .filter(({ code, name }) => !subjectNameIn(code, year)!.name.includes(name));
    if (stale.length === 0) return;
    for (const table of d.templateTables ?? []) {
      if (!table.found) continue;
      for (const row of table.rows) {
        // The expenditure sides (the first side is income).
        for (const part of (row.parts ?? []).slice(1)) {
          const hit = stale.find((s) => s.name === normalize(part.name));
          if (hit) report(hit.code, part.name, [table.no as TableNo], row.line, tableLabel(table.no));
        }
      }
    }
    for (const table of d.tables) {
      if (!CLASS_TABLES.includes(table.no)) continue;
      for (const row of table.rows) {
        if (row.side === "income") continue;
        const hit = stale.find((s) => s.name === normalize(row.name));
        if (hit) report(hit.code, row.name, [table.no], row.line, tableLabel(table.no));
      }
    }
    for (const sentence of narrativeSentences(d)) {
      for (const s of stale) {
        const at = sentence.text.indexOf(s.name);
        if (at < 0) continue;
        ctx.report({
          tables: [],
          message: L(
            `第${sentence.line}行“${excerpt(sentence.text, at, s.name.length)}”：${year}年科目“${s.code}”名称为“${subjectNameIn(s.code, year)!.name}”，不再是“${s.name}”`,
            `line ${sentence.line} ${quote(excerpt(sentence.text, at, s.name.length))}: in ${year} code ${s.code} is named ${quote(subjectNameIn(s.code, year)!.name)}, no longer ${quote(s.name)}`,
          ),
          expected: subjectNameIn(s.code, year)!.name,
          actual: s.name,
          lines: [sentence.line],
        });
      }
    }
  },
};
