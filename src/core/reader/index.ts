import { EN_TABLE_NAMES, L, type Localized, quote, splitMessage } from "../messages";
import type { Disclosure, DisclosureTable, PerformanceTable, ReadExtent, ReadWarning, TableNo } from "../model";
import { TABLE_NUMBERS } from "../model";
import { TITLE_MAX_LENGTH, matchTableTitle, tableSpec } from "../tableSpecs";
import { type SectionHeading, readNarrative, sectionHeading } from "./narrative";
import { isPerformanceTitle, readPerformanceTable } from "./performance";
import { parseTable } from "./tables";
import { type SourceLine, type SourceText, isTocLine, readLines } from "./text";
import { linesWithReplacements } from "./decode";
import { detectTemplate } from "../templates/detect";
import { readTemplate } from "../templates/read";
import type { Template } from "../templates/types";

/** The templates the reader knows, for messages. */
export const KNOWN_TEMPLATES = "山西13张表格式、上海9张表格式、江苏省级部门预算格式";
export const KNOWN_TEMPLATES_EN = "Shanxi's 13 tables, Shanghai's 9 tables, Jiangsu's provincial department budget";

/** A document of a template other than Shanxi's: its tables and narrative sections as the template lays them out. */
function readByTemplate(source: SourceText, text: string, template: Template): ReadResult {
  const reading = readTemplate(source, template);
  if (!reading.tables.some((t) => t.found) && reading.sections.length === 0) {
    return refuse(
      L(
        `未找到${template.name.zh}的表格或情况说明，这似乎不是预算公开文件`,
        `no table or narrative of the ${template.name.en} was found; this does not seem to be a budget disclosure`,
      ),
    );
  }
  const warnings: ReadWarning[] = [...reading.warnings];
  const replacedLines = linesWithReplacements(text);
  const replaced = replacedBytesNotice(replacedLines);
  if (replaced) warnings.push({ line: replacedLines[0], message: replaced.zh, messageEn: replaced.en });
  return {
    ok: true,
    disclosure: {
      unit: reading.unit,
      year: reading.year,
      level: reading.level,
      unitType: null,
      tables: [],
      narrative: [],
      performance: [],
      warnings,
      lineCount: source.lines.length,
      // The reviewer rules read the wording of every template's document.
      source: source.lines,
      template: template.id,
      templateTables: reading.tables,
      templateSections: reading.sections,
      extent: { endsIn: { kind: "other" }, replacedLines },
    },
  };
}
import { replacedBytesNotice } from "../coverage";

/** Larger than any real disclosure (a few hundred KB) by two orders of magnitude. */
export const MAX_TEXT_LENGTH = 20 * 1024 * 1024;

/** A refusal says why in Chinese (`error`) and in English (`errorEn`). */
export type ReadResult = { ok: true; disclosure: Disclosure } | { ok: false; error: string; errorEn?: string };

const refuse = (message: Localized): ReadResult => ({ ok: false, error: message.zh, errorEn: message.en });

function mostCommon(values: string[]): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  let bestCount = 0;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > bestCount) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}

// Control characters are exactly what this looks for.
// eslint-disable-next-line no-control-regex
const CONTROL_OR_REPLACEMENT = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd]/;

function looksBinary(text: string): boolean {
  const sample = text.length > 8192 ? text.slice(0, 8192) : text;
  // One regular-expression scan answers for nearly every real text; count only when something is there.
  if (!CONTROL_OR_REPLACEMENT.test(sample)) return false;
  // Control characters never occur in text; a few undecodable bytes (U+FFFD) do, in damaged text files.
  let controls = 0;
  let replaced = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) controls++;
    else if (c === 0xfffd) replaced++;
  }
  return controls > sample.length * 0.01 || replaced > sample.length * 0.1;
}

/**
 * "单位名称：X单位：万元" → "X": what follows the label, up to a later "单位:" if there is one. Written
 * out rather than as /^(?:单位名称|部门名称)[:：]?(.+?)(?:单位[:：].*)?$/, whose lazy group backtracks
 * over the whole line at every position.
 */
function nameAfterLabel(key: string): string | null {
  let start = 4; // after 单位名称 or 部门名称
  const colon = (c: number) => c === 58 || c === 0xff1a;
  if (colon(key.charCodeAt(start)) && key.length > start + 1) start++;
  if (start >= key.length) return null;
  let end = key.length;
  for (let at = key.indexOf("单位", start + 1); at >= 0; at = key.indexOf("单位", at + 1)) {
    if (colon(key.charCodeAt(at + 2))) {
      end = at;
      break;
    }
  }
  return key.slice(start, end);
}

/** `startingWithDanOrBu`: the lines whose first character is 单 or 部, in order (collected by the scan). */
function findUnit(lines: SourceLine[], startingWithDanOrBu: SourceLine[]): string | null {
  const named: string[] = [];
  for (const line of startingWithDanOrBu) {
    if (line.text.indexOf("名称") < 0 || (!line.key.startsWith("单位名称") && !line.key.startsWith("部门名称"))) continue;
    const name = nameAfterLabel(line.key);
    if (name !== null && name.length >= 2) named.push(name);
  }
  const fromTables = mostCommon(named);
  if (fromTables) return fromTables;
  for (const line of lines.slice(0, 30)) {
    if (line.key === "") continue;
    const m = /^(.+?)20\d\d年度?(?:单位|部门)预算公开/.exec(line.key);
    if (m) return m[1];
    if (!/预算公开|目录/.test(line.key) && line.key.length <= 40) return line.key;
  }
  return null;
}

function findYearAndLevel(lines: SourceLine[], titles: SourceLine[]): { year: number | null; level: "单位" | "部门" | null } {
  for (const line of lines.slice(0, 40)) {
    const m = /(20\d\d)年度?(单位|部门)预算公开/.exec(line.key);
    if (m) return { year: Number(m[1]), level: m[2] as "单位" | "部门" };
  }
  const years = titles.map((t) => /(20\d\d)/.exec(t.key)?.[1]).filter((y): y is string => !!y);
  const year = mostCommon(years);
  return { year: year ? Number(year) : null, level: null };
}

/** `mayStartWithDi`: indexes of the lines whose folded text may start with 第 (collected by the scan). */
function findUnitType(lines: SourceLine[], mayStartWithDi: number[], tables: DisclosureTable[]): Disclosure["unitType"] {
  // Only 第一部分 概况 describes the unit; later parts quote other bodies.
  let end = mayStartWithDi.find((i) => lines[i].text.indexOf("分") >= 0 && /^第二部分/.test(lines[i].key) && !isTocLine(lines[i])) ?? -1;
  if (end < 0) end = Math.min(lines.length, 200);
  // Raw text is enough for these words (they carry no spaces); folding every line would cost more.
  const overview = lines
    .slice(0, end)
    .map((l) => l.text)
    .join("");
  if (/参公|参照公务员法管理/.test(overview)) return "参公事业单位";
  if (/行政单位|行政机关|政府工作部门/.test(overview)) return "行政单位";
  if (/事业单位/.test(overview)) return "事业单位";
  const t3 = tables.find((t) => t.no === 3);
  if (t3?.rows.some((r) => r.code === "2010301")) return "行政单位";
  if (t3?.rows.some((r) => r.code?.endsWith("50"))) return "事业单位";
  return null;
}

const FOLDED_SPACE = /[ \t\r\u3000\u00a0]/;

/** The first character that is not a space or tab, as a char code (0 for none). */
function firstNonSpace(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0x3000) return c;
  }
  return 0;
}

/**
 * Reads a budget disclosure from its text (as extracted from the PDF: tab-separated cells).
 * Never throws on bad input: returns a refusal with a message in Chinese instead.
 */
export function readDisclosure(text: string): ReadResult {
  if (text.length > MAX_TEXT_LENGTH) {
    const size = Math.round(text.length / 1024 / 1024);
    return refuse(
      L(
        `文件过大（${size}M字符），预算公开文件通常小于1MB，请确认文件是否正确`,
        `the file is too large (${size}M characters); a disclosure is usually under 1 MB, please check the file`,
      ),
    );
  }
  if (text.trim() === "") return refuse(L("文件为空", "the file is empty"));
  if (looksBinary(text))
    return refuse(
      L(
        "文件不是文本（可能是PDF、Word或图片等二进制文件），请先转换为文本或粘贴文字",
        "the file is not text (perhaps a PDF, Word file or image); convert it to text or paste the text",
      ),
    );

  const source = readLines(text);
  const detection = detectTemplate(source, text);
  if (detection.kind === "final-accounts") {
    return refuse(
      L(
        `这是决算公开（“${detection.title}”），不是预算公开：本程序目前只读取和检查预算公开（${KNOWN_TEMPLATES}），决算公开暂不支持，未做任何检查`,
        `this is a final accounts disclosure (${quote(detection.title)}), not a budget disclosure: only budget disclosures are read and checked (${KNOWN_TEMPLATES_EN}); nothing was checked`,
      ),
    );
  }
  if (detection.kind === "template") return readByTemplate(source, text, detection.template);
  const lines = source.lines;
  const warnings: ReadWarning[] = [];

  const titleLines: { no: TableNo; line: SourceLine; index: number }[] = [];
  const performanceStarts: number[] = [];
  let narrativeStart = -1;
  let appendixStart = -1;
  // One pass over the lines that can matter here: a table title ends with 表, a part heading starts with
  // 第 (or U+00A0, which folding drops and firstNonSpace keeps), the unit is named after 单位名称/部门名称.
  // It also collects, by first character, the lines that can name the unit or start 第二部分.
  const startingWithDanOrBu: SourceLine[] = [];
  const mayStartWithDi: number[] = [];
  for (const i of source.linesContaining(["表", "第", "名称", "\u00a0"])) {
    const line = lines[i];
    const first = firstNonSpace(line.text);
    if (first === 0x5355 || first === 0x90e8) startingWithDanOrBu.push(line);
    else if (first === 0x7b2c || first === 0xa0) mayStartWithDi.push(i);
    // Every marker this loop looks for starts with 第 or ends a title with 表.
    if (first !== 0x7b2c && line.text.indexOf("表") < 0) continue;
    if (line.blank) continue;
    if (isTocLine(line)) continue;
    // Only a line whose key starts with 第 can be 第三/四部分: other lines (paragraphs that mention a
    // 表) are not folded for it.
    const mayBePart = first === 0x7b2c || first === 0xa0;
    if (mayBePart && narrativeStart < 0 && /^第三部分/.test(line.key) && titleLines.length > 0) {
      narrativeStart = i;
      continue;
    }
    if (mayBePart && appendixStart < 0 && narrativeStart >= 0 && /^第四部分/.test(line.key)) {
      appendixStart = i;
      continue;
    }
    if (isPerformanceTitle(line)) {
      performanceStarts.push(i);
      continue;
    }
    // Titles are short: a line over TITLE_MAX_LENGTH characters without white space to fold away keeps
    // that length as its key, which matchTableTitle refuses.
    if (line.text.length > TITLE_MAX_LENGTH && !FOLDED_SPACE.test(line.text)) continue;
    const no = matchTableTitle(line.key);
    if (no !== null && (narrativeStart < 0 || appendixStart >= 0 || i < narrativeStart)) titleLines.push({ no, line, index: i });
  }

  // Text copied out of a PDF viewer (or pdftotext -layout) separates cells by spaces: its tables would
  // read as empty. Say so instead of reporting empty tables and false errors.
  if (titleLines.length > 0 && text.indexOf("\t") < 0) {
    return refuse(
      L(
        "未找到制表符分隔的表格：这段文字的表格单元格之间没有制表符（从PDF阅读器复制或转换的文字通常如此），无法读出表格中的数字。请直接打开PDF文件",
        "no TAB-separated tables: the cells of this text are not separated by TABs (as in text copied from a PDF viewer), so the tables' figures cannot be read. Open the PDF itself",
      ),
    );
  }

  const boundaries = new Set<number>([...titleLines.map((t) => t.index), ...performanceStarts]);
  if (narrativeStart >= 0) boundaries.add(narrativeStart);
  if (appendixStart >= 0) boundaries.add(appendixStart);
  const sortedBoundaries = [...boundaries].sort((a, b) => a - b);
  const nextBoundary = (index: number) => sortedBoundaries.find((b) => b > index) ?? lines.length;

  const unit = findUnit(lines, startingWithDanOrBu);
  let endsIn: ReadExtent["endsIn"] = { kind: "other" };
  const tables: DisclosureTable[] = [];
  const seen = new Set<TableNo>();
  for (const title of titleLines) {
    if (seen.has(title.no)) {
      warnings.push({
        line: title.line.no,
        ...splitMessage(
          L(
            `第${title.line.no}行又出现一张“${tableSpec(title.no).title}”（表${title.no}），可能附带了其他单位或其他文件的报表，已忽略`,
            `line ${title.line.no} starts another ${quote(tableSpec(title.no).title)} (table ${title.no}), perhaps another unit's or another file's; ignored`,
          ),
        ),
      });
      continue;
    }
    seen.add(title.no);
    const end = nextBoundary(title.index);
    if (end === lines.length) endsIn = { kind: "table", no: title.no, line: title.line.no };
    const body = lines.slice(title.index + 1, end);
    tables.push(parseTable(title.no, title.line, body, { unit, warnings }));
  }
  tables.sort((a, b) => a.no - b.no);
  for (const no of TABLE_NUMBERS) {
    if (!seen.has(no))
      warnings.push({ line: null, ...splitMessage(L(`缺少表${no}“${tableSpec(no).title}”`, `table ${no} (${EN_TABLE_NAMES[no]}) is missing`)) });
  }

  // 第三部分: narrative lines, with the performance tables (attached inside section 十) taken out.
  const performance: PerformanceTable[] = [];
  const narrativeLines: SourceLine[] = [];
  // The section headings found on the way, for readNarrative not to look for them again.
  const headings = new Map<SourceLine, SectionHeading>();
  if (narrativeStart >= 0 || performanceStarts.length > 0) {
    const from = narrativeStart >= 0 ? narrativeStart + 1 : performanceStarts[0];
    const to = appendixStart > from ? appendixStart : lines.length;
    let section = 0;
    let performanceBlock: SourceLine[] | null = null;
    const flush = () => {
      if (performanceBlock) performance.push(readPerformanceTable(performanceBlock, warnings));
      performanceBlock = null;
    };
    // A performance table's title holds 绩效目: only those lines are tested for one.
    const mayBeTitle = source.linesContaining(["绩效目"], from, to);
    let nextMayBeTitle = 0;
    for (let i = from; i < to; i++) {
      const line = lines[i];
      const tested = nextMayBeTitle < mayBeTitle.length && mayBeTitle[nextMayBeTitle] === i;
      if (tested) nextMayBeTitle++;
      if (tested && isPerformanceTitle(line)) {
        flush();
        performanceBlock = [line];
        continue;
      }
      const heading = sectionHeading(line, section);
      if (heading) {
        flush();
        section = heading.no;
        headings.set(line, heading);
      }
      if (performanceBlock) (performanceBlock as SourceLine[]).push(line);
      else narrativeLines.push(line);
    }
    if (performanceBlock && to === lines.length) endsIn = { kind: "performance", line: (performanceBlock as SourceLine[])[0].no };
    flush();
  }
  const narrative = readNarrative(narrativeLines, unit, headings);

  if (tables.length === 0 && narrative.length === 0) {
    return refuse(
      L(
        "未找到预算公开的标准表格（如“预算收支总表”）或情况说明，这似乎不是预算公开文件",
        "no standard table of a budget disclosure (such as “预算收支总表”) and no narrative was found; this does not seem to be a budget disclosure",
      ),
    );
  }
  if (narrativeStart < 0)
    warnings.push({ line: null, ...splitMessage(L("未找到“第三部分 情况说明”", "part three, the narrative (“第三部分 情况说明”), was not found")) });
  const replacedLines = linesWithReplacements(text);
  const replaced = replacedBytesNotice(replacedLines);
  if (replaced) warnings.push({ line: replacedLines[0], message: replaced.zh, messageEn: replaced.en });

  const { year, level } = findYearAndLevel(
    lines,
    titleLines.map((t) => t.line),
  );
  return {
    ok: true,
    disclosure: {
      unit,
      year,
      level,
      unitType: findUnitType(lines, mayStartWithDi, tables),
      tables,
      narrative,
      performance,
      warnings,
      lineCount: lines.length,
      source: lines,
      extent: { endsIn, replacedLines },
    },
  };
}
