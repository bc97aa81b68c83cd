/**
 * The figures and year-on-year statements of a narrative read by a template other than Shanxi's (the
 * template reader gives its sections as lines, not figures). Jiangsu words a change many ways — "与上年
 * 相比增加X万元，增长y%", "比上年预算减少X万元", "本年数小于上年预算数X万元", "与上年预算数相等", "与上年
 * 度持平", "与上年数一致" — and often states the figure in one sentence and its change in the next
 * ("基本支出预算数为13,994.31万元。与上年相比增加…"). Each statement becomes a NarrativeFigure with its
 * change, so the comparison treats it as it treats Shanxi's.
 */
import { parseAmount, parsePercent } from "../amount";
import type { Disclosure, NarrativeFigure, NarrativeSection } from "../model";

/** One section of the narrative: its numbered heading (一、… 十三、) and the lines under it. */
interface RawSection {
  no: number;
  title: string;
  line: number;
  lines: { line: number; text: string }[];
}

const NUMERALS = "一二三四五六七八九十";
const HEADING = /^([一二三四五六七八九十]{1,3})、([^。；;]{2,40})$/;

function numeralValue(text: string): number {
  if (text === "十") return 10;
  if (text.length === 1) return NUMERALS.indexOf(text) + 1;
  if (text.startsWith("十")) return 10 + NUMERALS.indexOf(text[1]) + 1;
  if (text.length === 2) return (NUMERALS.indexOf(text[0]) + 1) * 10;
  return (NUMERALS.indexOf(text[0]) + 1) * 10 + NUMERALS.indexOf(text[2]) + 1;
}

/** The narrative's sections, split at every numbered heading among the lines the template reader gave its sections. */
function rawSections(d: Disclosure): RawSection[] {
  const sections: RawSection[] = [];
  for (const read of d.templateSections ?? []) {
    sections.push({ no: read.no, title: read.title, line: read.line, lines: [] });
    for (const p of read.paragraphs) {
      const compact = p.text.replace(/\s+/g, "");
      const m = HEADING.exec(compact);
      if (m && !/\d万元/.test(compact)) sections.push({ no: numeralValue(m[1]), title: compact, line: p.line, lines: [] });
      else sections[sections.length - 1].lines.push(p);
    }
  }
  return sections;
}

/** The section's text without white space (the PDF source spaces out some lines: "江 苏 省"), and the line of each character. */
function joined(lines: RawSection["lines"]): { text: string; lineAt: number[] } {
  let text = "";
  const lineAt: number[] = [];
  for (const { line, text: raw } of lines) {
    const compact = raw.replace(/\s+/g, "");
    if (compact === "") continue;
    // A line that ends a sentence ends its paragraph; a wrapped one continues on the next.
    if (text !== "" && /[。；;：:]$/.test(text)) {
      text += "\n";
      lineAt.push(line);
    }
    text += compact;
    for (let i = 0; i < compact.length; i++) lineAt.push(line);
  }
  return { text, lineAt };
}

const AMOUNT = String.raw`(\d[\d,，]*(?:\.\d+)?)万元`;
const FIGURE = new RegExp(AMOUNT, "g");
/** Last year named: 上年, 上年度, 上年预算数, 2017年, 上年数 … */
const LAST_YEAR = String.raw`(?:上年度?|上一年度?|20\d\d年度?)(?:预算数?|数)?`;
/** "与上年相比…增加X万元", "比上年预算减少X万元", "较上年增加X万元". */
const CHANGE = new RegExp(String.raw`(?:与|比|较)${LAST_YEAR}(?:相比)?[，,]?([^。；;，,\d]{0,12}?)(增加|减少|多|少)(?:[(（](?:增加|减少)[)）])?` + AMOUNT, "g");
/** "本年数小于上年预算数40.05万元". */
const COMPARED = new RegExp(String.raw`本年(?:数|度)?(小于|大于|少于|多于)${LAST_YEAR}` + AMOUNT, "g");
/** "…407.81万元，今年新增支出", "此项支出是今年新增支出": nothing last year. */
const NEW_ITEM = /^[，,]?(?:此项支出)?是?(?:今年|本年度?)新增/;
/** "与上年预算数相等", "与上年度持平", "与上年数一致", "与上年相比持平", "与上年相未发生变化". */
const SAME = new RegExp(String.raw`(?:与|和|同)${LAST_YEAR}(?:相比)?[，,]?(?:相)?(相同|持平|一致|相等|未发生变化|没有变化|无变化)`, "g");
/** The rate after a change: "，增长21.95%", "，降幅9.1%", "（…），增长16倍" (a multiple is not a rate this checks). */
const RATE = /^(?:[(（][^)）]*[)）])?[，,]?(?:增长|下降|降幅|增幅|减少|增加|降低|上升|减幅)(?:[(（](?:增加|减少|降低)[)）])?(\d+(?:\.\d+)?)%/;

/** Words before a figure that are not its name: numbering, the unit and year, 本部门, "…安排的". */
function labelOf(prefix: string): string {
  let label = prefix
    .replace(/^[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．]/, "")
    .replace(/^.*20\d\d年度?/, "")
    .replace(/^(本部门|本单位|我部门|我单位|部门)/, "")
    .replace(/^.*安排的/, "")
    .replace(/^(此外|其中|包括)[，,:：]?/, "");
  if (label === "") label = prefix;
  return label;
}

interface Found {
  figure: NarrativeFigure;
  start: number;
  end: number;
}

function extract(text: string, lineAt: number[]): NarrativeFigure[] {
  const found: Found[] = [];
  const changeAmounts = new Set<number>();
  const changes: { at: number; end: number; direction: "increase" | "decrease" | "same"; amount: number | null; rateFrom: number }[] = [];
  for (const m of text.matchAll(CHANGE)) {
    const amount = parseAmount(m[3].replace(/，/g, ","));
    const amountStart = m.index + m[0].length - m[3].length - 2;
    changeAmounts.add(amountStart);
    // "增加（减少）0万元": the template's wording left in, nothing changed.
    const undecided = /[(（](增加|减少)[)）]/.test(m[0]);
    const direction = undecided && amount === 0 ? "same" : /增加|多/.test(m[2]) ? "increase" : "decrease";
    changes.push({ at: m.index, end: m.index + m[0].length, direction, amount, rateFrom: m.index + m[0].length });
  }
  for (const m of text.matchAll(COMPARED)) {
    changeAmounts.add(m.index + m[0].length - m[2].length - 2);
    const direction = /大|多/.test(m[1]) ? "increase" : "decrease";
    changes.push({ at: m.index, end: m.index + m[0].length, direction, amount: parseAmount(m[2].replace(/，/g, ",")), rateFrom: m.index + m[0].length });
  }
  for (const m of text.matchAll(SAME)) changes.push({ at: m.index, end: m.index + m[0].length, direction: "same", amount: 0, rateFrom: -1 });
  changes.sort((a, b) => a.at - b.at);

  for (const m of text.matchAll(FIGURE)) {
    if (changeAmounts.has(m.index)) continue;
    const value = parseAmount(m[1].replace(/，/g, ","));
    if (value === null) continue;
    // The figure's name: its clause up to the number.
    let from = m.index;
    while (from > 0 && !/[，,。；;：:\n]/.test(text[from - 1])) from--;
    let prefix = text.slice(from, m.index);
    // A figure inside parentheses ("（上年…安排…140.2万元）") is named by the words inside them.
    const open = Math.max(prefix.lastIndexOf("（"), prefix.lastIndexOf("("));
    if (open > Math.max(prefix.lastIndexOf("）"), prefix.lastIndexOf(")"))) prefix = prefix.slice(open + 1);
    const figure: NarrativeFigure = { kind: "amount", label: labelOf(prefix), value, line: lineAt[m.index] ?? 0 };
    found.push({ figure, start: m.index, end: m.index + m[0].length });
    if (NEW_ITEM.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) figure.change = { direction: "increase", amount: value, percent: null };
  }

  for (const change of changes) {
    // What the change speaks of: the last figure before it in its sentence, else in the sentence before.
    const sentenceStart = Math.max(text.lastIndexOf("。", change.at - 1), text.lastIndexOf("\n", change.at - 1), text.lastIndexOf("；", change.at - 1)) + 1;
    let subject = [...found].reverse().find((f) => f.end <= change.at && f.start >= sentenceStart);
    if (!subject) {
      const previousStart =
        Math.max(text.lastIndexOf("。", sentenceStart - 2), text.lastIndexOf("\n", sentenceStart - 2), text.lastIndexOf("；", sentenceStart - 2)) + 1;
      subject = [...found].reverse().find((f) => f.end <= change.at && f.start >= previousStart);
    }
    // Only the first change stated for a figure counts; a reason may restate it.
    if (!subject || subject.figure.change) continue;
    const rate = change.direction === "same" ? null : RATE.exec(text.slice(change.rateFrom));
    const percent = rate ? parsePercent(`${rate[1]}%`) : null;
    subject.figure.change = { direction: change.direction, amount: change.amount, percent };
    if (percent) subject.figure.change.percentWord = change.direction === "increase" ? "增长" : "下降";
    subject.figure.line = lineAt[change.at] ?? subject.figure.line;
  }
  return found.map((f) => f.figure);
}

/** The narrative of a document read by a template, section by section, with its figures and year-on-year statements. */
export function templateNarrative(d: Disclosure): NarrativeSection[] {
  return rawSections(d).map((s) => {
    const { text, lineAt } = joined(s.lines);
    return { no: s.no, title: s.title, line: s.line, text, figures: extract(text, lineAt) };
  });
}
