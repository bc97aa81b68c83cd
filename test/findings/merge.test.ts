import { checkDisclosure } from "../../src/core/rules";
import { mergeFindings, sortByTable } from "../../src/core/findings/merge";
import { readSeed } from "../helpers";

const merged = (file: string) => mergeFindings(checkDisclosure(readSeed(file)));

test("seed 002: one 尾差 seen in two columns of tables 2, 3 and 5 is one finding with six places", () => {
  const findings = merged("002_5fdab3ab01a01bfd.txt");
  expect(findings.map((f) => f.rule)).toEqual(["code-tree", "t6-categories", "t6-functional-codes"]);
  const [tree, categories] = findings;
  expect(tree.message).toBe("科目21011“行政事业单位医疗”（下级科目汇总）：各项之和为52.38，表中为52.37，相差-0.01（2项四舍五入的尾差，在允许范围内）");
  expect(tree.places.map((p) => p.label)).toEqual(["表2 合计", "表2 一般公共预算", "表3 合计", "表3 基本支出", "表5 合计", "表5 基本支出"]);
  expect(tree.tables).toEqual([2, 3, 5]);
  expect(tree.places[0].lines).toEqual([147, 148, 149]);
  expect(tree).toMatchObject({ expected: 52.38, actual: 52.37, difference: -0.01, unit: "万元", rounding: true });
  expect(categories.places.map((p) => p.label)).toEqual(["合计", "人员经费"]);
  expect(categories.message).toMatch(/^表6“工资福利支出”（其下各款之和）：各项之和为854\.66，表中为854\.65/);
});

test("seed 001: twenty performance tables of the same other unit are one finding listing the twenty projects", () => {
  const findings = merged("001_4cf549d8e949f1ac.txt");
  const attached = findings.filter((f) => f.rule === "performance-t12");
  expect(attached).toHaveLength(1);
  expect(attached[0].places).toHaveLength(20);
  expect(attached[0].places[0]).toEqual({ label: "办公设备购置费", labelEn: "“办公设备购置费”", tables: [], lines: [416] });
  expect(attached[0].message).toMatch(/^绩效目标表“…”的实施单位是“山西转型综合改革示范区政务服务中心/);
  expect(attached[0].unit).toBeNull();
});

test("seed 004: five empty tables without 注：本表无数据 are one finding naming the five tables", () => {
  const empty = merged("004_6562e89d941fc7ec.txt").filter((f) => f.rule === "empty-table-note");
  expect(empty).toHaveLength(1);
  expect(empty[0].message).toBe("表“…”没有数据，但未注明“本表无数据”");
  expect(empty[0].places.map((p) => p.label)).toEqual([
    "表7 政府性基金预算收入表",
    "表8 政府性基金预算支出表",
    '表10 "三公"经费支出预算表',
    "表11 机关运行经费预算表",
    "表13 项目支出预算表(上年结转)",
  ]);
});

test("seed 003: a line listed once however often a rule names it; shares summed in percent points", () => {
  const shares = merged("003_dd2c9fa6441a52f3.txt").find((f) => f.rule === "narrative-shares-sum")!;
  expect(shares.lines).toEqual([400]);
  expect(shares.unit).toBe("%");
});

test("seed 000: different facts stay apart; table order puts 表5、表6 before 表6、表11 and performance last", () => {
  const findings = sortByTable(merged("000_206854ab748b39c9.txt"));
  expect(findings).toHaveLength(8); // 9 reported: the 工资福利支出 尾差 in two columns is one fact
  expect(findings.filter((f) => f.rule === "t6-functional-codes")).toHaveLength(4);
  expect(findings.map((f) => f.rule)).toEqual([
    "t6-t5-basic",
    "t6-functional-codes",
    "t6-functional-codes",
    "t6-functional-codes",
    "t6-functional-codes",
    "t6-categories",
    "t11-t6-admin-cost",
    "performance-count",
  ]);
  expect(findings[0]).toMatchObject({ expected: 172.13, actual: 438.68, difference: 266.55, unit: "万元" });
});
