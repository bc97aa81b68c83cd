import { type Amount, parseAmount } from "../amount";
import type { FundSources, PerformanceTable, ReadWarning } from "../model";
import { type SourceLine, hasCjk } from "./text";

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

/** The amount after the last occurrence of the label: the 年度 side of a 实施期 | 年度 row. OCR may split one number over cells. */
function amountAfterLast(line: SourceLine, labelPattern: RegExp): Amount | null {
  const cells = line.cells;
  const keys = line.cellKeys;
  let at = -1;
  for (let i = 0; i < cells.length; i++) if (labelPattern.test(keys[i])) at = i;
  if (at < 0) return null;
  const inline = /[\d][\d,\s.]*$/.exec(cells[at]);
  if (inline && /[:：]\s*[\d]/.test(cells[at])) return parseAmount(inline[0]);
  let digits = "";
  for (let j = at + 1; j < cells.length; j++) {
    const cell = cells[j].trim();
    if (/^[\d,][\d,.\s]*$/.test(cell) && /\d/.test(cell)) digits += cell;
    else if (digits !== "" || hasCjk(cell)) break;
  }
  return digits === "" ? null : parseAmount(digits);
}

const FIELD_HINT = /项目|名|主管|单位|资金|自筹|概况|立项|总体目标|绩效/;

const SOURCE_LABELS: Record<keyof FundSources, RegExp> = {
  central: /中央财政资金/,
  provincial: /省级财政资金/,
  local: /市.?县.*财政资/,
  selfRaised: /单位自筹|自筹/,
  other: /其他资金/,
};
/** Text every label above contains: a plain substring search rules out most lines before any pattern runs. */
const SOURCE_HINTS: [keyof FundSources, string][] = [
  ["central", "中央财政资金"],
  ["provincial", "省级财政资金"],
  ["local", "财政资"],
  ["selfRaised", "自筹"],
  ["other", "其他资金"],
];
/** Every hint above contains one of these: one test rules out the lines that name no source. */
const ANY_SOURCE_HINT = /财政资|自筹|其他资金/;
const STOP_WORDS = /^(项目概况|立项依据|总体目标|绩效指标)/;

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
    // Only the first cell is folded for that test: the description itself is a long paragraph.
    const cells = line.cells;
    let first = 0;
    while (first < cells.length - 1 && cells[first] === "") first++;
    const head = line.cellKey(first);
    if (STOP_WORDS.test(head)) break;
    // The line's cells folded and joined: the line's key for these tests, without folding the line a second time.
    const keys = line.cellKeys;
    const key = keys.length === 1 ? keys[0] : keys.join("");
    // Substring searches first: this runs for every line of every performance table.
    if (table.projectName === "" && key.includes("项目名")) table.projectName = textAfter(line, /^项目名称?/) ?? "";
    if (table.department === null && key.includes("主管部门")) table.department = textAfter(line, /^主管部门(及代码)?/);
    if (table.implementingUnit === null && key.includes("施单位")) table.implementingUnit = textAfter(line, /^.?施单位/);
    if (table.annualTotal === null && key.includes("年度资金总")) table.annualTotal = amountAfterLast(line, /年度资金总/);
    if (!ANY_SOURCE_HINT.test(key)) continue;
    for (const [field, hint] of SOURCE_HINTS) {
      if (table.annualSources[field] === null && key.includes(hint) && SOURCE_LABELS[field].test(key)) {
        table.annualSources[field] = amountAfterLast(line, SOURCE_LABELS[field]);
      }
    }
  }
  if (table.projectName === "") warnings.push({ line: title.no, message: `第${title.no}行的绩效目标表没有可识别的项目名称` });
  if (table.annualTotal === null) warnings.push({ line: title.no, message: `绩效目标表“${table.projectName}”没有可识别的年度资金总额` });
  return table;
}
