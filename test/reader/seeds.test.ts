import { SEEDS } from "../goldens";
import { asNumbers, readSeed } from "../helpers";
import { findTable, TABLE_NUMBERS } from "../../src/core/model";
import { bareName, totalRow } from "../../src/core/model/rows";

describe.each(SEEDS)("seed $file", (seed) => {
  const d = readSeed(seed.file);

  test("unit, year and level", () => {
    expect(d.unit).toBe(seed.unit);
    expect(d.year).toBe(seed.year);
    expect(d.level).toBe(seed.level);
  });

  test("all 13 standard tables are found, in the body not the table of contents", () => {
    expect(d.tables.map((t) => t.no)).toEqual([...TABLE_NUMBERS]);
    for (const t of d.tables) expect(t.line).toBeGreaterThan(50);
  });

  test("every 合计 row", () => {
    for (const [no, expected] of Object.entries(seed.totals)) {
      const table = findTable(d, Number(no) as 1)!;
      const total = totalRow(table, table.incomeColumns ? "expenditure" : undefined);
      expect({ no, values: asNumbers(total!.values) }).toEqual({ no, values: expected });
    }
  });

  test("the 科目编码 of tables 2, 3 and 5", () => {
    for (const no of [2, 3, 5] as const) {
      const table = findTable(d, no)!;
      expect(table.rows.filter((r) => r.code !== null).map((r) => r.code)).toEqual(seed.codes);
      expect(table.rows).toHaveLength(seed.codes.length + 1);
    }
  });

  test("empty tables and their notes", () => {
    expect(d.tables.filter((t) => t.empty).map((t) => t.no)).toEqual(seed.emptyTables);
    expect(d.tables.filter((t) => t.emptyNote).map((t) => t.no)).toEqual(seed.emptyNotes);
  });

  test("table 1 expenditure classes and both sides", () => {
    const t1 = findTable(d, 1)!;
    const withAmounts = t1.rows.filter((r) => r.side === "expenditure" && r.kind === "item" && r.values[0] !== null);
    expect(Object.fromEntries(withAmounts.map((r) => [bareName(r.name), r.values[0]! / 100]))).toEqual(seed.t1Classes);
    expect(t1.rows.some((r) => r.side === "income" && r.kind === "total")).toBe(true);
    expect(t1.rows.filter((r) => r.side === "expenditure" && r.kind === "item").length).toBeGreaterThanOrEqual(30);
  });

  test("table 1's income side: the five sources, the year's income, carry-over, total — and nothing else", () => {
    const income = findTable(d, 1)!
      .rows.filter((r) => r.side === "income")
      .map((r) => bareName(r.name));
    expect([...income].sort()).toEqual(
      ["一般公共预算", "上年结转", "收入总计", "单位资金", "国有资本经营预算", "政府性基金预算", "本年收入合计", "财政专户管理资金"].sort(),
    );
  });

  test("table 6 rows", () => {
    expect(findTable(d, 6)!.rows).toHaveLength(seed.t6Rows);
  });

  test("table 12 projects and amounts", () => {
    const t12 = findTable(d, 12)!;
    const subtotals = t12.rows.filter((r) => r.kind === "subtotal");
    expect(subtotals.length).toBeGreaterThanOrEqual(1);
    for (const s of subtotals) expect(s.values[0]! / 100).toBe(seed.t12.subtotal);
    expect(t12.rows.filter((r) => r.kind === "item").map((r) => [r.name, r.values[0]! / 100])).toEqual(seed.t12.projects);
  });

  test("narrative 三: expenditure with basic and project shares", () => {
    const s = d.narrative.find((x) => x.no === 3)!;
    const amounts = s.figures.filter((f) => f.kind === "amount");
    expect(amounts[0].value / 100).toBe(seed.narrative[3].total);
    const basic = amounts.find((f) => f.label === "基本支出")!;
    const project = amounts.find((f) => f.label === "项目支出")!;
    expect([basic.value / 100, basic.share!.basisPoints / 100]).toEqual(seed.narrative[3].basic);
    expect([project.value / 100, project.share!.basisPoints / 100]).toEqual(seed.narrative[3].project);
  });

  test("narrative 五: general-budget expenditure, its change and class shares", () => {
    const s = d.narrative.find((x) => x.no === 5)!;
    const head = s.figures.find((f) => f.change)!;
    expect(head.value / 100).toBe(seed.narrative[5].total);
    const [direction, amount, percent] = seed.narrative[5].change;
    expect([head.change!.direction, head.change!.amount! / 100, head.change!.percent!.basisPoints / 100]).toEqual([direction, amount, percent]);
    const classes = s.figures.filter((f) => f.share).map((f) => [f.label, f.value / 100, f.share!.basisPoints / 100]);
    expect(classes).toEqual(seed.narrative[5].classes);
  });

  test("narrative 二 states income with its shares", () => {
    const s = d.narrative.find((x) => x.no === 2)!;
    const general = s.figures.find((f) => /一般公共预算/.test(f.label))!;
    expect(general.share!.basisPoints).toBe(10000);
  });

  test("narrative 六: basic expenditure, personnel and operating costs", () => {
    const s = d.narrative.find((x) => x.no === 6)!;
    const byLabel = (p: RegExp) => s.figures.find((f) => p.test(f.label))!.value / 100;
    expect({ basic: byLabel(/基本支出/), personnel: byLabel(/^人员经费$/), operating: byLabel(/^公用经费$/) }).toEqual(seed.narrative[6]);
  });

  test("narrative 九: government procurement and its parts", () => {
    const s = d.narrative.find((x) => x.no === 9)!;
    const byLabel = (p: RegExp) => s.figures.find((f) => p.test(f.label))!.value / 100;
    expect({ total: byLabel(/总额/), goods: byLabel(/货物/), works: byLabel(/工程/), services: byLabel(/服务/) }).toEqual(seed.narrative[9]);
  });

  test("performance target tables: count and 年度资金总额 in 元", () => {
    expect(d.performance).toHaveLength(seed.performanceCount);
    const byName = new Map(d.performance.map((p) => [p.projectName, p.annualTotal]));
    for (const [name, yuan] of seed.performance) expect({ name, yuan: byName.get(name)! / 100 }).toEqual({ name, yuan });
  });
});

test("seed 004: the slid 合计 of table 2 is restored with a warning", () => {
  const d = readSeed("004_6562e89d941fc7ec.txt");
  expect(d.warnings.some((w) => w.line === 192 && /错列/.test(w.message))).toBe(true);
});

test("seed 001: the appended circular's tables are not taken for standard tables; its project subtotal printed twice is kept as two rows", () => {
  const d = readSeed("001_4cf549d8e949f1ac.txt");
  const t12 = findTable(d, 12)!;
  expect(t12.rows.filter((r) => r.kind === "subtotal").map((r) => r.line)).toEqual([292, 293]);
  expect(d.performance.every((p) => /政务服务/.test(p.implementingUnit ?? ""))).toBe(true);
});

test("seed 003: watermark lines are not read as text", () => {
  const d = readSeed("003_dd2c9fa6441a52f3.txt");
  expect(d.narrative.some((s) => s.text.includes("仅供内部审核"))).toBe(false);
});
