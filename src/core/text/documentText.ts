/**
 * The document's wording as the reviewer rules read it: each source line with the part of the
 * document it belongs to, and the 情况说明's sentences with their line numbers.
 */
import type { Disclosure, SourceTextLine } from "../model";
import { endsSentence, isPageNumberOrCaption } from "../reader/narrative";
import { SourceLine, isTocLine } from "../reader/text";
import { contentsLines } from "../templates/read";
import { templateOf, type RequiredSection } from "../templates/requirements";

/**
 * Where a line is: the cover and 第一部分 (front), the tables, the 情况说明, an attached performance
 * target table, the glossary (第四部分 名词解释 and after), or a table-of-contents entry.
 */
export type LineRole = "toc" | "front" | "table" | "narrative" | "performance" | "glossary";

export class RoledLine {
  private folded: string | null = null;
  constructor(
    readonly no: number,
    readonly text: string,
    readonly role: LineRole,
    /** The 情况说明 section (1..12) a narrative or performance line belongs to. */
    readonly section: number | null,
  ) {}

  /** The text as prose (see proseOf), computed once: several rules read it. */
  get prose(): string {
    if (this.folded === null) this.folded = proseOf(this.text);
    return this.folded;
  }
}

export interface Sentence {
  /** The sentence with white space removed, ending with its 。；！？ if it has one. */
  text: string;
  section: number;
  /** Line where the sentence starts (the section's heading line when the source is not at hand). */
  line: number;
}

const cache = new WeakMap<Disclosure, RoledLine[]>();

function asSourceLine(line: SourceTextLine): SourceLine {
  return line instanceof SourceLine ? line : new SourceLine(line.no, line.text);
}

/** Whether the disclosure carries its source text (the reader's model does; a hand-built one may not). */
export function hasSource(d: Disclosure): boolean {
  return (d.source?.length ?? 0) > 0;
}

/** Every source line with its role; empty when the model carries no source. */
export function roledLines(d: Disclosure): RoledLine[] {
  const cached = cache.get(d);
  if (cached) return cached;
  if (d.template && d.template !== "shanxi-13") {
    const roled = templateRoledLines(d).lines;
    cache.set(d, roled);
    return roled;
  }
  const source = d.source ?? [];
  const firstTable = Math.min(...d.tables.map((t) => t.line), Infinity);
  const sections = [...d.narrative].sort((a, b) => a.line - b.line);
  const narrativeStart = sections.length > 0 ? sections[0].line : Infinity;
  let glossaryStart = Infinity;
  const afterNarrative = Number.isFinite(narrativeStart) ? narrativeStart : Math.max(...d.tables.map((t) => t.line), 0);
  for (const line of source) {
    if (line.no <= afterNarrative || (line.text.indexOf("第四部分") < 0 && line.text.indexOf("名词解释") < 0)) continue;
    const key = line.text.replace(/[\s*#]/g, "");
    if ((/^第四部分/.test(key) || key === "名词解释") && !isTocLine(asSourceLine(line))) {
      glossaryStart = line.no;
      break;
    }
  }
  const sectionAt = (no: number): number | null => {
    let found: number | null = null;
    for (const s of sections) if (s.line <= no) found = s.no;
    return found;
  };
  const headingLines = sections.map((s) => s.line);
  const performanceBlocks = d.performance.map((p) => {
    const next = headingLines.find((l) => l > p.line) ?? Infinity;
    return [p.line, Math.min(next, glossaryStart)] as const;
  });
  const roled = source.map((line): RoledLine => {
    const no = line.no;
    let role: LineRole;
    if (no >= glossaryStart) role = "glossary";
    else if (no >= narrativeStart) role = performanceBlocks.some(([from, to]) => no >= from && no < to) ? "performance" : "narrative";
    else if (no >= firstTable) role = "table";
    else role = "front";
    // The table of contents comes before the tables: later "……" is a placeholder, not a dot leader.
    if (role === "front" && isTocLine(asSourceLine(line))) role = "toc";
    return new RoledLine(no, line.text, role, role === "narrative" || role === "performance" ? sectionAt(no) : null);
  });
  cache.set(d, roled);
  return roled;
}

/** The line's text as prose: cells joined, white space and markup marks removed. */
export function proseOf(text: string): string {
  return text.replace(/\*\*/g, "").replace(/[\s\u3000\u00a0]+/g, "");
}

/** 。 ； ; ！ ! ？ ? end a sentence (char codes: this runs for every character of the narrative). */
function endsSentenceAt(c: number): boolean {
  return c === 0x3002 || c === 0xff1b || c === 59 || c === 0xff01 || c === 33 || c === 0xff1f || c === 63;
}

function splitSentences(paragraph: string, section: number, line: number, at: (offset: number) => number): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (let i = 0; i < paragraph.length; i++) {
    if (endsSentenceAt(paragraph.charCodeAt(i)) || i === paragraph.length - 1) {
      const text = paragraph.slice(start, i + 1);
      if (text.length > 0) out.push({ text, section, line: at(start) || line });
      start = i + 1;
    }
  }
  return out;
}

/** "（一）", "1.", "二、" — not "54.9%", a figure wrapped to the line's start. */
const SUB_HEADING = /^[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．](?!\d)/;

/**
 * The 情况说明's sentences, section by section (performance target tables left out). Lines that end
 * mid-sentence are joined with the next, as the page broke them.
 */
export function narrativeSentences(d: Disclosure): Sentence[] {
  const cached = sentenceCache.get(d);
  if (cached) return cached;
  const sentences = readSentences(d);
  sentenceCache.set(d, sentences);
  return sentences;
}

const sentenceCache = new WeakMap<Disclosure, Sentence[]>();

function readSentences(d: Disclosure): Sentence[] {
  if (!hasSource(d)) {
    return d.narrative.flatMap((s) => s.text.split("\n").flatMap((p) => splitSentences(proseOf(p), s.no, s.line, () => s.line)));
  }
  const sentences: Sentence[] = [];
  let paragraph = "";
  let starts: { offset: number; line: number }[] = [];
  let section = 0;
  const flush = () => {
    if (paragraph) {
      const at = (offset: number) => {
        let line = starts[0].line;
        for (const s of starts) if (s.offset <= offset) line = s.line;
        return line;
      };
      sentences.push(...splitSentences(paragraph, section, starts[0].line, at));
    }
    paragraph = "";
    starts = [];
  };
  const headings = new Set(narrativeParts(d).map((s) => s.line));
  for (const line of roledLines(d)) {
    if (line.role !== "narrative" || line.section === null) continue;
    const text = line.prose;
    // Watermarks (仅供内部审核) fold to blank, as the reader sees them.
    if (text === "" || isPageNumberOrCaption(text) || (text === "仅供内部审核" && asSourceLine(line).blank)) continue;
    const heading = headings.has(line.no);
    if (line.section !== section || heading || SUB_HEADING.test(text) || (paragraph && endsSentence(paragraph))) flush();
    section = line.section;
    if (heading) continue;
    starts.push({ offset: paragraph.length, line: line.no });
    paragraph += text;
    if (SUB_HEADING.test(text) && text.length <= 32) flush();
  }
  flush();
  return sentences;
}

/**
 * The lines the wording rules read: the source lines with their roles, or, for a model built without
 * its source, the table titles and the sections' text (each at the title's or heading's line).
 */
export function scannableLines(d: Disclosure): RoledLine[] {
  if (hasSource(d)) return roledLines(d);
  return [
    ...d.tables.map((t) => new RoledLine(t.line, t.title, "table", null)),
    ...d.narrative.flatMap((s) => s.text.split("\n").map((text) => new RoledLine(s.line, text, "narrative", s.no))),
  ];
}

/** The line of each table title, with its table number (in its template's numbering). */
export function tableTitleLines(d: Disclosure): Map<number, number> {
  if (d.templateTables) return new Map(d.templateTables.filter((t) => t.found && t.line !== null).map((t) => [t.line!, t.no]));
  return new Map(d.tables.map((t) => [t.line, t.no]));
}

/** A section of the narrative as the reviewer rules see it, in any template. */
export interface NarrativePart {
  /** Shanxi: 1..12 (一 … 十二); other templates: the number of the requirement it meets. */
  no: number;
  /** The heading as printed (Shanxi: as the reader gives it). */
  title: string;
  /** The heading's line. */
  line: number;
  /** The section's lines, joined by newlines. */
  text: string;
}

/**
 * The narrative's sections: Shanxi's as the reader found them; another template's by the headings its
 * requirements name (src/core/templates/requirements.ts), found in the narrative the reader delimited.
 */
export function narrativeParts(d: Disclosure): NarrativePart[] {
  if (!d.template || d.template === "shanxi-13") return d.narrative.map((s) => ({ no: s.no, title: s.title, line: s.line, text: s.text }));
  return templateRoledLines(d).parts;
}

/** Parts before the narrative another template requires (Shanghai: 主要职能, 机构设置), as found. */
export function frontParts(d: Disclosure): NarrativePart[] {
  if (!d.template || d.template === "shanxi-13") return [];
  return templateRoledLines(d).front;
}

/** The narrative was read (another template's document may be its tables only: Jiangsu's -tables PDFs). */
export function narrativeRead(d: Disclosure): boolean {
  if (!d.template || d.template === "shanxi-13") return d.narrative.length > 0;
  return (d.templateSections?.length ?? 0) > 0;
}

interface TemplateLines {
  lines: RoledLine[];
  parts: NarrativePart[];
  front: NarrativePart[];
}

const templateCache = new WeakMap<Disclosure, TemplateLines>();

/** An entry of a contents page: numbered (一、 1. 第二部分 公开01表) or the contents' own title. */
const TOC_ENTRY = /^(?:目录|\d{1,2}[.、]|[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]部分|公开\d{1,2}表)/;

/** A heading as the requirements' patterns see it: folded, quotes removed. */
const headingKey = (line: SourceLine) => line.key.replace(/["'‘’]/g, "");

function matchHeading(sections: readonly RequiredSection[], line: SourceLine): RequiredSection | undefined {
  if (line.blank || line.cells.length > 2) return undefined;
  const key = headingKey(line);
  if (key.length > 48) return undefined;
  return sections.find((s) => s.heading?.test(key));
}

/**
 * Another template's lines with their roles: the reader gives where its tables start and which lines
 * its narrative sections hold; a 名词解释 heading starts the glossary (Shanghai prints it before the
 * narrative, Jiangsu as 第四部分); the contents page is "toc"; anything else is "front" (cover, 主要职能,
 * Shanghai's 项目经费情况说明). Within the narrative, each required section starts at its heading.
 */
function templateRoledLines(d: Disclosure): TemplateLines {
  const cached = templateCache.get(d);
  if (cached) return cached;
  const source = (d.source ?? []).map(asSourceLine);
  const template = templateOf(d);
  // The contents: its numbered entries only (Shanghai's has no repeat of an entry before the body's
  // "X主要职能", which must stay a heading of the body).
  const toc = new Set<number>();
  for (const i of [...contentsLines(source)].sort((a, b) => a - b)) {
    const key = source[i].key;
    if (toc.size > 0 && !source[i].blank && !TOC_ENTRY.test(key) && !isTocLine(source[i])) break;
    toc.add(i);
  }
  const boundaries = new Map<number, LineRole>();
  for (const t of d.templateTables ?? []) if (t.found && t.line !== null) boundaries.set(t.line, "table");
  const narrativeLines = new Set<number>();
  const readerHeadings = new Set((d.templateSections ?? []).map((s) => s.line));
  for (const s of d.templateSections ?? []) {
    narrativeLines.add(s.line);
    for (const p of s.paragraphs) narrativeLines.add(p.line);
  }
  source.forEach((line, i) => {
    if (toc.has(i) || line.blank || narrativeLines.has(line.no) || boundaries.has(line.no)) return;
    const key = line.key;
    if ((key === "名词解释" || /^第[四五]部分名词解释$/.test(key)) && !isTocLine(line)) boundaries.set(line.no, "glossary");
  });
  const lines: RoledLine[] = [];
  const parts: NarrativePart[] = [];
  const front: NarrativePart[] = [];
  let block: LineRole = "front";
  let section: NarrativePart | null = null;
  let frontPart: NarrativePart | null = null;
  source.forEach((line, i) => {
    let role: LineRole;
    if (toc.has(i) || (block === "front" && isTocLine(line))) role = "toc";
    else if (narrativeLines.has(line.no)) role = "narrative";
    else {
      const starts = boundaries.get(line.no);
      if (starts) block = starts;
      else if (block === "narrative") block = "front";
      role = block === "narrative" ? "front" : block;
    }
    if (role === "narrative") {
      block = "narrative";
      const required = matchHeading(template.requiredSections, line);
      if (required && !parts.some((p) => p.no === required.no)) {
        section = { no: required.no, title: proseOf(line.text), line: line.no, text: "" };
        parts.push(section);
      } else if (readerHeadings.has(line.no))
        section = null; // 其他相关情况说明: its own sections follow
      else if (section) section.text += (section.text ? "\n" : "") + line.text.trim();
    } else if (role === "front") {
      const required = matchHeading(template.requiredFront, line);
      if (required && !front.some((p) => p.no === required.no)) {
        frontPart = { no: required.no, title: proseOf(line.text), line: line.no, text: "" };
        front.push(frontPart);
      } else if (frontPart) frontPart.text += (frontPart.text ? "\n" : "") + line.text.trim();
    }
    lines.push(new RoledLine(line.no, line.text, role, role === "narrative" ? ((section as NarrativePart | null)?.no ?? null) : null));
  });
  const result = { lines, parts, front };
  templateCache.set(d, result);
  return result;
}

/** A short quotation of `text` around `at` for a message. */
export function excerpt(text: string, at: number, length: number): string {
  const from = Math.max(0, at - 10);
  const to = Math.min(text.length, at + length + 10);
  return `${from > 0 ? "…" : ""}${text.slice(from, to).trim()}${to < text.length ? "…" : ""}`;
}

/** The lines the wording rules read: every scannable line but the table of contents and the glossary, which are exempt. */
export function wordingLines(d: Disclosure): RoledLine[] {
  return scannableLines(d).filter((line) => line.role !== "toc" && line.role !== "glossary");
}
