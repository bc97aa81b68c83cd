import { parseAmount, parsePercent } from "../amount";
import type { NarrativeFigure, NarrativeSection } from "../model";
import { type SourceLine, chineseNumeral } from "./text";

/** Keywords that identify each section of 第三部分, so stray numbered lines are not taken for headings. */
const SECTION_KEYWORDS: Record<number, RegExp> = {
  1: /收支|变动/,
  2: /收入/,
  3: /支出/,
  4: /财政拨款/,
  5: /一般公共预算/,
  6: /基本支出/,
  7: /三公/,
  8: /机关运行/,
  9: /采购/,
  10: /绩效/,
  11: /资产/,
  12: /其他/,
};

const NUMERAL_CODES = new Set([..."一二三四五六七八九十"].map((c) => c.charCodeAt(0)));

/** The first char code that folding keeps (it drops spaces, tabs, CR, U+3000 and U+00A0); -1 if none. */
function firstUnspaced(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 0x3000 && c !== 0xa0) return c;
  }
  return -1;
}

const HEADING = /^([一二三四五六七八九十]{1,3})、(.{2,40})$/;

export function sectionHeading(line: SourceLine, after: number): { no: number; title: string } | null {
  // Cheap tests before folding the line. A heading starts with a Chinese numeral (after the white
  // space folding removes), which rules out nearly every line by its first character.
  if (line.text.length > 80 || !NUMERAL_CODES.has(firstUnspaced(line.text))) return null;
  if (line.text.indexOf("、") < 0) return null;
  if (line.cells.length !== 1) return null;
  const m = HEADING.exec(line.key);
  if (!m || m[2].endsWith("。")) return null;
  const no = chineseNumeral(m[1]);
  if (no === null || no <= after || no > 12 || !SECTION_KEYWORDS[no].test(m[2])) return null;
  return { no, title: line.cells[0] };
}

const SENTENCE_END = /[。;；:：!！？?]$/;

/** Joins the section's lines into one text, remembering where each line starts. */
function joinLines(lines: SourceLine[]): { text: string; starts: number[]; lineNos: number[] } {
  // Pieces joined once at the end: testing a growing concatenated string would flatten it every line.
  const pieces: string[] = [];
  let length = 0;
  let previous = "";
  const starts: number[] = [];
  const lineNos: number[] = [];
  for (const line of lines) {
    // Raw text, not the folded key: narrative lines are long paragraphs and folding them is costly.
    if (line.blank) continue;
    const raw = line.text.indexOf("\t") >= 0 ? line.cells.join("") : line.text.trim();
    if (/^\d{1,3}$/.test(raw) || /(结构图|分布图)$/.test(raw)) continue;
    // A line that ends mid-sentence continues on the next one (numbers are split across lines too).
    const subHeading = raw.length <= 32 && /^[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．]/.test(raw);
    if (length > 0 && (subHeading || SENTENCE_END.test(previous))) {
      pieces.push("\n");
      length++;
    }
    starts.push(length);
    lineNos.push(line.no);
    pieces.push(raw);
    length += raw.length;
    if (raw !== "") previous = raw;
    if (subHeading) {
      pieces.push("\n");
      length++;
      previous = "\n";
    }
  }
  return { text: pieces.join(""), starts, lineNos };
}

function lineAt(offset: number, starts: number[], lineNos: number[]): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lineNos[lo] ?? 0;
}

const FIGURE = /(\d[\d,，]*(?:\s*\.\s*\d+)?)\s*(万元|元|%|％|个)/g;
/** , ， ; ； 。 : ： 、 and a line break end a clause (compared as char codes: this runs for every character before a figure). */
function isClauseBreak(c: number): boolean {
  return c === 44 || c === 0xff0c || c === 59 || c === 0xff1b || c === 0x3002 || c === 58 || c === 0xff1a || c === 0x3001 || c === 10;
}
const SEGMENT_BREAK = /[;；。\n]/;

function cleanLabel(prefix: string, unit: string | null): string {
  let label = prefix.replace(/^[\s"“”]+|[\s"“”]+$/g, "");
  label = label.replace(/^(其中|主要包括|主要用于以下方面|支出包括|包括|共计|合计)/, "");
  label = label.replace(/^20\d\d年度?/, "");
  if (unit) label = label.replace(unit, "");
  label = label.replace(/^(本单位|本部门|我单位)/, "").replace(/^的/, "");
  return label.replace(/\s+/g, "");
}

/** Extracts the figures a section states: amounts with their shares and year-on-year changes, and counts. */
export function extractFigures(lines: SourceLine[], unit: string | null): { text: string; figures: NarrativeFigure[] } {
  const { text, starts, lineNos } = joinLines(lines);
  const figures: NarrativeFigure[] = [];
  let previousEnd = 0;
  let segmentFirst: NarrativeFigure | null = null;
  let segmentFirstEnd = 0;
  let current: NarrativeFigure | null = null;
  let changeTarget: NarrativeFigure | null = null;
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(text); m !== null; m = FIGURE.exec(text)) {
    const start = m.index;
    // Start a new segment when a ；/。 lies between the previous figure and this one.
    const between = text.slice(previousEnd, start);
    if (SEGMENT_BREAK.test(between)) segmentFirst = null;
    // The figure's own clause: from the last break (or the previous figure) up to the number.
    let clauseStart = previousEnd;
    for (let i = start - 1; i >= previousEnd; i--)
      if (isClauseBreak(text.charCodeAt(i))) {
        clauseStart = i + 1;
        break;
      }
    const prefix = text.slice(clauseStart, start);
    const unitWord = m[2];
    const numberText = m[1].indexOf("，") >= 0 ? m[1].replace(/，/g, ",") : m[1];
    const line = lineAt(start, starts, lineNos);
    previousEnd = start + m[0].length;

    if (unitWord === "%" || unitWord === "％") {
      const percent = parsePercent(numberText);
      if (percent === null) continue;
      const word = /(增长|下降)\s*$/.exec(prefix);
      if (word && changeTarget?.change) {
        changeTarget.change.percent = percent;
        changeTarget.change.percentWord = word[1] as "增长" | "下降";
      } else if (/占/.test(prefix) && current) {
        current.share = percent;
      }
      continue;
    }
    if (unitWord === "个") {
      const value = Number(numberText.replace(/[,\s]/g, ""));
      if (!Number.isInteger(value)) continue;
      figures.push({ kind: "count", label: cleanLabel(prefix, unit), value, line });
      continue;
    }
    let amount = parseAmount(numberText);
    if (amount === null) continue;
    if (unitWord === "元") amount = Math.round(amount / 10000);
    const changeWord = /(增加|减少)\s*$/.exec(prefix);
    if (changeWord) {
      // A change after a breakdown ("…，其中：…，上年结转0万元，比上年增加…") speaks of the segment's head figure.
      const saysOfHead = segmentFirst !== null && text.slice(segmentFirstEnd, start).includes("其中");
      const target = saysOfHead ? segmentFirst : current;
      // Only the first change stated for a figure counts; the reasons often repeat the amount.
      if (target && !target.change) {
        target.change = { direction: changeWord[1] === "增加" ? "increase" : "decrease", amount, percent: null };
        changeTarget = target;
      }
      continue;
    }
    const figure: NarrativeFigure = { kind: "amount", label: cleanLabel(prefix, unit), value: amount, line };
    figures.push(figure);
    current = figure;
    if (segmentFirst === null) {
      segmentFirst = figure;
      segmentFirstEnd = previousEnd;
    }
    // "与上年预算数相同" right after the figure: no change.
    const after = text.slice(previousEnd, previousEnd + 16);
    if (/^[,，]?\s*(与上年|与20\d\d年)[^,，;；。]*(相同|持平)/.test(after)) {
      figure.change = { direction: "same", amount: 0, percent: null };
    }
  }
  return { text, figures };
}

export function readNarrative(lines: SourceLine[], unit: string | null): NarrativeSection[] {
  const sections: NarrativeSection[] = [];
  let open: { no: number; title: string; line: number; body: SourceLine[] } | null = null;
  const close = () => {
    if (!open) return;
    const { text, figures } = extractFigures(open.body, unit);
    sections.push({ no: open.no, title: open.title, line: open.line, text, figures });
  };
  for (const line of lines) {
    const heading = sectionHeading(line, open?.no ?? 0);
    if (heading) {
      close();
      open = { no: heading.no, title: heading.title, line: line.no, body: [] };
    } else if (open) {
      open.body.push(line);
    }
  }
  close();
  return sections;
}
