/**
 * `disclosure import` of a Jiangsu PDF writes that template's workbook (never empty Shanxi sheets), and
 * it prints like the Shanxi workbook: A4 landscape, every table whole in width with its headings and
 * money unit. `disclosure draft` of it is refused in Chinese with exit 2 and nothing written.
 */
import ExcelJS from "exceljs";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../build";
import { describeWithLibreOffice, printToPdf } from "../support/libreoffice";
import { tempDir } from "../support/tempDir";

const CLI = join(ROOT, "build", "cli", "src", "cli", "main.js");
const PDF = join(__dirname, "..", "fixtures", "corpus", "jiangsu-budget", "rd-2018.pdf");
const dir = tempDir("tpl-cli-");
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
const squeeze = (text: string) => text.replace(/\s+/g, "");

let workbook = "";

beforeAll(() => {
  workbook = join(dir, "rd-2018.xlsx");
  const result = run("import", PDF, "-o", workbook);
  expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: "" }); // read completely: nothing to warn of
  expect(result.stdout).toMatch(/^已生成 .*：12张表、说明、校验（错误\d+条，提示\d+条）\n$/);
}, 120_000);

test("import of the Jiangsu PDF: 读取情况 first, the 12 tables of the template, 说明 — no Shanxi sheet", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(workbook);
  const names = wb.worksheets.map((s) => s.name);
  expect(names.slice(0, 2)).toEqual(["读取情况", "校验"]);
  expect(names).toContain("表01 收支预算总表");
  expect(names).toContain("表09 “三公”经费、会议费、培训费支出预算表");
  expect(names).not.toContain("表01 收支总表"); // Shanxi's
  expect(names.filter((n) => /^表\d\d /.test(n))).toHaveLength(12);
  expect(names[names.length - 1]).toBe("说明");
});

test("draft of a template document: a Chinese refusal, exit 2, nothing written", () => {
  const out = join(dir, "draft.xlsx");
  const result = run("draft", PDF, "-o", out);
  expect(result.status).toBe(2);
  expect(result.stdout).toBe("");
  expect(result.stderr).toContain("这份文件是江苏省级部门预算格式，暂不支持为该格式起草下一年度");
  expect(existsSync(out)).toBe(false);
}, 60_000);

const describePrinting = spawnSync("pdftotext", ["-v"], { stdio: "ignore" }).status === 0 || process.env.CI ? describeWithLibreOffice : describe.skip;

describePrinting("the template workbook printed (LibreOffice → PDF)", () => {
  jest.setTimeout(180_000);

  test("A4 landscape; each table whole in width: its headings and 单位：万元 on the page of its title", async () => {
    const pdf = printToPdf(workbook, dir);
    const pages = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).split("\f").slice(0, -1).map(squeeze);
    const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
    const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
    expect([Math.round(Number(w)), Math.round(Number(h))]).toEqual([842, 595]);
    // 读取情况 (1 page), 校验 (134 relations and the reviewer rules' findings), 12 tables (one page each), 说明 (4).
    expect(pages.length).toBeLessThanOrEqual(24);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(workbook);
    for (const sheet of wb.worksheets.filter((s) => /^表\d\d /.test(s.name))) {
      const title = squeeze(String(sheet.getCell(1, 1).value));
      const page = pages.find((p) => p.includes(title));
      expect({ sheet: sheet.name, printed: page !== undefined }).toEqual({ sheet: sheet.name, printed: true });
      // The 校验 flags and 原文行 are for the screen: the print area ends at the table's last column.
      const headings = (sheet.getRow(4).values as unknown[])
        .filter((v): v is string => typeof v === "string")
        .map(squeeze)
        .filter((h) => !/^(校验|原文行)/.test(h));
      expect(headings.length).toBeGreaterThan(0);
      for (const heading of headings)
        expect({ sheet: sheet.name, heading, found: page!.includes(heading) }).toEqual({ sheet: sheet.name, heading, found: true });
      expect(page).toContain("单位：万元");
    }
  });
});
