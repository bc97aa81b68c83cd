/**
 * What the template checks find in the Shanghai and Jiangsu corpus (text and tables PDFs merged where
 * published apart), each finding with why the published document really is inconsistent — checked
 * against the page images and the goldens' notes. Any other finding is a false error and fails here.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readDisclosure } from "../../src/core/reader";
import type { Disclosure } from "../../src/core/model";
import { checkDisclosure } from "../../src/core/rules";
import { computeCoverage } from "../../src/core/coverage";

const TEXT = join(__dirname, "..", "fixtures", "corpus", "text");

function read(...names: string[]): Disclosure {
  const result = readDisclosure(names.map((n) => readFileSync(join(TEXT, `${n}.txt`), "utf8")).join("\n"));
  if (!result.ok) throw new Error(result.error);
  return result.disclosure;
}

/** [document, its files, the findings as "severity rule: expected ≠ actual", and why each is real]. */
const EXPECTED: [string, string[], { finding: string; why: string }[]][] = [
  ["putuo-qfb-2025-dept", ["putuo-qfb-2025-dept"], []],
  ["putuo-qfb-2025-unit", ["putuo-qfb-2025-unit"], []],
  ["putuo-swh-2025-dept", ["putuo-swh-2025-dept"], []],
  ["putuo-swh-2025-unit", ["putuo-swh-2025-unit"], []],
  ["putuo-wanli-2024-dept", ["putuo-wanli-2024-dept"], []],
  [
    "fy-2017",
    ["fy-2017"],
    [
      {
        finding: "error template-narrative-change: 79.09% ≠ 79.05%",
        why: "p.22: 提租补贴 1959.99万元, 增加865.57万元 means last year 1094.42万元, so 增长79.09%; the page prints 79.05% (checked on the page image)",
      },
    ],
  ],
  [
    "fy-2018",
    ["fy-2018"],
    [
      {
        finding: "error template-narrative-change: 6.10% ≠ 5.95%",
        why: "p.19: 一般行政管理事务 6049.97万元 减少392.92万元 减少5.95% — the 2017 table has 6,432.89, so the decrease is 382.92 (5.95% fits 382.92): 392.92 is a misprint (golden note)",
      },
    ],
  ],
  ["jcy-2017", ["jcy-2017"], []],
  [
    "jcy-2018",
    ["jcy-2018"],
    [
      {
        finding: "error template-narrative-change: 6.60% ≠ 0.66%",
        why: "p.26: 公诉、审判、侦查、执行等检察监督支出 1,895万元 减少134万元 on last year's 2,029.00 is 6.60%, printed 降幅0.66% (golden note)",
      },
    ],
  ],
  [
    "rd-2017",
    ["rd-2017"],
    [
      {
        finding: "warning template-narrative-change: 254.24% ≠ 254.23%",
        why: "机关运行经费 5619.31万元 增加4032.99万元 on 1586.32 is 254.236%, printed 254.23% (cut, not rounded): a 尾差 warning",
      },
    ],
  ],
  [
    "rd-2018",
    ["rd-2018"],
    [
      {
        finding: "error template-narrative-change: 1212.56% ≠ 1312.56%",
        why: "p.21: 单位预留机动经费 1685.72万元 增加1557.29万元 on last year's 128.43 is 增长1212.56%, printed 1312.56% (golden note)",
      },
    ],
  ],
  ["zx-2017", ["zx-2017-text", "zx-2017-tables"], []],
  [
    "zx-2018",
    ["zx-2018-text", "zx-2018-tables"],
    [
      {
        finding: "warning template-narrative-change: 66.68% ≠ 66.69%",
        why: "机关运行经费 1,115.85万元 减少2,233.13万元 on 3,348.98 (the 2017 table's 合计) is 66.681%, printed 66.69%: a last-digit 尾差 warning",
      },
    ],
  ],
  ["swbgt-2017", ["swbgt-2017-text", "swbgt-2017-tables"], []],
  ["swbgt-2018", ["swbgt-2018-text", "swbgt-2018-tables"], []],
];

describe.each(EXPECTED)("%s", (_name, files, expected) => {
  const disclosure = read(...files);

  test("the template's checks find exactly the document's real inconsistencies", () => {
    // The template's relations; the reviewer's rules on these documents: test/rules/reviewer-templates.test.ts.
    const found = checkDisclosure(disclosure)
      .filter((f) => f.rule.startsWith("template-"))
      .map((f) => `${f.severity} ${f.rule}: ${f.expected} ≠ ${f.actual}`);
    expect(found).toEqual(expected.map((e) => e.finding));
  });

  test("every table and section read; the coverage says what is not checked yet, so no '0 errors' pass", () => {
    const coverage = computeCoverage(disclosure);
    expect(coverage.tables.missing).toEqual([]);
    expect(coverage.sections.missing).toEqual([]);
    expect(coverage.problems.map((p) => p.kind)).toEqual(["checks-partial"]);
    expect(coverage.complete).toBe(false);
  });
});

describe("the checks see a changed amount", () => {
  test("a 项 amount changed in a Shanghai table breaks its 款 total and the row total", () => {
    const text = readFileSync(join(TEXT, "putuo-qfb-2025-dept.txt"), "utf8").replace(
      "201\t03\t01\t行政运行\t12,029,501.84\t11,919,501.84\t110,000.00",
      "201\t03\t01\t行政运行\t12,029,501.84\t11,919,501.84\t120,000.00",
    );
    expect(text).toContain("120,000.00");
    const result = readDisclosure(text);
    if (!result.ok) throw new Error(result.error);
    const findings = checkDisclosure(result.disclosure).filter((f) => f.severity === "error");
    expect(findings.map((f) => f.rule).sort()).toEqual(["template-code-tree", "template-row-total"]);
    // Compared in 元, the unit the table prints: 10,000.00元 off.
    expect(findings.find((f) => f.rule === "template-row-total")!.message).toContain("12029501.84元");
  });

  test("a Jiangsu 项 changed breaks its 款", () => {
    const text = readFileSync(join(TEXT, "rd-2018.txt"), "utf8").replace("2010104\t人大会议\t1,305.25", "2010104\t人大会议\t1,305.35");
    expect(text).toContain("1,305.35");
    const result = readDisclosure(text);
    if (!result.ok) throw new Error(result.error);
    const findings = checkDisclosure(result.disclosure).filter((f) => f.severity === "error" && f.rule === "template-code-tree");
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0].expected).toBe(12706.38);
    expect(findings[0].actual).toBe(12706.28);
  });

  test("a Shanghai total shared by two tables", () => {
    const text = readFileSync(join(TEXT, "putuo-qfb-2025-dept.txt"), "utf8").replace(
      "合计\t\t\t24,606,775.35\t22,473,997.81\t2,132,777.54",
      "合计\t\t\t24,606,775.36\t22,473,997.82\t2,132,777.54",
    );
    expect(text).toContain("24,606,775.36");
    const result = readDisclosure(text);
    if (!result.ok) throw new Error(result.error);
    const rules = checkDisclosure(result.disclosure).map((f) => f.rule);
    expect(rules).toContain("template-cross-table");
  });
});

describe("Shanghai narrative (万元) against the tables (元)", () => {
  const check = (name: string, from: string, to: string) => {
    const text = readFileSync(join(TEXT, `${name}.txt`), "utf8");
    expect(text).toContain(from);
    const result = readDisclosure(text.replace(from, to));
    if (!result.ok) throw new Error(result.error);
    return checkDisclosure(result.disclosure).filter((f) => f.rule === "template-narrative-figure");
  };

  test.each([
    // 91,016,775.35元 is 9,101.68万元 after rounding: 9,101.69 is off by more than half a unit.
    ["putuo-qfb-2025-dept", "收入预算9,101.68万元", "收入预算9,101.69万元", 9101.677535],
    ["putuo-qfb-2025-dept", "一般公共预算拨款支出预算9,101.68万元", "一般公共预算拨款支出预算9,102.68万元", 9101.677535],
    ["putuo-qfb-2025-dept", "机关运行经费预算为213.28万元", "机关运行经费预算为213.29万元", 213.28],
    ["putuo-wanli-2024-dept", "收入预算15621.11万元", "收入预算15621.21万元", 15621.1123],
    ["putuo-swh-2025-unit", "“三公”经费预算数为1.00万元", "“三公”经费预算数为2.00万元", 1],
  ])("%s: %s changed to %s is an error", (name, from, to, table) => {
    const findings = check(name, from, to);
    expect(findings).toHaveLength(1);
    expect(findings[0].expected).toBeCloseTo(table, 6);
  });

  test("a figure printed without decimals is compared at that precision (4,614万元 for 46,140,000.00元)", () => {
    expect(check("putuo-qfb-2025-dept", "收入预算9,101.68万元", "收入预算9,102万元")).toHaveLength(0);
    expect(check("putuo-qfb-2025-dept", "收入预算9,101.68万元", "收入预算9,103万元")).toHaveLength(1);
  });
});
