import { L, quote, splitMessage } from "../messages";
import { type Amount, parseAmount } from "../amount";
import type { FundSources, PerformanceTable, ReadWarning } from "../model";
import { type SourceLine, firstVisible, hasCjk, isWhiteSpace } from "./text";

/** The last char code that folding keeps (it drops spaces, tabs, CR, U+3000 and U+00A0); -1 if none. */
function lastUnspaced(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 0x3000 && c !== 0xa0) return c;
  }
  return -1;
}

export function isPerformanceTitle(line: SourceLine): boolean {
  // A title ends with 表, or with "(2025年度)": one char code rules out nearly every line.
  const last = lastUnspaced(line.text);
  if (last !== 0x8868 && last !== 0x29 && last !== 0xff09) return false;
  if (line.text.indexOf("绩效目") < 0) return false; // cheap test before folding the line
  // The real title names the issuing level ("…预算部门(单位)项目支出绩效目标表"); a list item such as
  // "2. 2025年项目支出绩效目标表" in an appended circular does not.
  return /项目支出绩效目标表$/.test(line.key.replace(/\(\d{4}年度\)$/, "")) && /部门|单位|単位/.test(line.key) && line.key.length < 80;
}

/** The first cell after the label cell that holds text (CJK). */
function textAfter(line: SourceLine, labelPattern: RegExp): string | null {
  const cells = line.cells;
  const keys = line.cellKeys;
  for (let i = 0; i < cells.length; i++) {
    if (!labelPattern.test(keys[i])) continue;
    const inline = keys[i].replace(labelPattern, "").replace(/^[:：]/, "");
    if (hasCjk(inline)) return inline;
    // Names lose the spaces the PDF extractor put inside them ("政务服 务中心").
    for (let j = i + 1; j < cells.length; j++) if (hasCjk(cells[j]) && !labelPattern.test(keys[j])) return cells[j].replace(/\s+/g, "");
  }
  return null;
}

/** A cell that is a number or a piece of one: digits, commas, dots and white space, starting with a digit or comma. */
export function isNumberPiece(cell: string): boolean {
  // Same as /^[\d,][\d,.\s]*$/ with a digit somewhere, as one scan: this runs for every cell after a label.
  if (cell === "") return false;
  const first = cell.charCodeAt(0);
  if (first !== 44 && (first < 48 || first > 57)) return false;
  let digit = false;
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c >= 48 && c <= 57) digit = true;
    else if (c !== 44 && c !== 46 && !isWhiteSpace(c)) return false;
  }
  return digit;
}

/**
 * The amount after the last cell holding the label: the 年度 side of a 实施期 | 年度 row. OCR may split
 * one number over cells. `hint` is text every match of `labelPattern` contains (searched first, as a
 * plain substring); without a pattern the hint is the label.
 */
function amountAfterLast(line: SourceLine, hint: string, labelPattern: RegExp | null): Amount | null {
  const cells = line.cells;
  const keys = line.cellKeys;
  let at = -1;
  for (let i = 0; i < cells.length; i++) if (keys[i].includes(hint) && (labelPattern === null || labelPattern.test(keys[i]))) at = i;
  if (at < 0) return null;
  const label = cells[at];
  if (/[:：]\s*[\d]/.test(label)) {
    const inline = /[\d][\d,\s.]*$/.exec(label);
    if (inline) return parseAmount(inline[0]);
  }
  let digits = "";
  for (let j = at + 1; j < cells.length; j++) {
    const cell = cells[j]; // cells come trimmed
    if (isNumberPiece(cell)) digits += cell;
    else if (digits !== "" || hasCjk(cell)) break;
  }
  return digits === "" ? null : parseAmount(digits);
}

const FIELD_HINT = /项目|名|主管|单位|资金|自筹|概况|立项|总体目标|绩效/;

/**
 * Each source of funds: text its label always contains (a plain substring search, which rules out most
 * cells) and, where that text alone is not the label, the label's pattern.
 */
const SOURCE_LABELS: [keyof FundSources, string, RegExp | null][] = [
  ["central", "中央财政资金", null],
  ["provincial", "省级财政资金", null],
  ["local", "财政资", /市.?县.*财政资/],
  ["selfRaised", "自筹", null],
  ["other", "其他资金", null],
];
/** Every hint above contains one of these: one test rules out the lines that name no source. */
const ANY_SOURCE_HINT = /财政资|自筹|其他资金/;
const STOP_WORDS = /^(项目概况|立项依据|总体目标|绩效指标)/;
const STOP_WORD_FIRST = new Set([..."项立总绩"].map((c) => c.charCodeAt(0)));
/** 项目名, 主管部门, 施单位, 年度资金总 and the sources of funds (财政资, 自筹, 其他资金) each hold one of these. */
const LABEL_CHARACTER = /[名管施总资筹]/;

export function readPerformanceTable(lines: SourceLine[], warnings: ReadWarning[]): PerformanceTable {
  const title = lines[0];
  const table: PerformanceTable = {
    projectName: "",
    department: null,
    implementingUnit: null,
    annualTotal: null,
    annualSources: { central: null, provincial: null, local: null, selfRaised: null, other: null },
    line: title.no,
  };
  for (const line of lines) {
    if (line.blank) continue;
    // One test decides whether the line can hold any field read here.
    if (!FIELD_HINT.test(line.text)) continue;
    // The fields read here come before the project description; the indicators after it are not read.
    // Only the first cell is folded for that test (the description itself is a long paragraph), and
    // only when the line's first visible character can start one of the stop words.
    if (STOP_WORD_FIRST.has(firstVisible(line.text))) {
      const cells = line.cells;
      let first = 0;
      while (first < cells.length - 1 && cells[first] === "") first++;
      if (STOP_WORDS.test(line.cellKey(first))) break;
    }
    // Every label read below holds one of these characters, which folding leaves as they are.
    if (!LABEL_CHARACTER.test(line.text)) continue;
    // The line's cells folded and joined: the line's key for these tests, without folding the line a second time.
    const keys = line.cellKeys;
    const key = keys.length === 1 ? keys[0] : keys.join("");
    // Substring searches first: this runs for every line of every performance table.
    if (table.projectName === "" && key.includes("项目名")) table.projectName = textAfter(line, /^项目名称?/) ?? "";
    if (table.department === null && key.includes("主管部门")) table.department = textAfter(line, /^主管部门(及代码)?/);
    if (table.implementingUnit === null && key.includes("施单位")) table.implementingUnit = textAfter(line, /^.?施单位/);
    if (table.annualTotal === null && key.includes("年度资金总")) table.annualTotal = amountAfterLast(line, "年度资金总", null);
    if (!ANY_SOURCE_HINT.test(key)) continue;
    for (const [field, hint, pattern] of SOURCE_LABELS) {
      if (table.annualSources[field] === null && key.includes(hint) && (pattern === null || pattern.test(key))) {
        table.annualSources[field] = amountAfterLast(line, hint, pattern);
      }
    }
  }
  if (table.projectName === "")
    warnings.push({
      line: title.no,
      ...splitMessage(
        L(`第${title.no}行的绩效目标表没有可识别的项目名称`, `the performance target table at line ${title.no} has no recognisable project name`),
      ),
    });
  if (table.annualTotal === null)
    warnings.push({
      line: title.no,
      ...splitMessage(
        L(
          `绩效目标表“${table.projectName}”没有可识别的年度资金总额`,
          `performance target table ${quote(table.projectName)} has no recognisable annual funds total`,
        ),
      ),
    });
  return table;
}
