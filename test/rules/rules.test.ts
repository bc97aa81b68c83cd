import { checkDisclosure, RULES, ruleById } from "../../src/core/rules";
import type { Disclosure } from "../../src/core/model";
import { consistentDisclosure, figureOf, rowOf } from "./model";

const h = (v: number) => Math.round(v * 100);

interface Case {
  rule: string;
  what: string;
  mutate: (d: Disclosure) => void;
  severity: "error" | "warning" | "info";
  message?: RegExp;
}

const CASES: Case[] = [
  {
    rule: "t1-structure",
    what: "an income item off from 本年收入合计",
    mutate: (d) => (rowOf(d, 1, "一、一般公共预算", "income").values[0] = h(90)),
    severity: "error",
    message: /本年收入合计/,
  },
  {
    rule: "t1-structure",
    what: "收入总计 ≠ 支出总计",
    mutate: (d) => (rowOf(d, 1, "支出总计", "expenditure").values[0] = h(101)),
    severity: "error",
    message: /收支平衡|支出总计/,
  },
  {
    rule: "code-tree",
    what: "a 7-digit row changed under its parent",
    mutate: (d) => (rowOf(d, 3, "2010301").values[0] = h(51)),
    severity: "error",
    message: /科目20103/,
  },
  {
    rule: "code-tree",
    what: "two children off their parent by a rounding cent",
    mutate: (d) => (rowOf(d, 2, "20103").values[0] = h(80.01)),
    severity: "warning",
    message: /尾差/,
  },
  {
    rule: "row-totals",
    what: "合计 ≠ 基本支出 + 项目支出",
    mutate: (d) => (rowOf(d, 5, "208").values[1] = h(19)),
    severity: "error",
    message: /基本支出＋项目支出/,
  },
  {
    rule: "t4-structure",
    what: "table 4 classes off from 本年支出合计",
    mutate: (d) => (rowOf(d, 4, "本年支出合计", "expenditure").values[0] = h(110)),
    severity: "error",
  },
  {
    rule: "t6-categories",
    what: "an item changed under its category",
    mutate: (d) => (rowOf(d, 6, "办公费").values[0] = h(7)),
    severity: "error",
    message: /商品和服务支出/,
  },
  { rule: "t10-structure", what: "三公 合计 off from its parts", mutate: (d) => (rowOf(d, 10, "合计").values[0] = h(5)), severity: "error" },
  { rule: "t11-units", what: "部门合计 off from its units", mutate: (d) => (rowOf(d, 11, "部门合计").values[0] = h(12)), severity: "error" },
  { rule: "project-subtotals", what: "projects off from the unit subtotal", mutate: (d) => (rowOf(d, 12, "J网络运维费").values[0] = h(12)), severity: "error" },
  {
    rule: "project-subtotals",
    what: "a subtotal printed twice is noted, not double counted",
    mutate: (d) => {
      const t12 = d.tables.find((t) => t.no === 12)!;
      t12.rows.splice(1, 0, { ...t12.rows[0], line: 999 });
    },
    severity: "info",
    message: /重复出现/,
  },
  {
    rule: "empty-table-note",
    what: "an empty table without 注：本表无数据",
    mutate: (d) => (d.tables.find((t) => t.no === 7)!.emptyNote = false),
    severity: "info",
    message: /本表无数据/,
  },
  {
    rule: "empty-table-note",
    what: "a missing table",
    mutate: (d) => (d.tables = d.tables.filter((t) => t.no !== 9)),
    severity: "warning",
    message: /未找到表9/,
  },
  {
    rule: "t1-t2-income",
    what: "table 2 total differs from table 1",
    mutate: (d) => (rowOf(d, 2, "合计").values[0] = h(99)),
    severity: "error",
    message: /表2/,
  },
  {
    rule: "t1-t3-expenditure",
    what: "a class in table 1 differs from table 3",
    mutate: (d) => (rowOf(d, 1, "八、社会保障和就业支出", "expenditure").values[0] = h(21)),
    severity: "error",
  },
  {
    rule: "t2-t3-codes",
    what: "table 2 and 3 disagree on a code",
    mutate: (d) => (rowOf(d, 2, "2080505").values[0] = h(19)),
    severity: "error",
    message: /2080505/,
  },
  {
    rule: "t4-t1-t5-t8-t9",
    what: "table 4 income differs from table 1",
    mutate: (d) => (rowOf(d, 4, "一、一般公共预算", "income").values[0] = h(99)),
    severity: "error",
  },
  {
    rule: "t4-t1-t5-t8-t9",
    what: "table 4's general column differs from table 5",
    mutate: (d) => (rowOf(d, 4, "一、一般公共服务支出", "expenditure").values[1] = h(79)),
    severity: "error",
  },
  {
    rule: "t5-t3",
    what: "table 5 differs from table 3 though all money is general budget",
    mutate: (d) => (rowOf(d, 5, "2010306").values[2] = h(31)),
    severity: "error",
    message: /全部资金为一般公共预算/,
  },
  {
    rule: "t6-t5-basic",
    what: "basic expenditure differs between tables 5 and 6",
    mutate: (d) => (rowOf(d, 6, "合计").values[0] = h(80)),
    severity: "error",
    message: /基本支出/,
  },
  {
    rule: "t6-functional-codes",
    what: "pension contribution differs from 2080505",
    mutate: (d) => (rowOf(d, 6, "机关事业单位基本养老保险缴费").values[0] = h(25)),
    severity: "warning",
    message: /2080505/,
  },
  { rule: "t10-t6", what: "table 10 reception below table 6's", mutate: (d) => (rowOf(d, 10, "公务接待费").values[0] = h(3)), severity: "error" },
  {
    rule: "t11-t6-admin-cost",
    what: "an administrative unit's running costs differ from 公用经费",
    mutate: (d) => (rowOf(d, 11, "部门合计").values[0] = h(15.98)),
    severity: "error",
    message: /机关运行经费/,
  },
  {
    rule: "t11-t6-admin-cost",
    what: "a public institution reporting 机关运行经费",
    mutate: (d) => (d.unitType = "事业单位"),
    severity: "warning",
    message: /事业单位/,
  },
  {
    rule: "t12-t3-t5-projects",
    what: "table 12 differs from table 3 项目支出",
    mutate: (d) => (rowOf(d, 12, "示例市政务服务中心").values[0] = h(31)),
    severity: "error",
  },
  {
    rule: "t13-t1-carryover",
    what: "table 1 carry-over with no projects in table 13",
    mutate: (d) => (rowOf(d, 1, "上年结转", "income").values[0] = h(5)),
    severity: "error",
  },
  { rule: "narrative-overview", what: "part 1 states another 收入总计", mutate: (d) => (figureOf(d, 1, /预算收入总计/).value = h(101)), severity: "error" },
  { rule: "narrative-income", what: "part 2 states another income", mutate: (d) => (figureOf(d, 2, /^预算收入$/).value = h(90)), severity: "error" },
  {
    rule: "narrative-income",
    what: "a wrong income share",
    mutate: (d) => (figureOf(d, 2, /一般公共预算/).share = { basisPoints: 9000, decimals: 2 }),
    severity: "error",
    message: /比例/,
  },
  {
    rule: "narrative-expenditure",
    what: "part 3 states another 基本支出",
    mutate: (d) => (figureOf(d, 3, /基本支出/).value = h(172.13 - 100)),
    severity: "error",
  },
  {
    rule: "narrative-expenditure",
    what: "a share off by one in the last digit",
    mutate: (d) => (figureOf(d, 3, /项目支出/).share = { basisPoints: 3001, decimals: 2 }),
    severity: "warning",
    message: /末位/,
  },
  { rule: "narrative-fiscal", what: "part 4 states another class amount", mutate: (d) => (figureOf(d, 4, /社会保障/).value = h(21)), severity: "error" },
  {
    rule: "narrative-general-budget",
    what: "part 5 states another class share",
    mutate: (d) => (figureOf(d, 5, /社会保障/).share = { basisPoints: 2500, decimals: 2 }),
    severity: "error",
  },
  { rule: "narrative-basic", what: "part 6 states another 公用经费", mutate: (d) => (figureOf(d, 6, /公用经费/).value = h(14.24)), severity: "error" },
  {
    rule: "narrative-three-public",
    what: "part 7 states another reception amount",
    mutate: (d) => (figureOf(d, 7, /公务接待费/).value = h(5)),
    severity: "error",
  },
  {
    rule: "narrative-three-public",
    what: "the items' changes do not add up to the total change",
    mutate: (d) => (figureOf(d, 7, /三公/).change = { direction: "decrease", amount: h(3.5), percent: null }),
    severity: "error",
    message: /增减额/,
  },
  { rule: "narrative-admin-cost", what: "part 8 states another amount", mutate: (d) => (figureOf(d, 8, /机关运行经费/).value = h(15.98)), severity: "error" },
  { rule: "narrative-procurement", what: "goods + works + services ≠ the total", mutate: (d) => (figureOf(d, 9, /服务/).value = h(4)), severity: "error" },
  {
    rule: "narrative-performance",
    what: "a project count that table 12 does not have",
    mutate: (d) => (d.narrative.find((s) => s.no === 10)!.figures[0].value = 3),
    severity: "error",
  },
  {
    rule: "narrative-yoy",
    what: "a wrong growth rate",
    mutate: (d) => (figureOf(d, 5, /一般公共预算当年支出/).change!.percent = { basisPoints: 1000, decimals: 2 }),
    severity: "error",
    message: /11\.11%/,
  },
  {
    rule: "narrative-yoy",
    what: "增加 worded with 下降",
    mutate: (d) => (figureOf(d, 1, /预算收入总计/).change!.percentWord = "下降"),
    severity: "error",
    message: /矛盾/,
  },
  {
    rule: "narrative-shares-sum",
    what: "shares of a complete breakdown adding to 100.01% by honest rounding",
    mutate: (d) => {
      figureOf(d, 5, /一般公共服务/).share = { basisPoints: 8001, decimals: 2 };
      figureOf(d, 5, /社会保障/).share = { basisPoints: 2000, decimals: 2 };
    },
    severity: "warning",
    message: /100\.01/,
  },
  {
    rule: "performance-t12",
    what: "a 绩效目标表 amount differing from table 12",
    mutate: (d) => (d.performance[1].annualTotal = d.performance[1].annualSources.local = 2600000),
    severity: "error",
    message: /26000\.00元/,
  },
  {
    rule: "performance-t12",
    what: "sources not adding up",
    mutate: (d) => (d.performance[0].annualSources.local = 10000000),
    severity: "error",
    message: /资金来源/,
  },
  {
    rule: "performance-t12",
    what: "another unit's table",
    mutate: (d) => (d.performance[0].implementingUnit = "示例市公共资源交易中心"),
    severity: "error",
    message: /其他单位/,
  },
  { rule: "performance-count", what: "fewer tables than the narrative says", mutate: (d) => d.performance.pop(), severity: "warning" },
];

test("a consistent hand-built disclosure raises no finding at all", () => {
  expect(checkDisclosure(consistentDisclosure())).toEqual([]);
});

describe.each(CASES)("$rule: $what", ({ rule, mutate, severity, message }) => {
  const theRule = ruleById(rule)!;

  test("passes on the consistent model", () => {
    expect(checkDisclosure(consistentDisclosure(), [theRule])).toEqual([]);
  });

  test(`reports a ${severity} after the change`, () => {
    const d = consistentDisclosure();
    mutate(d);
    const findings = checkDisclosure(d, [theRule]);
    expect(findings.length).toBeGreaterThan(0);
    const finding = findings.find((f) => f.severity === severity);
    expect(finding).toBeDefined();
    expect(finding!.rule).toBe(rule);
    expect(finding!.message).toMatch(/[\u4e00-\u9fff]/);
    if (message) expect(findings.map((f) => f.message).join("\n")).toMatch(message);
  });
});

test("every rule in the catalogue has a failing case here", () => {
  const covered = new Set(CASES.map((c) => c.rule));
  expect(RULES.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
});

test("the catalogue is data: unique ids, both languages, tables and severities", () => {
  const ids = RULES.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const r of RULES) {
    expect(r.id).toMatch(/^[a-z0-9-]+$/);
    expect(r.description.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(r.description.en).toMatch(/^[A-Z]/);
    expect(["error", "warning", "info"]).toContain(r.severity);
    expect(["table", "cross-table", "narrative", "performance"]).toContain(r.scope);
  }
});

test("a rule that throws is reported as a warning, never crashes the check", () => {
  const broken = {
    ...RULES[0],
    id: "broken",
    check: () => {
      throw new Error("boom");
    },
  };
  expect(checkDisclosure(consistentDisclosure(), [broken])).toEqual([
    expect.objectContaining({ rule: "broken", severity: "warning", message: expect.stringContaining("boom") }),
  ]);
});
