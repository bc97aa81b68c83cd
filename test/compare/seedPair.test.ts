/**
 * A pair made from one seed: a "last year" derived from seed 000 by changing known figures. The
 * consistent pair raises nothing; each change below makes exactly its kind of finding fire.
 */
import { compareDisclosures, PRIOR_YEAR_RULES } from "../../src/core/compare";
import type { Disclosure } from "../../src/core/model";
import { readSeed } from "../helpers";
import { amount, consistentLastYear, mapFigures, narrativeFigure, rowNamed, setFirstColumns } from "../support/lastYear";

const SEED = "000_206854ab748b39c9.txt";
const current = () => structuredClone(readSeed(SEED));
const pair = (change: (last: Disclosure, current: Disclosure) => void) => {
  const thisYear = current();
  const lastYear = consistentLastYear(thisYear);
  change(lastYear, thisYear);
  return { lastYear, thisYear, result: compareDisclosures(lastYear, thisYear) };
};

test("a last year consistent with every statement raises nothing, and every statement is checked", () => {
  const { result } = pair(() => {});
  expect(result.findings).toEqual([]);
  expect(result.statements.map((s) => [s.label, s.verdict])).toEqual([
    ["预算收入总计", "agrees"],
    ["本年单位预算支出总计", "agrees"],
    ["一般公共预算当年支出", "agrees"],
    ["财政拨款安排的“三公”经费预算", "agrees"],
    ["因公出国（境）费", "agrees"],
    ["公务接待费", "agrees"],
    ["公务用车购置及运行费", "agrees"],
    ["公务用车运行维护费", "agrees"],
    ["公务用车购置费", "agrees"],
    ["机关运行经费财政拨款预算", "agrees"],
  ]);
});

test("the same document given as both years: every stated change is wrong, and the years do not follow on", () => {
  const d = current();
  const result = compareDisclosures(d, d);
  expect(result.findings.find((f) => f.rule === "prior-year-unit")?.message).toContain("年度不衔接");
  // 预算收入总计, 本年单位预算支出总计, 一般公共预算当年支出, the 三公 total, 公务用车购置及运行费, 公务用车运行维护费, 机关运行经费.
  expect(result.findings.filter((f) => f.rule === "prior-year-change")).toHaveLength(7);
});

test("a stated increase that last year's figures do not give is an error naming both documents' lines", () => {
  // Last year's total 770.00 instead of 770.18: 856.71 − 770.00 = 86.71, not the stated 86.53.
  const { result, lastYear } = pair((last) => mapFigures(last, { "770.18": "770.00" }));
  const changes = result.findings.filter((f) => f.rule === PRIOR_YEAR_RULES.change.id);
  const amounts = changes.filter((f) => typeof f.expected === "number");
  expect(amounts.map((f) => [f.severity, f.expected, f.actual])).toEqual([
    ["error", 86.71, 86.53],
    ["error", 86.71, 86.53],
    ["error", 86.71, 86.53],
  ]);
  // 预算收入总计 restates the 合计 of 表2 预算收入总表 (the total of that value whose title is nearest the label).
  expect(amounts[0].message).toContain("比上年增加86.53万元，但上年表2“合计”为770.00万元，应为比上年增加86.71万元");
  expect(amounts[0].lines).toEqual([390]);
  expect(amounts[0].lastLines).toEqual([rowNamed(lastYear, 2, "合计").line]);
  // The rates: 86.71 / 770.00 = 11.26%, stated 11.24%.
  expect(changes.filter((f) => typeof f.expected === "string").map((f) => [f.expected, f.actual])).toEqual([
    ["11.26%", "11.24%"],
    ["11.26%", "11.24%"],
    ["11.26%", "11.24%"],
  ]);
  expect(result.findings.every((f) => f.scope === "prior-year")).toBe(true);
});

test("a wrong rate with the right amount is an error; one in the last digit a warning", () => {
  const wrong = pair((_, cur) => (narrativeFigure(cur, 8, "机关运行经费财政拨款预算").change!.percent = { basisPoints: 1752, decimals: 2 }));
  expect(wrong.result.findings.map((f) => [f.rule, f.severity, f.expected, f.actual])).toEqual([["prior-year-change", "error", "15.72%", "17.52%"]]);
  const offByOne = pair((_, cur) => (narrativeFigure(cur, 8, "机关运行经费财政拨款预算").change!.percent = { basisPoints: 1573, decimals: 2 }));
  expect(offByOne.result.findings.map((f) => [f.rule, f.severity])).toEqual([["prior-year-change", "warning"]]);
});

test("与上年相同 where last year published another figure", () => {
  // Last year budgeted 因公出国（境）费 5.00; this year says 0, 与上年预算数相同.
  const { result } = pair((last) => {
    for (const name of ["因公出国（境）费", "合计"]) setFirstColumns(rowNamed(last, 10, name), name === "合计" ? "8.50" : "5.00");
    narrativeFigure(last, 7, "因公出国（境）费").value = amount("5.00");
  });
  const same = result.findings.filter((f) => f.rule === PRIOR_YEAR_RULES.same.id);
  expect(same).toHaveLength(1);
  expect(same[0]).toMatchObject({ severity: "error", expected: -5, actual: 0, lines: [433] });
  expect(same[0].message).toContain("与上年相同，但上年表10“因公出国（境）费”为5.00万元，应为比上年减少5.00万元");
});

test("a large change without a reason is a warning; below either threshold it is not", () => {
  // 基本工资 164.38 this year; last year 100.00: +64.38万元, +64.38%, and the narrative does not speak of it.
  const large = pair((last) => setFirstColumns(rowNamed(last, 6, "基本工资"), "100.00", "100.00"));
  expect(large.result.findings.map((f) => [f.rule, f.severity, f.tables, f.expected, f.actual])).toEqual([
    ["prior-year-large-change", "warning", [6], 100, 164.38],
  ]);
  expect(large.result.findings[0].message).toBe("表6“基本工资”164.38万元，上年100.00万元，增加64.38万元（增长64.38%），情况说明未说明原因");
  // 9.00万元 less than last year (+5.8%): not large. 50% more but only 0.50万元: not large either.
  expect(pair((last) => setFirstColumns(rowNamed(last, 6, "基本工资"), "155.38")).result.findings).toEqual([]);
  expect(pair((last) => setFirstColumns(rowNamed(last, 6, "办公费"), "0.30")).result.findings).toEqual([]);
  // The thresholds are options: at ±5% and 5万元 the 9.00 change is large (and so are the derived
  // year's 政务公开审批 rows, 684.58 against 598.05, which no statement speaks of).
  const strict = compareDisclosures(
    (() => {
      const l = consistentLastYear(current());
      setFirstColumns(rowNamed(l, 6, "基本工资"), "155.38");
      return l;
    })(),
    current(),
    { largeChangePercent: 5, largeChangeWanyuan: 5 },
  );
  expect(new Set(strict.findings.map((f) => f.rule))).toEqual(new Set(["prior-year-large-change"]));
  expect(strict.findings.map((f) => f.message)).toContain("表6“基本工资”164.38万元，上年155.38万元，增加9.00万元（增长5.79%），情况说明未说明原因");
  expect(strict.findings.map((f) => f.message)).toContain(
    "表2“2010306 政务公开审批”684.58万元，上年598.05万元，增加86.53万元（增长14.47%），情况说明未说明原因",
  );
});

test("projects, subjects and 三公 items that appeared or disappeared are listed", () => {
  const { result } = pair((last, cur) => {
    // Last year had a project this year drops, and lacked one this year adds.
    const t12 = last.tables.find((t) => t.no === 12)!;
    t12.rows.push({ ...t12.rows[1], name: "Z旧系统运维费", values: [amount("20.00"), amount("20.00"), null, null, null, null], line: 9001 });
    t12.rows = t12.rows.filter((r) => r.name !== "X政务大厅二厅综合改造费");
    // A subject of table 3 only last year.
    const t3 = last.tables.find((t) => t.no === 3)!;
    t3.rows.push({ code: "2010350", name: "事业运行", values: [amount("12.00"), amount("12.00"), null], line: 9002, kind: "item" });
    // 公务接待费 2.00 budgeted this year, none last year.
    setFirstColumns(rowNamed(cur, 10, "公务接待费"), "2.00", "2.00");
  });
  const items = result.findings.filter((f) => f.rule === PRIOR_YEAR_RULES.items.id);
  expect(items.map((f) => f.message)).toEqual([
    "表3不再有上年的科目“2010350 事业运行”（上年12.00万元）",
    "表10新增“三公”经费项目“公务接待费”2.00万元，上年没有",
    "表12新增项目“X政务大厅二厅综合改造费”107.29万元，上年没有",
    "表12不再有上年的项目“Z旧系统运维费”（上年20.00万元）",
  ]);
  expect(items.every((f) => f.severity === "info")).toBe(true);
  // The 公务接待费 statement (0, 与上年相同) now disagrees with this year's own table, not with last year: no prior-year error.
  expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
});

test("a renamed unit and a changed level are reported; a renamed subject under its code is still the same row", () => {
  const { result } = pair((last) => {
    last.unit = "大同市政务服务管理中心";
    last.level = "部门";
    rowNamed(last, 3, "政务公开审批").name = "政务公开审批事务";
  });
  expect(result.findings.map((f) => [f.rule, f.severity, f.expected, f.actual])).toEqual([
    ["prior-year-unit", "warning", "大同市政务服务管理中心", "大同市政务服务中心"],
    ["prior-year-unit", "warning", "部门", "单位"],
  ]);
});

test("rows reordered last year are matched by code and name, not by position", () => {
  const { result } = pair((last) => {
    for (const t of last.tables) t.rows.reverse();
  });
  expect(result.findings).toEqual([]);
});

test("a statement about something last year did not publish is reported as not checked", () => {
  const { result } = pair((_, cur) => {
    cur.narrative
      .find((s) => s.no === 12)!
      .figures.push({
        kind: "amount",
        label: "信息化专项经费",
        value: amount("30.00"),
        line: 800,
        change: { direction: "increase", amount: amount("5.00"), percent: null },
      });
  });
  expect(result.findings.map((f) => [f.rule, f.severity, f.lines])).toEqual([["prior-year-unmatched", "info", [800]]]);
  expect(result.statements.find((s) => s.label === "信息化专项经费")?.verdict).toBe("not-found");
});
