import { checkDisclosure, countBySeverity, type Finding } from "../../src/core/rules";
import { readSeed } from "../helpers";

const findingsOf = (file: string) => checkDisclosure(readSeed(file));
const byRule = (findings: Finding[], severity: Finding["severity"]) => {
  const counts: Record<string, number> = {};
  for (const f of findings) if (f.severity === severity) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
  return counts;
};

describe("seed 000 大同市政务服务中心 2025", () => {
  const findings = findingsOf("000_206854ab748b39c9.txt");

  test("two errors: T6 basic expenditure 438.68 vs T5 172.13, and 机关运行经费 15.98 vs 公用经费 14.24 for a 参公 unit", () => {
    const errors = findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.rule, f.expected, f.actual])).toEqual([
      ["t6-t5-basic", 172.13, 438.68],
      ["t11-t6-admin-cost", 14.24, 15.98],
    ]);
    expect(errors[0].message).toContain("266.55");
    expect(errors[0].lines).toEqual([232, 258]);
    expect(errors[1].lines).toEqual([258, 347]);
  });

  test("warnings: 工资福利支出 items add to 406.52 against 406.54 (7 items: 尾差), the economic items that cannot match table 5, 12 performance targets stated but 10 attached", () => {
    expect(byRule(findings, "warning")).toEqual({ "t6-categories": 2, "t6-functional-codes": 4, "performance-count": 1 });
    expect(findings.find((f) => f.rule === "performance-count")!.message).toMatch(/12个.*10张/);
  });
});

describe("seed 001 山西转型综合改革示范区行政审批局 2025", () => {
  const findings = findingsOf("001_4cf549d8e949f1ac.txt");

  test("the 20 performance tables attached are another unit's (政务服务中心)", () => {
    expect(byRule(findings, "error")).toEqual({ "performance-t12": 20 });
    for (const f of findings.filter((x) => x.severity === "error")) expect(f.message).toMatch(/实施单位.*政务服务中心.*其他单位/);
  });

  test("the unit subtotal printed twice in table 12 is noted and counted once; none of its own tables is attached", () => {
    expect(byRule(findings, "info")).toEqual({ "project-subtotals": 1 });
    expect(byRule(findings, "warning")).toEqual({ "performance-count": 1, "leftover-text": 1 });
  });

  test("a template placeholder left in an attached target table: 资产投入使用时间 “2022年6月10日XX月XX日前” (line 440)", () => {
    const leftover = findings.filter((f) => f.rule === "leftover-text");
    expect(leftover.map((f) => [f.lines, f.actual])).toEqual([[[440], "XX"]]);
  });
});

describe("seed 002 大同市行政审批服务管理局 2026", () => {
  const findings = findingsOf("002_5fdab3ab01a01bfd.txt");

  test("no error at all in its tables and narrative", () => {
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  test("40.74 + 11.64 printed as 52.37 is 尾差 (a warning) in tables 2, 3 and 5, never an error", () => {
    const rounding = findings.filter((f) => f.rule === "code-tree");
    expect(rounding).toHaveLength(6);
    for (const f of rounding) {
      expect(f.severity).toBe("warning");
      expect(f.message).toMatch(/21011.*52\.38.*52\.37.*尾差/);
    }
    expect(byRule(findings, "warning")).toEqual({ "code-tree": 6, "t6-categories": 2, "t6-functional-codes": 1 });
  });
});

describe("seed 003 阳城县政务服务中心 2025", () => {
  const findings = findingsOf("003_dd2c9fa6441a52f3.txt");

  test("one error: 网络运行维护费 26,000元 in its performance table, 2.80万元 in table 12", () => {
    const errors = findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.rule, f.expected, f.actual])).toEqual([["performance-t12", 2.8, 2.6]]);
  });

  test("83.56 + 8.48 + 3.36 + 4.61 = 100.01%: honest rounding, a warning", () => {
    expect(byRule(findings, "warning")).toEqual({ "narrative-shares-sum": 1 });
    expect(findings.find((f) => f.rule === "narrative-shares-sum")!.message).toContain("100.01");
  });
});

describe("seed 004 朔州市朔城区数字政府服务中心 2025 (OCR)", () => {
  const findings = findingsOf("004_6562e89d941fc7ec.txt");

  test("no error; 0.83 + 20.42 printed as 21.26 is 尾差 in tables 2, 3 and 5", () => {
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    const rounding = findings.filter((f) => f.rule === "code-tree");
    expect(rounding.map((f) => f.severity)).toEqual(Array(6).fill("warning"));
    for (const f of rounding) expect(f.message).toMatch(/20805.*21\.25.*21\.26/);
  });

  test("five empty tables without 注：本表无数据, and fewer legible performance tables than stated", () => {
    expect(byRule(findings, "info")).toEqual({ "empty-table-note": 5 });
    expect(byRule(findings, "warning")).toEqual({ "code-tree": 6, "performance-count": 1 });
  });
});

test("the README's summary table is what the checks find", async () => {
  const { readFileSync } = await import("node:fs");
  const readme = readFileSync(`${__dirname}/../../README.md`, "utf8");
  for (const file of [
    "000_206854ab748b39c9.txt",
    "001_4cf549d8e949f1ac.txt",
    "002_5fdab3ab01a01bfd.txt",
    "003_dd2c9fa6441a52f3.txt",
    "004_6562e89d941fc7ec.txt",
  ]) {
    const c = countBySeverity(findingsOf(file));
    expect(readme).toContain(`| ${file.slice(0, 3)} | ${readSeed(file).unit} | ${c.error} | ${c.warning} | ${c.info} |`);
  }
});
