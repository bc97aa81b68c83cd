import type { Disclosure } from "../../src/core/model";
import { subjectNameIn } from "../../src/core/rules/subject-names";
import { ruleCases, h } from "./ruleCases";

/** Puts a 210 class (with its name as printed) in tables 2, 3 and 5 in place of 208. */
function with210(d: Disclosure, name: string) {
  for (const t of d.tables.filter((x) => [2, 3, 5].includes(x.no))) {
    const row = t.rows.find((r) => r.code === "208")!;
    row.code = "210";
    row.name = name;
  }
}

ruleCases("subject-names", [
  {
    what: "210 printed as 医疗卫生与计划生育支出 in 2026",
    mutate: (d) => with210(d, "医疗卫生与计划生育支出"),
    severity: "error",
    message: /表2科目“210”写作“医疗卫生与计划生育支出”，2026年该科目名称为“卫生健康支出”/,
  },
  {
    what: "table 1's class row named 医疗卫生与计划生育支出",
    mutate: (d) => (d.tables.find((t) => t.no === 1)!.rows.find((r) => r.name === "八、社会保障和就业支出")!.name = "九、医疗卫生与计划生育支出"),
    severity: "error",
    message: /表1科目“210”/,
  },
  {
    what: "the narrative naming 医疗卫生与计划生育支出",
    mutate: (d) => (d.narrative.find((s) => s.no === 4)!.text = `医疗卫生与计划生育支出${h(1) / 100}万元。`),
    severity: "error",
    message: /“210”名称为“卫生健康支出”，不再是“医疗卫生与计划生育支出”/,
  },
]);

test("each name applies from its year: 210 was 医疗卫生与计划生育支出 in 2018 and is 卫生健康支出 from 2019", () => {
  expect(subjectNameIn("210", 2018)?.name).toBe("医疗卫生与计划生育支出");
  expect(subjectNameIn("210", 2019)?.name).toBe("卫生健康支出");
  expect(subjectNameIn("210", 2026)?.name).toBe("卫生健康支出");
  // 20805's rename falls between what the corpus shows (2018 and 2024): no judgement in between.
  expect(subjectNameIn("20805", 2021)).toBeNull();
  expect(subjectNameIn("20805", 2025)?.name).toBe("行政事业单位养老支出");
});

test("a 2018 disclosure's 医疗卫生与计划生育支出 is right for its year", () => {
  const { checkDisclosure, ruleById } = jest.requireActual("../../src/core/rules");
  const { consistentDisclosure } = jest.requireActual("./model");
  const d: Disclosure = consistentDisclosure();
  d.year = 2018;
  with210(d, "医疗卫生与计划生育支出");
  const findings = checkDisclosure(d, [ruleById("subject-names")]) as { actual: unknown }[];
  expect(findings.filter((f) => f.actual === "医疗卫生与计划生育支出")).toEqual([]);
  // The model's 20805 行政事业单位养老支出 is a later name: 2018 called it 行政事业单位离退休.
  expect(findings.map((f) => f.actual)).toEqual(["行政事业单位养老支出", "行政事业单位养老支出", "行政事业单位养老支出"]);
});
