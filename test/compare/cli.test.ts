/**
 * `disclosure compare LAST THIS` and `disclosure import THIS --last LAST` on real text: a last year's
 * text made from seed 000 by changing known figures (the same changes as test/support/lastYear.ts).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { compareDisclosures } from "../../src/core/compare";
import type { PdfSource } from "../../src/core/sources/pdfSource";
import { locateFindings } from "../../src/cli/compare";
import { ROOT } from "../build";
import { readSeed, SEED_DIR } from "../helpers";
import { lastYearText } from "../support/lastYear";
import { describeWithLibreOffice, recalculate } from "../support/libreoffice";

const CLI = join(ROOT, "build", "cli", "src", "cli", "main.js");
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8" });
const SEED = "000_206854ab748b39c9.txt";
const thisYear = join(SEED_DIR, SEED);
const tmp = mkdtempSync(join(tmpdir(), "disclosure-compare-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function writeLast(name: string, extra: Record<string, string> = {}): string {
  const path = join(tmp, name);
  writeFileSync(path, lastYearText(extra));
  return path;
}

test("a consistent last year: every statement agrees, exit 0", () => {
  const result = run("compare", writeLast("2024.txt"), thisYear);
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  expect(result.stdout).toContain("上年对比：大同市政务服务中心 2024年度 → 大同市政务服务中心 2025年度");
  expect(result.stdout).toContain("同比说法10条：与上年公开一致10条，不一致0条，尾差0条，未能核对0条");
  expect(result.stdout).toContain("合计：错误0条，提示0条，说明0条");
});

test("a figure last year published otherwise: the error with both documents' lines, exit 1; --json in the finding schema", () => {
  const last = writeLast("2024-other.txt", { "15.98": "19.96" });
  const result = run("compare", last, thisYear);
  expect(result.status).toBe(1);
  expect(result.stdout).toContain(
    "[错误] 情况说明第八项“机关运行经费财政拨款预算”15.98万元，比上年减少2.98万元，但上年表11“合计”为19.96万元，应为比上年减少3.98万元（本年第441行；上年第347行）  〔prior-year-change〕",
  );
  const json = JSON.parse(run("compare", last, thisYear, "--json").stdout);
  expect(json.current).toEqual({ unit: "大同市政务服务中心", year: 2025, level: "单位" });
  expect(json.last.year).toBe(2024);
  const finding = json.findings.find((f: { rule: string; expected: unknown }) => f.rule === "prior-year-change" && typeof f.expected === "number");
  expect(finding).toMatchObject({
    severity: "error",
    scope: "prior-year",
    tables: [],
    expected: -3.98,
    actual: -2.98,
    lines: [441],
    lastLines: [347],
    last: { lines: [347] },
  });
  expect(json.statements).toHaveLength(10);
});

test("the thresholds of a large change are options; bad values and bad input get a Chinese message and exit 2", () => {
  const last = writeLast("2024-large.txt", { "164.38": "155.38" });
  expect(run("compare", last, thisYear).stdout).not.toContain("基本工资");
  expect(run("compare", last, thisYear, "--large-percent", "5", "--large-amount", "5").stdout).toContain("表6“基本工资”164.38万元，上年155.38万元");
  const bad = run("compare", last, thisYear, "--large-percent", "多");
  expect(bad.status).toBe(2);
  expect(bad.stderr).toContain("--large-percent 应为不小于0的数字");
  const one = run("compare", thisYear);
  expect(one.status).toBe(2);
  expect(one.stderr).toContain("compare 需要上年和本年的预算公开");
  const missing = run("compare", join(tmp, "nothing.txt"), thisYear);
  expect(missing.status).toBe(2);
  expect(missing.stderr).toMatch(/找不到文件“.*nothing\.txt”/);
});

test("findings from PDF inputs carry each document's pages", () => {
  const current = readSeed(SEED);
  const last = structuredClone(current);
  last.year = 2024;
  const comparison = compareDisclosures(last, current);
  // Where each line was printed, as the PDF source gives it: line n on page ⌈n/50⌉ of this year's
  // file, page ⌈n/40⌉ of last year's.
  const source = (file: string, perPage: number, count: number): PdfSource => ({
    text: "",
    locations: Array.from({ length: count }, (_, i) => ({ file, page: Math.ceil((i + 1) / perPage), lineOnPage: (i % perPage) + 1 })),
    warnings: [],
    files: [file],
    pageCount: Math.ceil(count / perPage),
  });
  const located = locateFindings(
    comparison,
    { disclosure: last, source: source("2024.pdf", 40, last.lineCount) },
    { disclosure: current, source: source("2025.pdf", 50, current.lineCount) },
  );
  const first = located.find((f) => f.lines[0] === 390 && f.lastLines.length > 0)!;
  expect(first.page).toBe(8);
  expect(first.locations![0]).toEqual({ file: "2025.pdf", page: 8, lineOnPage: 40, line: 390 });
  expect(first.last.page).toBe(Math.ceil(first.lastLines[0] / 40));
});

describeWithLibreOffice("import --last: the 上年对比 sheet", () => {
  test("both years side by side with the differences as formulas that LibreOffice recalculates", async () => {
    const out = join(tmp, "2025.xlsx");
    const result = run("import", thisYear, "--last", writeLast("2024-sheet.txt", { "15.98": "19.96" }), "-o", out);
    expect(result.status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sheet = wb.getWorksheet("上年对比")!;
    expect(sheet).toBeDefined();
    const sheets = recalculate(out);
    const rows = sheets["上年对比"];
    const statement = rows.find((r) => r[1] === "机关运行经费财政拨款预算")!;
    // 本年数, 文中增减额, 上年公开数, 应为增减额 (formula), 核对 (formula).
    expect(statement.slice(2, 7)).toEqual(["15.98", "-2.98", "19.96", "-3.98", "差 1.00：应为-3.98"]);
    expect(rows.find((r) => r[1] === "预算收入总计")![6]).toBe("✓");
    const t11 = rows.find((r) => r[0] === "表11" && r[2] === "大同市政务服务中心")!;
    expect(t11.slice(3, 6)).toEqual(["19.96", "15.98", "-3.98"]);
    // A formula, not a value: the cell holds =E…-D….
    const formulaCell = sheet.getRow(rows.indexOf(t11) + 1).getCell(6).value as { formula?: string };
    expect(formulaCell.formula).toMatch(/^E\d+-D\d+$/);
  }, 120_000);
});

test("draft --last: the draft's 上年数 are the published figures, matched row by row", async () => {
  // The working copy was edited after publication (机关运行经费 19.96 in it); the published text says 15.98.
  const working = writeLast("working.txt", { "15.98": "19.96" });
  const out = join(tmp, "draft.xlsx");
  const result = run("draft", working, "--last", thisYear, "-o", out);
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const t11 = wb.worksheets.find((s) => s.name.startsWith("表11"))!;
  const values: unknown[] = [];
  t11.eachRow((row) => row.eachCell((cell) => values.push(cell.value)));
  // Published 15.98 (both the 合计 and the unit's row), not the working copy's 19.96; without --last the draft shows 19.96.
  expect(values.filter((v) => v === 15.98)).toHaveLength(4);
  expect(values).not.toContain(19.96);
  const plain = join(tmp, "draft-plain.xlsx");
  expect(run("draft", working, "-o", plain).status).toBe(0);
  const wbPlain = new ExcelJS.Workbook();
  await wbPlain.xlsx.readFile(plain);
  const plainValues: unknown[] = [];
  wbPlain.worksheets.find((s) => s.name.startsWith("表11"))!.eachRow((row) => row.eachCell((cell) => plainValues.push(cell.value)));
  expect(plainValues).toContain(19.96);
});
