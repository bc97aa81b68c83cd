/**
 * The Jiangsu 2017→2018 pairs: every year-on-year statement of the 2018 documents checked against the
 * 2017 documents, as the goldens (written from the PDF pages) give both years' tables and statements.
 * Each error is listed with the 2018 sentence and the 2017 row that prove it. When the Jiangsu template
 * reader lands, the same expectations apply to the PDFs read directly.
 */
import { compareDisclosures } from "../../src/core/compare";
import { goldenDisclosure } from "../support/goldenDisclosure";

interface Expected {
  rule: string;
  severity: string;
  expected: number | string | null;
  actual: number | string | null;
  /** The 2018 sentence, as printed on `pages[0]`. */
  sentence: string | null;
  /** The 2017 table row (cells joined by |) on `pages[1]`. */
  lastText: string | null;
  pages: [number | null, number | null];
}

const PAIRS: { name: string; last: string[]; current: string[]; statements: number; errors: Expected[] }[] = [
  {
    name: "人大常委会办公厅 rd",
    last: ["rd-2017.json"],
    current: ["rd-2018.json"],
    statements: 27,
    errors: [
      // 1685.72 − 1557.29 = 128.43, the 2017 table's figure; 1557.29 / 128.43 = 1212.56%, not 1312.56%.
      {
        rule: "prior-year-change",
        severity: "error",
        expected: "1212.56%",
        actual: "1312.56%",
        sentence: "与上年相比增加1557.29万元，增长1312.56%。",
        lastText: "2.政府性基金预算 | 三、国防支出 | 三、单位预留机动经费 | 128.43",
        pages: [21, 7],
      },
      // The 2018 机关运行经费 table has no 合计 row in the golden and the 2017 text no such figure: not checked, and said so.
      {
        rule: "prior-year-unmatched",
        severity: "info",
        expected: null,
        actual: 5619.31,
        sentence: "2018年本部门一般公共预算机关运行经费预算支出1579.38万元，与上年相比减少4039.93万元，减少71.89%。",
        lastText: null,
        pages: [29, null],
      },
    ],
  },
  {
    name: "省委办公厅 swbgt",
    last: ["swbgt-2017-tables.json", "swbgt-2017-text.json"],
    current: ["swbgt-2018-tables.json", "swbgt-2018-text.json"],
    statements: 24,
    errors: [
      // The same office under its full and its short name.
      {
        rule: "prior-year-unit",
        severity: "warning",
        expected: "中国共产党江苏省委员会办公厅",
        actual: "中共江苏省委办公厅",
        sentence: null,
        lastText: null,
        pages: [null, null],
      },
    ],
  },
  {
    name: "政协办公厅 zx",
    last: ["zx-2017-tables.json", "zx-2017-text.json"],
    current: ["zx-2018-tables.json", "zx-2018-text.json"],
    statements: 34,
    errors: [
      // 2,233.13 / 3,348.98 = 66.680%: printed 66.69% (one in the last digit).
      {
        rule: "prior-year-change",
        severity: "warning",
        expected: "66.68%",
        actual: "66.69%",
        sentence: "江苏省政协办公厅2018年一般公共预算机关运行经费预算支出1,115.85万元，与上年相比减少2,233.13万元，下降66.69%。",
        lastText: "合计 | 3,348.98",
        pages: [15, 10],
      },
      // 2017 published no 国有资本经营预算 figure (a blank total is no figure): not checked, and said so.
      {
        rule: "prior-year-unmatched",
        severity: "info",
        expected: null,
        actual: 0,
        sentence: "2018年本部门国有资本经营预算收入为0万元，与上年数一致，",
        lastText: null,
        pages: [15, null],
      },
    ],
  },
  {
    name: "高级法院 fy",
    last: ["fy-2017.json"],
    current: ["fy-2018.json"],
    statements: 29,
    errors: [
      // fy-2017 p.13: 一般行政管理事务 6,432.89; 6,432.89 − 6,049.97 = 382.92, printed 392.92.
      {
        rule: "prior-year-change",
        severity: "error",
        expected: -382.92,
        actual: -392.92,
        sentence: "2.法院（款）一般行政事务管理（项）支出6049.97万元，与上年相比减少392.92万元，减少5.95%。",
        lastText: "2040502 | 一般行政管理事务 | 6,432.89",
        pages: [19, 13],
      },
    ],
  },
  {
    name: "检察院 jcy",
    last: ["jcy-2017.json"],
    current: ["jcy-2018.json"],
    statements: 24,
    errors: [
      // 3,958.67 / 17,996.68 = 21.997%: 22.00%, printed 21.95%.
      {
        rule: "prior-year-change",
        severity: "error",
        expected: "22.00%",
        actual: "21.95%",
        sentence: "江苏省人民检察院2018年度收入、支出预算总计21,955.35万元，与上年相比收、支预算总计各增加3,958.67万元，增长21.95%。",
        lastText: "收入总计 | 17,996.68",
        pages: [23, 11],
      },
      // 184.96 / 2,021.18 = 9.15%: 9.2% at one decimal, printed 9.1%.
      {
        rule: "prior-year-change",
        severity: "warning",
        expected: "9.2%",
        actual: "9.1%",
        sentence: "与上年相比减少184.96万元，降幅9.1%。",
        lastText: "八、社会保障和就业支出 | 2,021.18",
        pages: [24, 10],
      },
      // 21,940.96 − 17,981.68 = 3,959.28 (as p.23 says); pp.25, 26 and 28 print 3,958.98.
      ...[
        ["与上年相比，财政拨款收、支总计各增加3,958.98万元，增长22%。", 25],
        ["与上年相比，财政拨款支出增加3,958.98万元，增长22%。", 26],
      ].map(([sentence, page]): Expected => ({
        rule: "prior-year-change",
        severity: "error",
        expected: 3959.28,
        actual: 3958.98,
        sentence: sentence as string,
        lastText: "一、财政拨款 | 17,981.68 | 一、一般公共服务支出 | 一、基本支出 | 12,323.48",
        pages: [page as number, 10],
      })),
      // 2,915.22 / 7,968.14 = 36.586%: printed 36.58%.
      {
        rule: "prior-year-change",
        severity: "warning",
        expected: "36.59%",
        actual: "36.58%",
        sentence: "1.行政运行（项）支出10,883.36万元，与上年相比增加2,915.22万元，增长36.58%。",
        lastText: "2040401 | 行政运行 | 7,968.14",
        pages: [26, 12],
      },
      // 21.8 / 3,644.20 = 0.60%, printed 0.06%.
      {
        rule: "prior-year-change",
        severity: "error",
        expected: "0.60%",
        actual: "0.06%",
        sentence: "2.一般行政管理事务（项）支出3,666万元，与上年相比增加21.8万元，增长0.06%。",
        lastText: "2040402 | 一般行政管理事务 | 3,644.20",
        pages: [26, 12],
      },
      // 2040405 was 公诉和审判监督 150.00 in 2017; in 2018 it covers four 2017 subjects (480 + 150 + 100 + 1,299 = 2,029): not an error, not checked.
      {
        rule: "prior-year-unmatched",
        severity: "info",
        expected: null,
        actual: 2029,
        sentence: "3.公诉、审判、侦查、执行等检察监督支出（项）1,895万元，与上年相比减少134万元，降幅0.66%。",
        lastText: "2040405 | 公诉和审判监督 | 150.00",
        pages: [26, 12],
      },
      {
        rule: "prior-year-change",
        severity: "error",
        expected: 3959.28,
        actual: 3958.98,
        sentence: "省检察院2018年一般公共预算财政拨款支出预算21,940.96万元，与上年相比增加3,958.98万元，增长22%。",
        lastText: "一、财政拨款 | 17,981.68 | 一、一般公共服务支出 | 一、基本支出 | 12,323.48",
        pages: [28, 10],
      },
      // jcy-2017 p.16 budgets 因公出国（境）费 110.00 (third column of the 三公 table).
      {
        rule: "prior-year-same",
        severity: "error",
        expected: -10,
        actual: 0,
        sentence: "1.因公出国（境）费预算支出100万元，与上年预算数相等。",
        lastText: "1,452.35 | 584.35 | 110.00 | 317.80 | 50.00 | 267.80 | 156.55 | 168.00 | 700.00",
        pages: [28, 16],
      },
    ],
  },
];

describe.each(PAIRS)("$name 2017 → 2018", ({ last, current, statements, errors }) => {
  const lastYear = goldenDisclosure(last);
  const thisYear = goldenDisclosure(current);
  const result = compareDisclosures(lastYear.disclosure, thisYear.disclosure);

  test("every year-on-year statement of 2018 is checked against 2017", () => {
    expect(result.statements).toHaveLength(statements);
    const goldenStatements = thisYear.disclosure.narrative.flatMap((s) => s.figures.filter((f) => f.change));
    expect(result.statements).toHaveLength(goldenStatements.length);
    const notChecked = result.statements.filter((s) => s.verdict === "not-found");
    // Each statement not checked is reported as such (never a silent pass).
    for (const s of notChecked) expect(result.findings.some((f) => f.rule === "prior-year-unmatched" && f.lines.includes(s.line))).toBe(true);
  });

  test("the errors, rounding and unchecked statements are exactly the listed ones, with both documents' places", () => {
    const found: Expected[] = result.findings
      .filter((f) => f.rule !== "prior-year-large-change" && f.rule !== "prior-year-items")
      .map((f) => ({
        rule: f.rule,
        severity: f.severity,
        expected: f.expected,
        actual: f.actual,
        sentence: f.lines.map((n) => thisYear.places[n - 1].text)[0] ?? null,
        lastText: f.lastLines.map((n) => lastYear.places[n - 1].text)[0] ?? null,
        pages: [f.lines.map((n) => thisYear.places[n - 1].page)[0] ?? null, f.lastLines.map((n) => lastYear.places[n - 1].page)[0] ?? null],
      }));
    expect(found).toEqual(errors);
  });

  test("large changes are real changes of at least 30% and 10万元 between the matched rows", () => {
    for (const f of result.findings.filter((x) => x.rule === "prior-year-large-change")) {
      const [lastValue, currentValue] = [f.expected as number, f.actual as number];
      expect(Math.abs(currentValue - lastValue)).toBeGreaterThanOrEqual(10);
      expect(Math.abs(currentValue - lastValue) / lastValue).toBeGreaterThanOrEqual(0.3);
      expect(f.lines).toHaveLength(1);
      expect(f.lastLines).toHaveLength(1);
    }
  });
});

test("renamed subjects and reordered tables are matched: 2018's 一般行政事务管理（项） is 2017's 一般行政管理事务", () => {
  const fy = compareDisclosures(goldenDisclosure(["fy-2017.json"]).disclosure, goldenDisclosure(["fy-2018.json"]).disclosure);
  const statement = fy.statements.find((s) => s.label === "一般行政事务管理（项）");
  expect(statement).toMatchObject({ lastValue: 643289, verdict: "differs" });
  // rd-2017 prints 财政拨款支出预算表 before 收支预算总表; the tables still pair by title.
  const rd = compareDisclosures(goldenDisclosure(["rd-2017.json"]).disclosure, goldenDisclosure(["rd-2018.json"]).disclosure);
  const pairs = rd.tables.map((p) => [p.current.title, p.last.title]);
  expect(pairs).toContainEqual(["财政拨款支出预算表（功能科目）", "财政拨款支出预算表"]);
  expect(pairs).toContainEqual(["收支预算总表", "收支预算总表"]);
  // The same table, its words reordered between the years.
  expect(pairs).toContainEqual(["政府性基金预算财政拨款支出预算表", "财政拨款政府性基金支出预算表"]);
});
