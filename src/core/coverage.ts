/**
 * Coverage: what of a document was read and what was not, judged against what its template requires.
 * "0 errors" means something only for a document read completely: a check reports an incomplete one
 * first. A template supplies its required tables and narrative sections as data (today the Shanxi
 * 13-table template; others join with their own lists).
 */
import type { Disclosure, TableNo } from "./model";
import { TABLE_NUMBERS } from "./model";
import { tableSpec } from "./tableSpecs";
import { templateById } from "./templates";
import { templateCoverage } from "./templates/coverage";

export interface Localized {
  zh: string;
  en: string;
}

export interface CoverageTemplate {
  id: string;
  name: Localized;
  /** The tables a complete document of this template publishes. */
  tables: readonly { no: TableNo; title: string }[];
  /** Where the narrative is, for messages ("第三部分 情况说明"). */
  narrativePart: Localized;
  /** The narrative's sections in order; all are required. */
  sections: readonly { no: number; title: Localized }[];
  /** The narrative section that states how many performance target tables are attached, and the figure's label. */
  performanceAnnouncement?: { section: number; label: RegExp };
}

const SHANXI_SECTIONS: readonly [string, string][] = [
  ["收支预算数据变动情况及原因", "changes in revenue and expenditure"],
  ["收入预算情况说明", "revenue"],
  ["支出预算情况说明", "expenditure"],
  ["财政拨款收支预算总体情况说明", "fiscal appropriations"],
  ["一般公共预算支出情况说明", "general public budget expenditure"],
  ["一般公共预算基本支出情况说明", "basic expenditure"],
  ["“三公”经费增减变动原因说明", "the three public expenses"],
  ["机关运行经费增减变动原因说明", "administrative operating costs"],
  ["政府采购情况", "government procurement"],
  ["绩效管理情况", "performance management"],
  ["国有资产占有使用情况", "state-owned assets"],
  ["其他说明", "other notes"],
];

const NUMERALS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

/** The Shanxi 13-table template: 表一…表十三, 第三部分 情况说明 一…十二, performance tables in section 十. */
export const SHANXI_13: CoverageTemplate = {
  id: "shanxi-13",
  name: { zh: "山西13张表格式", en: "Shanxi 13-table layout" },
  tables: TABLE_NUMBERS.map((no) => ({ no, title: tableSpec(no).title })),
  narrativePart: { zh: "第三部分 情况说明", en: "part three, the narrative" },
  sections: SHANXI_SECTIONS.map(([zh, en], i) => ({ no: i + 1, title: { zh: `${NUMERALS[i + 1]}、${zh}`, en: `${i + 1}. ${en}` } })),
  performanceAnnouncement: { section: 10, label: /公开项目绩效目标/ },
};

export type CoverageProblemKind = "tables-missing" | "narrative-missing" | "sections-missing" | "ends-inside-table" | "performance-cut-off";

export interface CoverageProblem {
  kind: CoverageProblemKind;
  message: Localized;
}

export interface Coverage {
  template: string;
  /** Every required table and section read, and the text does not end inside a table. */
  complete: boolean;
  tables: { found: number[]; missing: number[] };
  sections: { found: number[]; missing: number[] };
  performance: { announced: number | null; attached: number; cutOff: boolean };
  /** The table the text ends inside (its body runs to the end of the text), if it does. */
  endsInside: { kind: "table" | "performance"; no: number | null; line: number } | null;
  /** Lines where bytes could not be decoded and were replaced: read, but to be checked by eye. */
  replacedLines: number[];
  /** What was not read, most important first (empty when complete). */
  problems: CoverageProblem[];
  /**
   * What the template's checks do not look at in a document read completely (e.g. figures that need last
   * year's document): said beside the findings, not a reason to call the reading incomplete.
   */
  limits?: Localized;
  /** What was read, in one sentence. */
  read: Localized;
}

/** [1,2,3,5] → "1–3、5" (joiner and range mark per language). */
function ranges(values: number[], name: (n: number) => string, joiner: string, through: string): string {
  const parts: string[] = [];
  for (let i = 0; i < values.length;) {
    let j = i;
    while (j + 1 < values.length && values[j + 1] === values[j] + 1) j++;
    parts.push(
      j - i >= 2
        ? `${name(values[i])}${through}${name(values[j])}`
        : values
            .slice(i, j + 1)
            .map(name)
            .join(joiner),
    );
    i = j + 1;
  }
  return parts.join(joiner);
}

export function computeCoverage(d: Disclosure, template: CoverageTemplate = SHANXI_13): Coverage {
  // Another template's document (Shanghai, Jiangsu): judged against that template's tables and sections.
  const other = d.template && d.template !== SHANXI_13.id ? templateById(d.template) : undefined;
  if (other) return templateCoverage(d, other);
  const present = new Set(d.tables.map((t) => t.no as number));
  const tablesFound = template.tables.filter((t) => present.has(t.no)).map((t) => t.no as number);
  const tablesMissing = template.tables.filter((t) => !present.has(t.no)).map((t) => t.no as number);
  const sectionsRead = new Set(d.narrative.map((s) => s.no));
  const sectionsFound = template.sections.filter((s) => sectionsRead.has(s.no)).map((s) => s.no);
  const sectionsMissing = template.sections.filter((s) => !sectionsRead.has(s.no)).map((s) => s.no);

  const ending = d.extent?.endsIn ?? { kind: "other" as const };
  const endsInside: Coverage["endsInside"] =
    ending.kind === "table"
      ? { kind: "table", no: ending.no, line: ending.line }
      : ending.kind === "performance"
        ? { kind: "performance", no: null, line: ending.line }
        : null;

  const announcement = template.performanceAnnouncement;
  const announcingSection = announcement ? d.narrative.find((s) => s.no === announcement.section) : undefined;
  const announcedFigure = announcingSection?.figures.find((f) => f.kind === "count" && announcement!.label.test(f.label));
  const announced = announcedFigure ? announcedFigure.value : null;
  const attached = d.performance.length;
  // Fewer tables than announced is the document's own error when it goes on past them; it is a gap in
  // the reading only when the text stops there (inside a performance table, or before the sections after).
  const stopsAfterAnnouncement = announcement !== undefined && sectionsMissing.some((no) => no > announcement.section);
  const cutOff = announced !== null && attached < announced && stopsAfterAnnouncement;

  const problems: CoverageProblem[] = [];
  const tableName = (no: number) => `表${no}`;
  if (tablesMissing.length > 0) {
    problems.push({
      kind: "tables-missing",
      message: {
        zh: `未读到${ranges(tablesMissing, tableName, "、", "至")}（${template.tables.length}张表只读到${tablesFound.length}张）`,
        en: `${tablesMissing.length === 1 ? "table" : "tables"} ${ranges(tablesMissing, String, ", ", "–")} ${tablesMissing.length === 1 ? "was" : "were"} not found (${tablesFound.length} of ${template.tables.length} read)`,
      },
    });
  }
  if (sectionsFound.length === 0) {
    problems.push({
      kind: "narrative-missing",
      message: { zh: `未读到“${template.narrativePart.zh}”`, en: `${template.narrativePart.en} was not found` },
    });
  } else if (sectionsMissing.length > 0) {
    const title = (no: number) => template.sections.find((s) => s.no === no)!.title;
    // Two or fewer are named; more are given as a range from the first one's title.
    const few = sectionsMissing.length <= 2;
    problems.push({
      kind: "sections-missing",
      message: {
        zh: few
          ? `情况说明缺少${sectionsMissing.map((no) => `“${title(no).zh}”`).join("")}`
          : `情况说明缺少${ranges(sectionsMissing, (no) => NUMERALS[no], "、", "至")}部分（从“${title(sectionsMissing[0]).zh}”起）`,
        en: `the narrative lacks sections ${ranges(sectionsMissing, String, ", ", "–")} (from ${title(sectionsMissing[0]).en})`,
      },
    });
  }
  // Ending inside a performance table is normal where a template attaches them last: a gap only with another.
  if (endsInside && (endsInside.kind === "table" || problems.length > 0)) {
    const last = d.lineCount;
    problems.push({
      kind: "ends-inside-table",
      message:
        endsInside.kind === "table"
          ? {
              zh: `文件在表${endsInside.no}“${tableSpec(endsInside.no as TableNo).title}”中结束（第${endsInside.line}行起至第${last}行），文件可能被截断`,
              en: `the text ends inside table ${endsInside.no} (lines ${endsInside.line}–${last}): the file may be cut off`,
            }
          : {
              zh: `文件在第${endsInside.line}行起的绩效目标表中结束，文件可能被截断`,
              en: `the text ends inside the performance target table starting on line ${endsInside.line}: the file may be cut off`,
            },
    });
  }
  if (cutOff) {
    problems.push({
      kind: "performance-cut-off",
      message: {
        zh: `情况说明称公开项目绩效目标${announced}个，文件中断前只读到${attached}张绩效目标表`,
        en: `the narrative announces ${announced} performance target tables; the text stops after ${attached}`,
      },
    });
  }

  const sectionNumerals = (no: number) => NUMERALS[no];
  const read: Localized = {
    zh: [
      tablesFound.length > 0 ? `${ranges(tablesFound, tableName, "、", "至")}（${tablesFound.length}张）` : "没有表格",
      sectionsFound.length > 0 ? `情况说明${ranges(sectionsFound, sectionNumerals, "、", "至")}部分` : "没有情况说明",
      `绩效目标表${attached}张`,
    ].join("，"),
    en: [
      tablesFound.length > 0 ? `tables ${ranges(tablesFound, String, ", ", "–")}` : "no table",
      sectionsFound.length > 0 ? `narrative sections ${ranges(sectionsFound, String, ", ", "–")}` : "no narrative",
      `${attached} performance target tables`,
    ].join("; "),
  };
  return {
    template: template.id,
    complete: problems.length === 0,
    tables: { found: tablesFound, missing: tablesMissing },
    sections: { found: sectionsFound, missing: sectionsMissing },
    performance: { announced, attached, cutOff },
    endsInside,
    replacedLines: d.extent?.replacedLines ?? [],
    problems,
    read,
  };
}

/** The notice about undecodable bytes, in both languages (not a gap in coverage, but said first too). */
export function replacedBytesNotice(lines: number[]): Localized | null {
  if (lines.length === 0) return null;
  const shown = lines.slice(0, 10);
  const more = lines.length > shown.length;
  return {
    zh: `第${shown.join("、")}${more ? "等" : ""}行有无法识别的字节，已替换为“\ufffd”，请核对这些行的文字和数字`,
    en: `line${lines.length > 1 ? "s" : ""} ${shown.join(", ")}${more ? " and others" : ""} held bytes that could not be decoded (replaced by \ufffd): check them`,
  };
}
