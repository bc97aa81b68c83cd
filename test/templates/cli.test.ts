/**
 * The command line on the corpus PDFs: a Shanghai budget says first what it did not check (exit 2,
 * `coverage` in --json, `template` and per-table `found` in parse --json); a 决算 is refused.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "../build";

const CLI = join(ROOT, "build", "cli", "src", "cli", "main.js");
const CORPUS = join(__dirname, "..", "fixtures", "corpus");
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });

test("check of a Shanghai budget PDF: read completely, what the template's checks leave out said first, exit 0", () => {
  const file = join(CORPUS, "shanghai-budget", "putuo-qfb-2025-dept.pdf");
  const text = run("check", file);
  expect(text.status).toBe(0);
  expect(text.stdout.split("\n")[0]).toMatch(/^【检查范围】上海9张表格式已检查表内合计.*与上年数的比较需上年文件/);
  expect(text.stdout).not.toContain("未能完整读取");
  expect(text.stdout).toContain("合计：错误0条，提示0条");
  const json = run("check", file, "--json");
  expect(json.status).toBe(0);
  const report = JSON.parse(json.stdout) as {
    coverage: { template: string; complete: boolean; tables: { found: number[]; missing: number[] }; limits: { zh: string } };
  };
  expect(report.coverage).toMatchObject({ template: "shanghai-9", complete: true, tables: { found: [1, 2, 3, 4, 5, 6, 7, 8, 9], missing: [] } });
  expect(report.coverage.limits.zh).toContain("用 compare 对照");
}, 60_000);

test("parse --json of a Jiangsu tables PDF: the template and each table found", () => {
  const parsed = run("parse", join(CORPUS, "jiangsu-budget", "zx-2018-tables.pdf"), "--json");
  expect(parsed.status).toBe(0);
  const json = JSON.parse(parsed.stdout) as { template: string; unit: string; year: number; tables: { no: number; found: boolean }[] };
  expect(json.template).toBe("jiangsu");
  expect([json.unit, json.year]).toEqual(["江苏省政协办公厅", 2018]);
  expect(json.tables.map((t) => t.found)).toEqual(new Array(12).fill(true));
}, 60_000);

test("a 决算 PDF is refused with a clear message, never 错误0条", () => {
  const result = run("check", join(CORPUS, "shanghai-final", "final-accounts-template.pdf"));
  expect(result.status).toBe(2);
  expect(result.stdout).toBe("");
  expect(result.stderr).toMatch(/这是决算公开.*暂不支持，未做任何检查/);
}, 60_000);
