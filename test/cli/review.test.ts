import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { ROOT } from "../build";
import { SEED_DIR } from "../helpers";

// The compiled CLI (npm test builds it first: the "pretest" script).
const CLI = join(ROOT, "build", "cli", "src", "cli", "main.js");
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
const tmp = mkdtempSync(join(tmpdir(), "disclosure-review-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A copy of seed 000 (two errors: t6-t5-basic at lines 232/258, t11-t6-admin-cost at 258/347). */
function copyOfSeed(name: string): string {
  const path = join(tmp, name);
  copyFileSync(join(SEED_DIR, "000_206854ab748b39c9.txt"), path);
  return path;
}

test("--report writes the check sheet as .xlsx, .csv and .html, and never overwrites without --force", async () => {
  const file = copyOfSeed("report.txt");
  const json = JSON.parse(run("check", file, "--json").stdout);
  for (const kind of ["xlsx", "csv", "html"]) {
    const out = join(tmp, `report.${kind}`);
    const result = run("check", file, "--report", out);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`已生成检查报告 ${out}`);
    expect(existsSync(out)).toBe(true);
  }
  const csv = readFileSync(join(tmp, "report.csv"), "utf8");
  expect(csv.startsWith("\ufeff大同市政务服务中心2025年度单位预算公开检查情况表")).toBe(true);
  expect(csv.split("\r\n")[2]).toBe("序号,检查项目,存在问题,页码,性质,涉及表格,原文行号,应为,实际,差额,检查规则,核实意见");
  // Errors first: table 6's basic expenditure 438.68 against table 5's 172.13, difference 266.55.
  expect(csv.split("\r\n")[3]).toMatch(/^1,报表数据准确性（表间）,.*,错误,表5、表6,232、258,172\.13,438\.68,266\.55,/);
  expect(csv.trim().split("\r\n")).toHaveLength(3 + json.findings.length);

  const html = readFileSync(join(tmp, "report.html"), "utf8");
  expect(html).toContain("<th>检查项目</th><th>存在问题</th><th>页码</th>");
  expect(html).not.toMatch(/<script|https?:\/\//);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(tmp, "report.xlsx"));
  const sheet = workbook.getWorksheet("检查情况表")!;
  expect(sheet.getRow(3).values).toEqual([
    undefined,
    "序号",
    "检查项目",
    "存在问题",
    "页码",
    "性质",
    "涉及表格",
    "原文行号",
    "应为",
    "实际",
    "差额",
    "检查规则",
    "核实意见",
  ]);
  expect(sheet.rowCount).toBe(3 + json.findings.length);

  const again = run("check", file, "--report", join(tmp, "report.csv"));
  expect(again.status).toBe(2);
  expect(again.stderr).toContain("已存在；如要覆盖请加 --force");
  expect(run("check", file, "--report", join(tmp, "report.csv"), "--force").status).toBe(1);
  const wrongKind = run("check", file, "--report", join(tmp, "report.pdf"));
  expect(wrongKind.status).toBe(2);
  expect(wrongKind.stderr).toContain("报告文件名应以 .xlsx、.csv 或 .html 结尾");
});

test("--accept keeps a decision in FILE.review.json: accepted errors leave the count until the figure changes", () => {
  const file = copyOfSeed("decided.txt");
  const noNote = run("check", file, "--accept", "t11-t6-admin-cost");
  expect(noNote.status).toBe(2);
  expect(noNote.stderr).toContain("--accept 需要用 --note 写明核实意见");
  expect(existsSync(`${file}.review.json`)).toBe(false);
  const unknown = run("check", file, "--accept", "t11-t6-admin-cost@1", "--note", "x");
  expect(unknown.status).toBe(2);
  expect(unknown.stderr).toContain("没有与“t11-t6-admin-cost@1”对应的检查结果");

  const one = run("check", file, "--accept", "t11-t6-admin-cost@347", "--note", "含上年结转1.74万元，已核实");
  expect(one.status).toBe(1); // table 6 against table 5 is still an error
  expect(one.stdout).toContain("合计：错误1条");
  expect(one.stdout).toMatch(/【已核实，不是问题】[\s\S]*核实意见：含上年结转1\.74万元，已核实/);
  const saved = JSON.parse(readFileSync(`${file}.review.json`, "utf8"));
  expect(saved.decisions.map((d: { rule: string; note: string }) => [d.rule, d.note])).toEqual([["t11-t6-admin-cost", "含上年结转1.74万元，已核实"]]);

  const both = run("check", file, "--accept", "t6-t5-basic", "--note", "表6含项目支出中的基本支出，已核实");
  expect(both.status).toBe(0);
  expect(both.stdout).toContain("合计：错误0条");
  const json = JSON.parse(run("check", file, "--json").stdout);
  expect(json.findings.filter((f: { decision?: unknown }) => f.decision).map((f: { rule: string }) => f.rule)).toEqual(["t6-t5-basic", "t11-t6-admin-cost"]);

  // Table 11's 机关运行经费 corrected in the text from 15.98 to 16.98: that decision lapses.
  const text = readFileSync(file, "utf8").split("\n");
  text[346] = text[346].replace(/15\.98/g, "16.98");
  writeFileSync(file, text.join("\n"));
  const changed = run("check", file);
  expect(changed.status).toBe(1);
  expect(changed.stdout).toContain("1条审核记录涉及的数字已变化，已不再适用");
  expect(changed.stdout).toMatch(/\[错误\] 参公事业单位的机关运行经费：表11机关运行经费为16\.98/);
});

test("a damaged FILE.review.json is reported and left alone; the check still runs", () => {
  const file = copyOfSeed("damaged.txt");
  writeFileSync(`${file}.review.json`, "{ not json");
  const result = run("check", file);
  expect(result.status).toBe(1);
  expect(result.stderr).toContain("审核记录“");
  expect(result.stderr).toContain("未能使用：审核记录不是有效的JSON文件");
  const refused = run("check", file, "--accept", "t6-t5-basic", "--note", "x");
  expect(refused.status).toBe(2);
  expect(refused.stderr).toContain("为免覆盖，未记录新的核实意见");
  expect(readFileSync(`${file}.review.json`, "utf8")).toBe("{ not json");
});
