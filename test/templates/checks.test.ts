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
  [
    "putuo-swh-2025-dept",
    ["putuo-swh-2025-dept"],
    [
      {
        finding: "error template-narrative-change: 24558.18 ≠ 24491.71",
        why: "p.7: 财政拨款收入 and 财政拨款支出预算 are both 37,151.47万元, yet income is 比2024年预算执行数增加24,558.18万元 and expenditure 比2024年预算增加24,491.71万元: two different bases for the same change (golden note; page image checked)",
      },
    ],
  ],
  [
    "putuo-swh-2025-unit",
    ["putuo-swh-2025-unit"],
    [
      {
        finding: "error template-narrative-change: 24558.18 ≠ 24491.71",
        why: "p.7 (the 单位 edition prints the same text): income 比2024年预算执行数增加24,558.18万元, expenditure 比2024年预算增加24,491.71万元 for the same 37,151.47万元 (golden note; page image checked)",
      },
    ],
  ],
  [
    "putuo-wanli-2024-dept",
    ["putuo-wanli-2024-dept"],
    [
      {
        finding: "error template-narrative-figure: 350.35 ≠ 352.67",
        why: "p.9 item 31: “住房保障支出（类）住房改革支出（款）住房公积金（项）”350.35万元 (as table 5), but the same paragraph says 2024年预算安排352.67万元 (page image checked)",
      },
      {
        finding: "error template-narrative-change: 1.19% ≠ 0.53%",
        why: "p.9 item 31: from 执行数348.52万元 to 预算安排352.67万元 is 增加1.19%, printed 0.53% — which is the rise to 350.35, the item's real amount: the 352.67 is the misprint",
      },
    ],
  ],
  [
    "fy-2017",
    ["fy-2017"],
    [
      {
        finding: "warning template-narrative-share: 0.63% ≠ 0.64%",
        why: "p.17 三、支出预算: 单位预留机动经费182.92万元 of 28,849.38 is 0.634%, printed 0.64% so that the three shares add to 100%: a last-digit 尾差 warning",
      },
      {
        finding: "warning template-narrative-share: 45.42% ≠ 45.43%",
        why: "三公: 公务用车购置及运行费304.4万元 of the 三公 subtotal 670.12 is 45.424%, printed 45.43% (the three shares forced to 100%): a 尾差 warning",
      },
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
  [
    "jcy-2017",
    ["jcy-2017"],
    [
      {
        finding: "error template-narrative-figure: 12323.48 ≠ 12323.46",
        why: "p.19: 一、收支预算总体情况 says 基本支出预算数为12323.46万元, while 收支预算总表 and 支出预算总表 print 12,323.48 and the same page's 三、支出预算情况说明 says 基本支出12323.48万元 (page image checked)",
      },
      // The PDF source now rejoins p.22's fill-in sentences (figures on underlines broken across lines).
      {
        finding: "error template-narrative-share: 18.82% ≠ 18.85%",
        why: "p.22 十一: 因公出国（境）费支出110万元，占“三公”经费的18.85%; the 三公 小计 of table 11 (p.16) is 584.35, 110 ÷ 584.35 = 18.82% (page images checked; the three shares were bent to add up to 100.00)",
      },
      {
        finding: "error template-narrative-share: 54.39% ≠ 54.43%",
        why: "p.22 十一: 公务用车购置及运行费支出317.8万元，占54.43%; 317.80 ÷ 584.35 = 54.39% (page images checked)",
      },
      {
        finding: "error template-narrative-share: 26.79% ≠ 26.72%",
        why: "p.22 十一: 公务接待费支出156.55万元，占26.72%; 156.55 ÷ 584.35 = 26.79% (page images checked)",
      },
      {
        finding: "error template-narrative-change: 129.29% ≠ 129.97%",
        why: "p.22 十: 机关运行经费 6032.55万元，比2016年增加3401.59万元，增长129.97%; 3401.59 ÷ (6032.55 − 3401.59 = 2630.96) = 129.29% (page image checked)",
      },
    ],
  ],
  [
    "jcy-2018",
    ["jcy-2018"],
    [
      {
        finding: "warning template-narrative-share: 99.93% ≠ 99.94%",
        why: "p.25 二: 一般公共预算收入21,940.96万元，占99.94% of 21,955.35: 99.9345% rounds to 99.93 — last digit (page image checked)",
      },
      {
        finding: "warning template-narrative-share: 0.07% ≠ 0.06%",
        why: "p.25 二: 其他资金14.39万元，占0.06%; 14.39 ÷ 21,955.35 = 0.0655% → 0.07, cut to make the shares add up to 100 (page image checked)",
      },
      {
        finding: "warning template-narrative-share: 63.74% ≠ 63.75%",
        why: "p.25 三: 基本支出13,994.31万元，占63.75%; 13,994.31 ÷ 21,955.35 = 63.7399% → 63.74 (page image checked)",
      },
      {
        finding: "warning template-narrative-share: 10.88% ≠ 10.87%",
        why: "p.25 三: 单位预留机动经费2,388.04万元，占10.87%; 2,388.04 ÷ 21,955.35 = 10.8768% → 10.88 (page image checked)",
      },
      {
        finding: "warning template-narrative-share: 99.93% ≠ 99.94%",
        why: "p.26: 财政拨款预算支出21,940.96万元，占本年支出合计的99.94%; 99.9345% → 99.93 — last digit",
      },
      {
        finding: "warning template-narrative-change: 36.59% ≠ 36.58%",
        why: "p.26: 10,883.36万元，增加2,915.22万元，增长36.58%; 2,915.22 ÷ 7,968.14 = 36.586% → 36.59, truncated instead of rounded",
      },
      {
        finding: "error template-narrative-change: 0.60% ≠ 0.06%",
        why: "p.26: 3,666万元，与上年相比增加21.8万元，增长0.06%; 21.8 ÷ 3,644.20 = 0.60% (golden note; compare finds the same)",
      },
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
        finding: "error template-narrative-share: 26.69% ≠ 8.75%",
        why: "p.28: 因公出国（境）费222.5万元 is said to be 占“三公”经费的8.75%, but the 三公 subtotal of table 9 is 833.60万元 (26.69%); 8.75% is its share of the table's 合计 2,542.60 that includes 会议费 and 培训费: a different base (page image checked)",
      },
      {
        finding: "error template-narrative-share: 22.02% ≠ 7.22%",
        why: "p.28: 公务用车购置及运行费183.6万元 占“三公”经费的7.22% — of 833.60 it is 22.02%; 7.22% is of 2,542.60 (the three stated shares add to 32.78%, not 100%)",
      },
      {
        finding: "error template-narrative-share: 51.28% ≠ 16.81%",
        why: "p.28: 公务接待费427.5万元 占“三公”经费的16.81% — of 833.60 it is 51.28%; 16.81% is of the 合计 2,542.60 (the 2018 edition prints 26.69%, 22.03%, 51.28%)",
      },
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
        finding: "warning template-narrative-share: 10.60% ≠ 10.61%",
        why: "三、支出预算: 单位预留机动经费1685.72万元 of 15,897.44 is 10.604%, printed 10.61% so that 49.55% + 39.84% + 10.61% make 100%: a 尾差 warning",
      },
      {
        finding: "warning template-narrative-share: 22.02% ≠ 22.03%",
        why: "三公: 公务用车购置及运行费183.6万元 of 833.60 is 22.02495%, so 22.02%; printed 22.03% so that 26.69% + 22.03% + 51.28% make 100%: a 尾差 warning",
      },
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
  [
    "swbgt-2017",
    ["swbgt-2017-text", "swbgt-2017-tables"],
    [
      {
        finding: "error template-narrative-change: 1.69% ≠ 1.66%",
        why: "text p.8: 行政运行 6106.99万元, 与上年相比增加101.48万元 — last year 6,005.51, so 增长1.69%; the page prints 1.66% (page image checked)",
      },
    ],
  ],
  [
    "swbgt-2018",
    ["swbgt-2018-text", "swbgt-2018-tables"],
    [
      {
        finding: "warning template-narrative-share: 80.91% ≠ 80.92%",
        why: "三公: 公务用车购置及运行费411.20万元 of the 三公 subtotal 508.20 is 80.913%, printed 80.92% (the shares forced to 100%): a 尾差 warning",
      },
    ],
  ],
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

  test("every table and section read: complete, with what the template's checks leave out said beside the findings", () => {
    const coverage = computeCoverage(disclosure);
    expect(coverage.tables.missing).toEqual([]);
    expect(coverage.sections.missing).toEqual([]);
    expect(coverage.problems).toEqual([]);
    expect(coverage.complete).toBe(true);
    expect(coverage.limits?.zh).toMatch(/上年/);
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
    const rowTotal = findings.find((f) => f.rule === "template-row-total")!;
    expect(rowTotal.message).toContain("（单位：元）");
    expect([rowTotal.expected, rowTotal.actual]).toEqual([12039501.84, 12029501.84]);
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
    const figures = (source: string) => {
      const result = readDisclosure(source);
      if (!result.ok) throw new Error(result.error);
      return checkDisclosure(result.disclosure).filter((f) => f.rule === "template-narrative-figure");
    };
    // Only what the change broke: the document's own findings (wanli p.9) stay as they are.
    const before = new Set(figures(text).map((f) => f.message));
    return figures(text.replace(from, to)).filter((f) => !before.has(f.message));
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

describe("the new relations see a changed amount", () => {
  const changed = (name: string, from: string, to: string) => {
    const text = readFileSync(join(TEXT, `${name}.txt`), "utf8");
    expect(text).toContain(from);
    const findings = (source: string) => {
      const result = readDisclosure(source);
      if (!result.ok) throw new Error(result.error);
      return checkDisclosure(result.disclosure).map((f) => `${f.severity} ${f.rule}: ${f.expected} ≠ ${f.actual}`);
    };
    const before = new Set(findings(text));
    return findings(text.replace(from, to)).filter((f) => !before.has(f));
  };

  test("Jiangsu: 财政拨款收支预算总表's 一般公共预算 changed breaks its 收入合计, 收支预算总表 and table 7", () => {
    expect(changed("rd-2018", "一、一般公共预算\t15897.44", "一、一般公共预算\t15897.54")).toEqual([
      "error template-row-total: 15897.54 ≠ 15897.44",
      "error template-cross-table: 15897.44 ≠ 15897.54",
      "error template-cross-table: 15897.54 ≠ 15897.44",
    ]);
  });

  test("Jiangsu: a 项 the narrative restates changed in the text (人大立法 810万元 → 820万元)", () => {
    expect(changed("rd-2018", "人大立法（项）支出810万元", "人大立法（项）支出820万元")).toEqual(["error template-narrative-figure: 810 ≠ 820"]);
  });

  test("Shanghai: a 科目 the narrative restates, in 万元 against the table's 元", () => {
    expect(changed("putuo-qfb-2025-dept", "科目1,202.95万元", "科目1,203.95万元")).toEqual(["error template-narrative-figure: 1202.950184 ≠ 1203.95"]);
  });
});
