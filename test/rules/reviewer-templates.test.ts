/**
 * The reviewer's rules (narrative-reasons … subject-names) on the other templates' documents: the
 * Shanghai 9-table and Jiangsu provincial corpus (test/fixtures/corpus/text, what the PDF source made of
 * each PDF). Every finding they raise there is listed below with the sentence it rests on, read on the
 * PDF page; the reviewer's edits of issue 19 made on a Shanghai 单位预算 each produce their finding.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Disclosure } from "../../src/core/model";
import { readDisclosure } from "../../src/core/reader";
import { REVIEWER_RULES, checkDisclosure } from "../../src/core/rules";

const TEXT = join(__dirname, "..", "fixtures", "corpus", "text");
const REVIEWER = new Set(REVIEWER_RULES.map((r) => r.id));

function read(text: string): Disclosure {
  const result = readDisclosure(text);
  if (!result.ok) throw new Error(result.error);
  return result.disclosure;
}
const textOf = (name: string) => readFileSync(join(TEXT, `${name}.txt`), "utf8");
const reviewerFindings = (d: Disclosure) => checkDisclosure(d).filter((f) => REVIEWER.has(f.rule));

/** A copy of a corpus text with lines (1-based) rewritten. */
function edited(name: string, edits: Record<number, (line: string) => string>): Disclosure {
  const lines = textOf(name).split("\n");
  for (const [no, edit] of Object.entries(edits)) lines[Number(no) - 1] = edit(lines[Number(no) - 1]);
  return read(lines.join("\n"));
}

/**
 * Every reviewer finding on the 19 budget documents: [file, rule, line, what it says]. Each was read on
 * the PDF page (page numbers from `disclosure check FILE.pdf`):
 * - jcy-2018 p.30: "其中：拟采购货物支出268万元、拟购买服务支出2,828.24万元" — 工程 not stated (rd-2018 states 工程 0).
 * - rd-2017 p.25 四: "与上年相比，财政拨款收、支总计各增加844.15万元，增长6.59%。" and nothing after it.
 * - rd-2017 p.26 五: "1. 人大事务行政运行（项）支出10528.33万元，与上年相比减少17.89万元，减少0.17%。" no reason
 *   (items 2 and 3 give theirs).
 * - rd-2017 p.27 八: "…一般公共预算财政拨款支出预算13649.07万元，与上年相比增加844.15万元，增长6.59%。" no reason.
 * - rd-2018 p.19–20, 28, 29: "与上年相比增加（减少）0万元，增长（减少）0 %" — the template's words left in (7 lines).
 * - rd-2018 p.26–27 and zx-2018-text p.12–13: "（按“部门预算公开06表 财政拨款基本支出预算表”中实际发生经济分类
 *   支出事项填写）" — the template's instruction to the writer, printed (4 lines each).
 * - rd-2018 p.25: "…不再列入本部门预算中，减少了该项支出。 。" — 。。
 * - swbgt-2017-text p.12: "其中拟购买货物496.20万元；拟购买服务1278.50万元。" — 工程 not stated.
 */
const CORPUS_FINDINGS: [string, string, number, RegExp][] = [
  ["jcy-2018", "required-details", 415, /政府采购工程预算/],
  ["rd-2017", "narrative-reasons", 305, /财政拨款收、支总计各增加844\.15万元.*未说明原因/],
  ["rd-2017", "narrative-reasons", 310, /减少17\.89万元.*未说明原因/],
  ["rd-2017", "narrative-reasons", 322, /增加844\.15万元.*未说明原因/],
  ["rd-2018", "leftover-text", 295, /增加（减少）/],
  ["rd-2018", "leftover-text", 296, /增加（减少）/],
  ["rd-2018", "leftover-text", 297, /增加（减少）/],
  ["rd-2018", "leftover-text", 298, /增加（减少）/],
  ["rd-2018", "leftover-text", 351, /模板的填写说明/],
  ["rd-2018", "leftover-text", 352, /模板的填写说明/],
  ["rd-2018", "leftover-text", 359, /模板的填写说明/],
  ["rd-2018", "leftover-text", 360, /模板的填写说明/],
  ["rd-2018", "leftover-text", 366, /增加（减少）/],
  ["rd-2018", "leftover-text", 373, /增加（减少）/],
  ["rd-2018", "leftover-text", 384, /增加（减少）/],
  ["rd-2018", "repeated-text", 342, /减少了该项支出。。/],
  ["swbgt-2017-text", "required-details", 121, /政府采购工程预算/],
  ["zx-2018-text", "leftover-text", 102, /模板的填写说明/],
  ["zx-2018-text", "leftover-text", 103, /模板的填写说明/],
  ["zx-2018-text", "leftover-text", 110, /模板的填写说明/],
  ["zx-2018-text", "leftover-text", 111, /模板的填写说明/],
];

const BUDGETS = readdirSync(TEXT)
  .filter((f) => f.endsWith(".txt") && !/final/.test(f))
  .map((f) => f.replace(/\.txt$/, ""))
  .sort();

test("the corpus holds the 19 budget documents", () => expect(BUDGETS).toHaveLength(19));

test.each(BUDGETS)("%s: the reviewer rules find exactly what the PDF shows", (name) => {
  const d = read(textOf(name));
  expect(d.template).toMatch(/^(shanghai-9|jiangsu)$/);
  const found = reviewerFindings(d).map((f) => [f.rule, f.lines[0], f.message] as const);
  const expected = CORPUS_FINDINGS.filter(([file]) => file === name);
  expect(found.map(([rule, line]) => [rule, line])).toEqual(expected.map(([, rule, line]) => [rule, line]));
  found.forEach(([, , message], i) => expect(message).toMatch(expected[i][3]));
});

describe("a reviewer's edits of a Shanghai 2026-style 单位预算 (putuo-qfb-2025-unit) each produce their finding", () => {
  const findingsOf = (edits: Record<number, (line: string) => string>) => reviewerFindings(edited("putuo-qfb-2025-unit", edits));

  test("as published: no finding, and the narrative's sections are all found", () => {
    expect(reviewerFindings(read(textOf("putuo-qfb-2025-unit")))).toEqual([]);
  });

  test("leftover 增加（减少）的主要原因是 (leftover-text)", () => {
    const found = findingsOf({ 60: (l) => l.replace("减少的主要原因是", "增加（减少）的主要原因是") });
    expect(found).toMatchObject([{ rule: "leftover-text", lines: [60], actual: "增加（减少）" }]);
  });

  test("a reason cut off at 主要原因是。 (narrative-reasons, error)", () => {
    const found = findingsOf({ 236: () => "（一）因公出国（境）费839万元，比2024年预算增加10万元，主要原因是。" });
    expect(found).toMatchObject([{ rule: "narrative-reasons", severity: "error", lines: [236], actual: "主要原因是。" }]);
    expect(found[0].message).toContain("“三公”经费预算情况说明");
  });

  test("部门预算 in a 单位预算 (level-wording); the economic classification's own name 部门预算经济分类 is not", () => {
    const found = findingsOf({ 248: (l) => l.replace("2025年单位预算安排", "2025年部门预算安排") });
    expect(found).toMatchObject([{ rule: "level-wording", lines: [248], actual: "部门预算" }]);
  });

  test("a stale subject name: 210 医疗卫生与计划生育支出 in 2025 (subject-names, error)", () => {
    const found = findingsOf({ 105: (l) => l.replace("卫生健康支出", "医疗卫生与计划生育支出") });
    expect(found).toMatchObject([{ rule: "subject-names", severity: "error", lines: [105], expected: "卫生健康支出", actual: "医疗卫生与计划生育支出" }]);
  });

  test("。。 (repeated-text)", () => {
    const found = findingsOf({ 242: (l) => l.replace(/。$/, "。。") });
    expect(found).toMatchObject([{ rule: "repeated-text", lines: [242], actual: "。。" }]);
  });

  test("a required section deleted: 五、国有资产占有使用情况 (required-sections)", () => {
    const found = findingsOf({ 246: () => "" });
    expect(found.map((f) => f.rule)).toContain("required-sections");
    expect(found.find((f) => f.rule === "required-sections")!.message).toBe(
      "情况说明缺少“国有资产占有使用情况”部分（上海市部门/单位预算公开模板（9张表）要求）",
    );
  });

  test("三公 without 公务用车运行费, 政府采购 without 工程 (required-details)", () => {
    const found = findingsOf({
      237: () => "（二）公务用车购置及运行费0万元，与2024年预算持平。其中：公务用车购置费0万元，与2024年预算持平。",
      242: () => "2025年度本单位政府采购预算34万元，其中：政府采购货物预算0万元、政府采购服务预算34万元。",
    });
    expect(found.map((f) => [f.rule, f.expected])).toEqual([
      ["required-details", "“公务用车运行费”"],
      ["required-details", "政府采购工程预算"],
    ]);
  });

  test("a function table stopping above 项 (required-details)", () => {
    // Table 5's 221 02 住房改革支出 loses its 项 rows.
    const found = findingsOf({ 175: () => "", 176: () => "" });
    expect(found).toMatchObject([{ rule: "required-details", lines: [174], actual: "22102" }]);
  });

  test("a table title of another year (stray-year, error) and another unit's name in a table (unit-name)", () => {
    const found = findingsOf({ 88: (l) => l.replace("2025年", "2024年"), 89: (l) => l.replace("上海市普陀区人民政府办公室", "上海市普陀区政府办公室") });
    expect(found.map((f) => [f.rule, f.severity, f.lines[0]])).toEqual([
      ["stray-year", "error", 88],
      ["unit-name", "warning", 89],
    ]);
  });

  test("元 and 万元 in one sentence (money-wording)", () => {
    const found = findingsOf({ 245: (l) => l.replace("6626万元。", "6626万元，即66260000元。") });
    expect(found).toMatchObject([{ rule: "money-wording", lines: [245] }]);
  });
});

describe("Jiangsu", () => {
  test("a section the template requires deleted: 十二、政府采购支出预算情况说明 (required-sections)", () => {
    const lines = textOf("rd-2018").split("\n");
    const at = lines.indexOf("十二、政府采购支出预算情况说明");
    expect(at).toBeGreaterThan(0);
    lines[at] = "";
    const found = reviewerFindings(read(lines.join("\n"))).filter((f) => f.rule === "required-sections");
    expect(found.map((f) => f.message)).toEqual(["情况说明缺少“政府采购支出预算情况说明”部分（江苏省级部门预算公开模板要求）"]);
  });

  test("2017's template had no 其他重要事项说明 (绩效目标): not required before 2018, required from it", () => {
    for (const name of ["fy-2017", "jcy-2017", "rd-2017"])
      expect(reviewerFindings(read(textOf(name))).filter((f) => f.rule === "required-sections")).toEqual([]);
    const lines = textOf("rd-2018").split("\n");
    const at = lines.indexOf("（一）预算绩效目标设置情况说明");
    lines[at] = "";
    const found = reviewerFindings(read(lines.join("\n"))).filter((f) => f.rule === "required-sections");
    expect(found.map((f) => f.expected)).toEqual(["预算绩效目标设置情况说明"]);
  });

  test("a tables-only PDF is not charged with the narrative's sections: its coverage says it was not read", () => {
    expect(reviewerFindings(read(textOf("zx-2018-tables"))).filter((f) => f.rule === "required-sections")).toEqual([]);
  });
});
