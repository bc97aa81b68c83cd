/**
 * The command line on the Jiangsu PDFs: `compare --last` with a department published as two PDFs a year
 * (政协办公厅: the text and the tables), `import --last` with PDF inputs, and the comparison's rules in
 * `disclosure rules`.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { ROOT } from "../build";

const CLI = join(ROOT, "build", "cli", "src", "cli", "main.js");
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8" });
const pdf = (name: string) => join(ROOT, "test", "fixtures", "corpus", "jiangsu-budget", name);
const tmp = mkdtempSync(join(tmpdir(), "disclosure-compare-pdf-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

test("compare --last A --last B THIS1 THIS2: each year's text and tables PDFs read as one document", () => {
  const result = run(
    "compare",
    "--last",
    pdf("zx-2017-text.pdf"),
    "--last",
    pdf("zx-2017-tables.pdf"),
    pdf("zx-2018-text.pdf"),
    pdf("zx-2018-tables.pdf"),
    "--json",
  );
  expect(result.stderr).toBe("");
  // No error: one rate off in its last digit (a warning) and one statement not checked.
  expect(result.status).toBe(0);
  const json = JSON.parse(result.stdout);
  expect(json.current).toEqual({ unit: "江苏省政协办公厅", year: 2018, level: "部门" });
  expect(json.last.year).toBe(2017);
  expect(json.readingNotes).toEqual([]);
  expect(json.readingNotesEn).toEqual([]);
  expect(
    json.statements.filter((s: { lastSource: string | null; lastSourceEn: string | null }) => (s.lastSource === null) !== (s.lastSourceEn === null)),
  ).toEqual([]);
  expect(json.tablesCompared).toHaveLength(12);
  expect(json.statements).toHaveLength(34);
  // 2,233.13 / 3,348.98 = 66.68%, printed 66.69%: the 2018 text PDF's page 15 against the 2017 tables PDF's page 10.
  const rate = json.findings.find((f: { rule: string }) => f.rule === "prior-year-change");
  expect(rate).toMatchObject({ severity: "warning", expected: "66.68%", actual: "66.69%", page: 15, last: { page: 10 } });
  expect(rate.locations[0].file).toBe("zx-2018-text.pdf");
  expect(rate.last.locations[0].file).toBe("zx-2017-tables.pdf");
}, 180_000);

test("compare with more than two files and no --last says how to name last year's files", () => {
  const result = run("compare", pdf("zx-2017-text.pdf"), pdf("zx-2017-tables.pdf"), pdf("zx-2018-text.pdf"));
  expect(result.status).toBe(2);
  expect(result.stderr).toContain("compare --last 上年说明.pdf --last 上年报表.pdf 本年说明.pdf 本年报表.pdf");
});

test("import --last with PDF inputs: the 上年对比 sheet lists the PDF's statements against last year's", async () => {
  const out = join(tmp, "jcy-2018.xlsx");
  const result = run("import", pdf("jcy-2018.pdf"), "--last", pdf("jcy-2017.pdf"), "-o", out);
  expect(result.status).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const sheet = wb.getWorksheet("上年对比")!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  // jcy-2018 p.28: 因公出国（境）费 100万元 "与上年预算数相等"; jcy-2017 p.16 budgets 110.00.
  const trips = rows.find((r) => r[1] === "因公出国（境）费预算支出")!;
  expect(trips.slice(2, 5)).toEqual([100, 0, 110]);
  expect(trips[5]).toMatchObject({ formula: expect.stringMatching(/^C\d+-E\d+$/) });
  // Every matched table row side by side, by the tables' titles.
  expect(rows.some((r) => r[0] === "《财政拨款支出预算表（功能科目）》" && r[1] === "2040402" && r[3] === 3644.2 && r[4] === 3666)).toBe(true);
}, 180_000);

test("rules lists the comparison's rules with the others", () => {
  const rules = JSON.parse(run("rules", "--json").stdout);
  const priorYear = rules.filter((r: { scope: string }) => r.scope === "prior-year");
  expect(priorYear.map((r: { id: string }) => r.id)).toEqual([
    "prior-year-change",
    "prior-year-same",
    "prior-year-large-change",
    "prior-year-items",
    "prior-year-unit",
    "prior-year-unmatched",
  ]);
  for (const r of priorYear) expect(r.description.zh.length > 0 && r.description.en.length > 0).toBe(true);
  expect(run("rules").stdout).toContain("prior-year-same\terror\t说“与上年相同/持平/一致”，但上年公开的数字不同");
});
