/**
 * The Jiangsu 2017→2018 pairs compared on the PDFs themselves: both years read by the PDF source and the
 * Jiangsu template reader (the text and the tables PDFs of 省委办公厅 and 政协办公厅 read as one), every
 * year-on-year statement of the 2018 narrative checked against the 2017 document. Each finding is
 * listed with the line of the 2018 PDF that states it and the line of the 2017 PDF that proves it, and
 * their pages; the errors were confirmed on the page images (pdftoppm -r 100, e.g. fy-2018 p.19 prints
 * "减少392.92万元" and fy-2017 p.13 "2040502 一般行政管理事务 6,432.89"; jcy-2018 p.26 prints "增加
 * 3,958.98万元，增长22%" and "增长0.06%"; jcy-2017 p.16 prints 因公出国（境）费 110.00).
 *
 * Against test/compare/jiangsu.test.ts (the same pairs through the goldens): the same errors and
 * rounding warnings; in addition 153 statements are checked instead of 138 (the goldens left out the
 * "增加（减少）0万元" template wordings, some repeated totals and the 今年新增 items, all found here),
 * 人大's 机关运行经费 statement agrees with the 2017 table's 合计 5,619.31 (the golden has no 合计 row,
 * so there it was not checked), the 国有资本经营预算收入 "与上年数一致" of three departments is listed
 * as not checked (2017 published no such figure), and 省委办公厅's name is the same on both covers as
 * the reader reads them (江苏省委办公厅), so no unit warning.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compareDisclosures, comparisonView, type Comparison } from "../../src/core/compare";
import { parseAmount } from "../../src/core/amount";
import { type LoadedDocument, loadDocument } from "../../src/cli/loadSource";
import { locate } from "../../src/core/sources/pdfSource";

const CORPUS = join(__dirname, "..", "fixtures", "corpus");
const pdf = (name: string) => join(CORPUS, "jiangsu-budget", name);

interface Expected {
  rule: string;
  severity: string;
  expected: number | string | null;
  actual: number | string | null;
  /** Words of the 2018 line (white space removed) that make the statement, and its page. */
  sentence: string;
  page: number;
  /** Words of the 2017 line that prove it (null: 2017 published nothing to compare with), and its page. */
  lastText: string | null;
  lastPage: number | null;
}

const NOT_IN_2017 = (sentence: string, page: number): Expected => ({
  rule: "prior-year-unmatched",
  severity: "info",
  expected: null,
  actual: 0,
  sentence,
  page,
  lastText: null,
  lastPage: null,
});

const PAIRS: { name: string; last: string[]; current: string[]; statements: number; findings: Expected[] }[] = [
  {
    name: "人大常委会办公厅 rd",
    last: ["rd-2017.pdf"],
    current: ["rd-2018.pdf"],
    statements: 38,
    findings: [
      // 1557.29 / 128.43 = 12.1256: 1212.56%.
      {
        rule: "prior-year-change",
        severity: "error",
        expected: "1212.56%",
        actual: "1312.56%",
        sentence: "单位预留机动经费预算数为1685.72万元。与上年相比增加1557.29万元，增长1312.56%。",
        page: 21,
        lastText: "三、单位预留机动经费128.43",
        lastPage: 7,
      },
      NOT_IN_2017("2018年本部门国有资本经营预算收入为0万元，与上年相比增加（减少）0万元", 29),
    ],
  },
  {
    name: "高级法院 fy",
    last: ["fy-2017.pdf"],
    current: ["fy-2018.pdf"],
    statements: 29,
    findings: [
      // 6,432.89 − 6,049.97 = 382.92.
      {
        rule: "prior-year-change",
        severity: "error",
        expected: -382.92,
        actual: -392.92,
        sentence: "法院（款）一般行政事务管理（项）支出6049.97万元，与上年相比减少392.92万元，减少5.95%。",
        page: 19,
        lastText: "2040502一般行政管理事务6,432.89",
        lastPage: 13,
      },
    ],
  },
  {
    name: "检察院 jcy",
    last: ["jcy-2017.pdf"],
    current: ["jcy-2018.pdf"],
    statements: 24,
    findings: [
      // 3,958.67 / 17,996.68 (2017 支出预算总表 合计) = 21.997%.
      {
        rule: "prior-year-change",
        severity: "error",
        expected: "22.00%",
        actual: "21.95%",
        sentence: "收入、支出预算总计21,955.35万元，与上年相比收、支预算总计各增加3,958.67万元，增长21.95%。",
        page: 23,
        lastText: "17,996.68",
        lastPage: 11,
      },
      // 184.96 / 2,021.18 = 9.15%: 9.2% at one decimal (one in the last digit).
      {
        rule: "prior-year-change",
        severity: "warning",
        expected: "9.2%",
        actual: "9.1%",
        sentence: "与上年相比减少184.96万元，降幅9.1%。",
        page: 24,
        lastText: "八、社会保障和就业支出2,021.18",
        lastPage: 10,
      },
      // 21,940.96 − 17,981.68 = 3,959.28 (as p.23 says); pp.25, 26 and 28 print 3,958.98.
      {
        rule: "prior-year-change",
        severity: "error",
        expected: 3959.28,
        actual: 3958.98,
        sentence: "与上年相比，财政拨款收、支总计各增加3,958.98万元，增长22%。",
        page: 25,
        lastText: "一、财政拨款17,981.68",
        lastPage: 10,
      },
      {
        rule: "prior-year-change",
        severity: "error",
        expected: 3959.28,
        actual: 3958.98,
        sentence: "与上年相比，财政拨款支出增加3,958.98万元，增长22%。",
        page: 26,
        lastText: "一、财政拨款17,981.68",
        lastPage: 10,
      },
      // 2,915.22 / 7,968.14 = 36.586%.
      {
        rule: "prior-year-change",
        severity: "warning",
        expected: "36.59%",
        actual: "36.58%",
        sentence: "行政运行（项）支出10,883.36万元，与上年相比增加2,915.22万元，增长36.58%。",
        page: 26,
        lastText: "2040401行政运行7,968.14",
        lastPage: 12,
      },
      // 21.8 / 3,644.20 = 0.60%.
      {
        rule: "prior-year-change",
        severity: "error",
        expected: "0.60%",
        actual: "0.06%",
        sentence: "一般行政管理事务（项）支出3,666万元，与上年相比增加21.8万元，增长0.06%。",
        page: 26,
        lastText: "2040402一般行政管理事务3,644.20",
        lastPage: 12,
      },
      // 2040405 was 公诉和审判监督 150.00 in 2017 and is widened in 2018: not an error, not checked.
      {
        rule: "prior-year-unmatched",
        severity: "info",
        expected: null,
        actual: 2029,
        sentence: "公诉、审判、侦查、执行等检察监督支出（项）1,895万元，与上年相比减少134万元，降幅0.66%。",
        page: 26,
        lastText: "2040405公诉和审判监督150.00",
        lastPage: 12,
      },
      {
        rule: "prior-year-change",
        severity: "error",
        expected: 3959.28,
        actual: 3958.98,
        sentence: "一般公共预算财政拨款支出预算21,940.96万元，与上年相比增加3,958.98万元，增长22%。",
        page: 28,
        lastText: "一、财政拨款17,981.68",
        lastPage: 10,
      },
      // The 2017 三公 table: 合计 1,452.35, 小计 584.35, 因公出国（境）费 110.00.
      {
        rule: "prior-year-same",
        severity: "error",
        expected: -10,
        actual: 0,
        sentence: "因公出国（境）费预算支出100万元，与上年预算数相等。",
        page: 28,
        lastText: "1,452.35584.35110.00",
        lastPage: 16,
      },
    ],
  },
  {
    name: "省委办公厅 swbgt (text and tables PDFs)",
    last: ["swbgt-2017-text.pdf", "swbgt-2017-tables.pdf"],
    current: ["swbgt-2018-text.pdf", "swbgt-2018-tables.pdf"],
    statements: 28,
    findings: [NOT_IN_2017("2018年本部门国有资本经营预算收入为0万元，与上年数一致。", 12)],
  },
  {
    name: "政协办公厅 zx (text and tables PDFs)",
    last: ["zx-2017-text.pdf", "zx-2017-tables.pdf"],
    current: ["zx-2018-text.pdf", "zx-2018-tables.pdf"],
    statements: 34,
    findings: [
      // 2,233.13 / 3,348.98 = 66.680%.
      {
        rule: "prior-year-change",
        severity: "warning",
        expected: "66.68%",
        actual: "66.69%",
        sentence: "一般公共预算机关运行经费预算支出1,115.85万元，与上年相比减少2,233.13万元，下降66.69%。",
        page: 15,
        lastText: "合计3,348.98",
        lastPage: 10,
      },
      NOT_IN_2017("2018年本部门国有资本经营预算收入为0万元，与上年数一致", 15),
    ],
  },
];

const lineText = (doc: LoadedDocument, line: number) => doc.source!.text.split("\n")[line - 1].replace(/\s+/g, "");
const pageOf = (doc: LoadedDocument, line: number) => locate(doc.source, line)?.page ?? null;

interface GoldenChange {
  page: number;
  item: string;
  amount: string | null;
  change: string | null;
  sentence: string;
}

/** The year-on-year statements the goldens record (read from the page images) for a 2018 PDF. */
function goldenChanges(file: string): GoldenChange[] {
  const g = JSON.parse(readFileSync(join(CORPUS, "goldens", file.replace(/\.pdf$/, ".json")), "utf8"));
  const sections = [...(Array.isArray(g.narrative) ? g.narrative : g.narrative ? [g.narrative] : []), ...(g.otherSections ?? [])];
  return sections.flatMap((s: { changes?: GoldenChange[] }) => s.changes ?? []);
}

const wanyuan = (text: string | null) => {
  const m = text ? /([\d,]+(?:\.\d+)?)\s*万元/.exec(text) : null;
  return m ? parseAmount(m[1]) : null;
};

describe.each(PAIRS)("$name 2017 → 2018, from the PDFs", ({ last, current, statements, findings }) => {
  let lastYear: LoadedDocument;
  let thisYear: LoadedDocument;
  let result: Comparison;
  beforeAll(async () => {
    lastYear = await loadDocument(last.map(pdf));
    thisYear = await loadDocument(current.map(pdf));
    result = compareDisclosures(lastYear.disclosure, thisYear.disclosure);
  }, 180_000);

  test("both years are read by the Jiangsu template, every table found and paired", () => {
    for (const doc of [lastYear, thisYear]) {
      expect(doc.disclosure.template).toBe("jiangsu");
      expect(doc.disclosure.templateTables!.filter((t) => !t.found)).toEqual([]);
    }
    expect(result.tables).toHaveLength(12);
  });

  test("every year-on-year statement of 2018 is checked; those not checked are reported", () => {
    expect(result.statements).toHaveLength(statements);
    for (const s of result.statements.filter((x) => x.verdict === "not-found"))
      expect(result.findings.some((f) => f.rule === "prior-year-unmatched" && f.lines.includes(s.line))).toBe(true);
  });

  test("every statement the goldens record from the page images is among them, with its figure and stated change", () => {
    const found = comparisonView(thisYear.disclosure).narrative.flatMap((s) => s.figures.filter((f) => f.change));
    const missing: string[] = [];
    for (const file of current) {
      for (const g of goldenChanges(file)) {
        const value = wanyuan(g.amount);
        if (value === null) continue; // "2018年无公务用车购置预算安排": no figure stated
        const change = wanyuan(g.change);
        const match = found.find((f) => {
          const page = pageOf(thisYear, f.line);
          // The figure may stand at the foot of one page and its change at the top of the next.
          const samePage = page !== null && Math.abs(page - g.page) <= 1;
          return samePage && f.value === value && (change === null || f.change!.amount === change);
        });
        if (!match) missing.push(`p.${g.page} ${g.sentence}`);
      }
    }
    expect(missing).toEqual([]);
  });

  test("the errors, rounding and unchecked statements are exactly the listed ones, each with both PDFs' lines and pages", () => {
    const got = result.findings.filter((f) => f.rule !== "prior-year-large-change" && f.rule !== "prior-year-items");
    expect(got).toHaveLength(findings.length);
    got.forEach((f, i) => {
      const want = findings[i];
      expect([f.rule, f.severity, f.expected, f.actual]).toEqual([want.rule, want.severity, want.expected, want.actual]);
      expect(lineText(thisYear, f.lines[0])).toContain(want.sentence);
      expect(pageOf(thisYear, f.lines[0])).toBe(want.page);
      if (want.lastText === null) expect(f.lastLines).toEqual([]);
      else {
        expect(lineText(lastYear, f.lastLines[0])).toContain(want.lastText);
        expect(pageOf(lastYear, f.lastLines[0])).toBe(want.lastPage);
      }
    });
  });

  test("large changes are real changes of at least 30% and 10万元 between matched rows of the two PDFs", () => {
    for (const f of result.findings.filter((x) => x.rule === "prior-year-large-change")) {
      const [lastValue, currentValue] = [f.expected as number, f.actual as number];
      expect(Math.abs(currentValue - lastValue)).toBeGreaterThanOrEqual(10);
      expect(Math.abs(currentValue - lastValue) / Math.abs(lastValue)).toBeGreaterThanOrEqual(0.3);
      expect(pageOf(thisYear, f.lines[0])).not.toBeNull();
      expect(pageOf(lastYear, f.lastLines[0])).not.toBeNull();
    }
  });
});
