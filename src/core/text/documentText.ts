/**
 * The document's wording as the reviewer rules read it: each source line with the part of the
 * document it belongs to, and the 情况说明's sentences with their line numbers.
 */
import type { Disclosure, SourceTextLine } from "../model";
import { endsSentence, isPageNumberOrCaption } from "../reader/narrative";
import { SourceLine, isTocLine } from "../reader/text";

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

const SUB_HEADING = /^[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．]/;

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
  const headings = new Set(d.narrative.map((s) => s.line));
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

/** The line of each table title, with its table number. */
export function tableTitleLines(d: Disclosure): Map<number, number> {
  return new Map(d.tables.map((t) => [t.line, t.no]));
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
