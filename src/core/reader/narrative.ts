import { parseAmount, parsePercent } from "../amount";
import type { NarrativeFigure, NarrativeSection } from "../model";
import { type SourceLine, chineseNumeral, isWhiteSpace } from "./text";

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

/** 一 二 三 四 五 六 七 八 九 十 (a switch: this runs for every line of 第三部分). */
function isChineseNumeral(c: number): boolean {
  switch (c) {
    case 0x4e00:
    case 0x4e8c:
    case 0x4e09:
    case 0x56db:
    case 0x4e94:
    case 0x516d:
    case 0x4e03:
    case 0x516b:
    case 0x4e5d:
    case 0x5341:
      return true;
    default:
      return false;
  }
}

/** The first char code that folding keeps (it drops spaces, tabs, CR, U+3000 and U+00A0); -1 if none. */
function firstUnspaced(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 0x3000 && c !== 0xa0) return c;
  }
  return -1;
}

const HEADING = /^([一二三四五六七八九十]{1,3})、(.{2,40})$/;

export interface SectionHeading {
  no: number;
  title: string;
}

export function sectionHeading(line: SourceLine, after: number): SectionHeading | null {
  // Cheap tests before folding the line. A heading starts with a Chinese numeral (after the white
  // space folding removes), which rules out nearly every line by its first character.
  if (line.text.length > 80 || !isChineseNumeral(firstUnspaced(line.text))) return null;
  if (line.text.indexOf("、") < 0) return null;
  if (line.cells.length !== 1) return null;
  const m = HEADING.exec(line.key);
  if (!m || m[2].endsWith("。")) return null;
  const no = chineseNumeral(m[1]);
  if (no === null || no <= after || no > 12 || !SECTION_KEYWORDS[no].test(m[2])) return null;
  return { no, title: line.cells[0] };
}

/** 。 ; ； : ： ! ！ ？ ? end a sentence: a line ending with one is not continued by the next. */
export function endsSentence(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c === 0x3002 || c === 59 || c === 0xff1b || c === 58 || c === 0xff1a || c === 33 || c === 0xff01 || c === 0xff1f || c === 63;
}

const SUB_HEADING = /^[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．]/;
/** What a numbered sub-heading ("（一）", "1.", "二、") can start with. */
const SUB_HEADING_FIRST = new Set([..."(（一二三四五六七八九十0123456789"].map((c) => c.charCodeAt(0)));

/** A page number (1 to 3 digits) or a chart's caption: lines that are not part of the text. */
export function isPageNumberOrCaption(raw: string): boolean {
  if (raw.length <= 3 && /^\d{1,3}$/.test(raw)) return true;
  return raw.endsWith("结构图") || raw.endsWith("分布图");
}

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
    if (isPageNumberOrCaption(raw)) continue;
    // A line that ends mid-sentence continues on the next one (numbers are split across lines too).
    const subHeading = raw.length <= 32 && SUB_HEADING_FIRST.has(raw.charCodeAt(0)) && SUB_HEADING.test(raw);
    if (length > 0 && (subHeading || endsSentence(previous))) {
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

/** A figure in the narrative: where it starts, where its number ends, where it ends, and its unit word. */
interface FigureMatch {
  start: number;
  numberEnd: number;
  end: number;
  unit: "万元" | "元" | "%" | "％" | "个";
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** The unit word at `at`, if any: 万元, 元, %, ％ or 个. */
function unitAt(text: string, at: number): FigureMatch["unit"] | null {
  switch (text.charCodeAt(at)) {
    case 0x4e07: // 万
      return text.charCodeAt(at + 1) === 0x5143 ? "万元" : null;
    case 0x5143:
      return "元";
    case 37:
      return "%";
    case 0xff05:
      return "％";
    case 0x4e2a:
      return "个";
    default:
      return null;
  }
}

/**
 * The next figure from `from` on, as /(\d[\d,，]*(?:\s*\.\s*\d+)?)\s*(万元|元|%|％|个)/g would find it,
 * written as a scan: the expression retried its match at every digit of every number that is not a
 * figure (years, dates, codes). A failed number fails from any digit of its run of digits and commas
 * too, so the scan resumes after the run.
 */
export function nextFigure(text: string, from: number): FigureMatch | null {
  const n = text.length;
  let p = from;
  for (;;) {
    while (p < n && !isDigit(text.charCodeAt(p))) p++;
    if (p >= n) return null;
    const start = p;
    let runEnd = p + 1;
    for (let c = text.charCodeAt(runEnd); isDigit(c) || c === 44 || c === 0xff0c; c = text.charCodeAt(++runEnd));
    let numberEnd = runEnd;
    let i = runEnd;
    while (i < n && isWhiteSpace(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) === 46) {
      i++;
      while (i < n && isWhiteSpace(text.charCodeAt(i))) i++;
      if (isDigit(text.charCodeAt(i))) {
        while (isDigit(text.charCodeAt(i))) i++;
        numberEnd = i;
      }
    }
    let at = numberEnd;
    while (at < n && isWhiteSpace(text.charCodeAt(at))) at++;
    const unit = unitAt(text, at);
    if (unit !== null) return { start, numberEnd, end: at + unit.length, unit };
    p = runEnd;
  }
}
/** , ， ; ； 。 : ： 、 and a line break end a clause (compared as char codes: this runs for every character before a figure). */
function isClauseBreak(c: number): boolean {
  return c === 44 || c === 0xff0c || c === 59 || c === 0xff1b || c === 0x3002 || c === 58 || c === 0xff1a || c === 0x3001 || c === 10;
}
/** ; ； 。 and a line break end a segment (a figure's breakdown does not run past them). */
function isSegmentBreak(c: number): boolean {
  return c === 59 || c === 0xff1b || c === 0x3002 || c === 10;
}

const isQuoteOrSpace = (c: number) => c === 34 || c === 0x201c || c === 0x201d || isWhiteSpace(c);
const LABEL_LEAD_WORD = /^(其中|主要包括|主要用于以下方面|支出包括|包括|共计|合计)/;
/** First characters of the words above (其中 主要… 支出包括 包括 共计 合计). */
const LABEL_LEAD_FIRST = new Set([..."其主支包共合"].map((c) => c.charCodeAt(0)));

/**
 * The words before a figure as its label: without quotes and white space, a leading 其中/包括/…, the
 * year, the unit's name, 本单位/本部门/我单位 and 的. Each pattern runs only when the first character
 * allows it: this runs for every figure.
 */
export function cleanLabel(prefix: string, unit: string | null): string {
  let start = 0;
  let end = prefix.length;
  while (start < end && isQuoteOrSpace(prefix.charCodeAt(start))) start++;
  while (end > start && isQuoteOrSpace(prefix.charCodeAt(end - 1))) end--;
  let label = start === 0 && end === prefix.length ? prefix : prefix.slice(start, end);
  if (LABEL_LEAD_FIRST.has(label.charCodeAt(0))) label = label.replace(LABEL_LEAD_WORD, "");
  if (label.charCodeAt(0) === 50) label = label.replace(/^20\d\d年度?/, ""); // 2
  if (unit) {
    const at = label.indexOf(unit);
    if (at >= 0) label = label.slice(0, at) + label.slice(at + unit.length);
  }
  const first = label.charCodeAt(0);
  if (first === 0x672c || first === 0x6211) label = label.replace(/^(本单位|本部门|我单位)/, ""); // 本 我
  if (label.charCodeAt(0) === 0x7684) label = label.slice(1); // 的
  for (let i = 0; i < label.length; i++) if (isWhiteSpace(label.charCodeAt(i))) return label.replace(/\s+/g, "");
  return label;
}

/** The two-character word the text ends with before trailing white space, if it is `a` or `b`. */
export function endsWithWord(text: string, a: string, b: string): string | null {
  let end = text.length;
  while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  if (end < 2) return null;
  const c1 = text.charCodeAt(end - 2);
  const c2 = text.charCodeAt(end - 1);
  if (c1 === a.charCodeAt(0) && c2 === a.charCodeAt(1)) return a;
  if (c1 === b.charCodeAt(0) && c2 === b.charCodeAt(1)) return b;
  return null;
}

const SAME_AS_LAST_YEAR = /^[,，]?\s*(与上年|与20\d\d年)[^,，;；。]*(相同|持平)/;

/** Whether the text from `at` says "与上年…相同/持平" (within 16 characters, after an optional comma). */
export function saysSameAsLastYear(text: string, at: number): boolean {
  // The pattern needs 与 after an optional comma and white space: look for it before slicing.
  let i = at;
  const c = text.charCodeAt(i);
  if (c === 44 || c === 0xff0c) i++;
  while (i < at + 16 && isWhiteSpace(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== 0x4e0e) return false; // 与
  return SAME_AS_LAST_YEAR.test(text.slice(at, at + 16));
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
  for (let m = nextFigure(text, 0); m !== null; m = nextFigure(text, m.end)) {
    const start = m.start;
    // Start a new segment when a ；/。 lies between the previous figure and this one.
    for (let i = previousEnd; i < start; i++)
      if (isSegmentBreak(text.charCodeAt(i))) {
        segmentFirst = null;
        break;
      }
    // The figure's own clause: from the last break (or the previous figure) up to the number.
    let clauseStart = previousEnd;
    for (let i = start - 1; i >= previousEnd; i--)
      if (isClauseBreak(text.charCodeAt(i))) {
        clauseStart = i + 1;
        break;
      }
    const prefix = text.slice(clauseStart, start);
    const unitWord = m.unit;
    const printed = text.slice(start, m.numberEnd);
    const numberText = printed.indexOf("，") >= 0 ? printed.replace(/，/g, ",") : printed;
    const line = lineAt(start, starts, lineNos);
    previousEnd = m.end;

    if (unitWord === "%" || unitWord === "％") {
      const percent = parsePercent(numberText);
      if (percent === null) continue;
      const word = endsWithWord(prefix, "增长", "下降");
      if (word && changeTarget?.change) {
        changeTarget.change.percent = percent;
        changeTarget.change.percentWord = word as "增长" | "下降";
      } else if (prefix.indexOf("占") >= 0 && current) {
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
    const changeWord = endsWithWord(prefix, "增加", "减少");
    if (changeWord) {
      // A change after a breakdown ("…，其中：…，上年结转0万元，比上年增加…") speaks of the segment's head figure.
      const saysOfHead = segmentFirst !== null && text.slice(segmentFirstEnd, start).includes("其中");
      const target = saysOfHead ? segmentFirst : current;
      // Only the first change stated for a figure counts; the reasons often repeat the amount.
      if (target && !target.change) {
        target.change = { direction: changeWord === "增加" ? "increase" : "decrease", amount, percent: null };
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
    if (saysSameAsLastYear(text, previousEnd)) {
      figure.change = { direction: "same", amount: 0, percent: null };
    }
  }
  return { text, figures };
}

/**
 * The sections of 第三部分 and the figures each states. `headings`, when given, are the section headings
 * among the lines as sectionHeading found them in order (the reader finds them while taking out the
 * performance tables); otherwise each line is tested here.
 */
export function readNarrative(lines: SourceLine[], unit: string | null, headings?: ReadonlyMap<SourceLine, SectionHeading>): NarrativeSection[] {
  const sections: NarrativeSection[] = [];
  // Typed by assertion: narrowing `= null` would make TypeScript forget the loop's assignments.
  let open = null as { no: number; title: string; line: number; body: SourceLine[] } | null;
  const close = () => {
    if (!open) return;
    const { text, figures } = extractFigures(open.body, unit);
    sections.push({ no: open.no, title: open.title, line: open.line, text, figures });
  };
  for (const line of lines) {
    const heading: SectionHeading | null = headings ? (headings.get(line) ?? null) : sectionHeading(line, open?.no ?? 0);
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
