import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { ROOT } from "../build";
import { SEED_DIR } from "../helpers";
import { tempDir } from "../support/tempDir";

const CLI = join(ROOT, "build", "cli", "src", "cli", "main.js");
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8" });
const tmp = tempDir("disclosure-import-");
const seed000 = join(SEED_DIR, "000_206854ab748b39c9.txt");

test("import writes a real .xlsx with the 15 sheets", async () => {
  const out = join(tmp, "000.xlsx");
  const result = run("import", seed000, "-o", out);
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(/已生成.*错误2条/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  expect(wb.worksheets).toHaveLength(15);
  expect(wb.getWorksheet("表06 基本支出经济科目表")!.getCell("C5").value).toBe(438.68);
});

test("import never overwrites an existing file without --force", () => {
  const out = join(tmp, "existing.xlsx");
  writeFileSync(out, "the user's own file");
  const result = run("import", seed000, "-o", out);
  expect(result.status).toBe(2);
  expect(result.stderr).toMatch(/已存在.*--force/);
  expect(readFileSync(out, "utf8")).toBe("the user's own file");
  expect(run("import", seed000, "-o", out, "--force").status).toBe(0);
  expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
});

test("import of a file that is not a disclosure writes nothing", () => {
  const bad = join(tmp, "memo.txt");
  writeFileSync(bad, "会议通知\n");
  const out = join(tmp, "memo.xlsx");
  const result = run("import", bad, "-o", out);
  expect(result.status).toBe(2);
  expect(existsSync(out)).toBe(false);
  expect(readdirSync(tmp).some((f) => f.includes(".tmp"))).toBe(false);
});

test("import without -o, or with another extension, explains the usage", () => {
  expect(run("import", seed000).stderr).toMatch(/-o/);
  expect(run("import", seed000, "-o", join(tmp, "x.csv")).stderr).toMatch(/\.xlsx/);
});

describe("check over a folder", () => {
  const folder = join(tmp, "unit-disclosures");
  mkdirSync(join(folder, "sub"), { recursive: true });
  for (const f of readdirSync(SEED_DIR)) copyFileSync(join(SEED_DIR, f), join(f.startsWith("00") && f < "002" ? folder : join(folder, "sub"), f));
  writeFileSync(join(folder, "broken.txt"), Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 37) % 256)));

  test("one summary line per file and a total; an unreadable file is reported, the run goes on; exit 2", () => {
    const result = run("check", folder);
    expect(result.status).toBe(2);
    const lines = result.stdout.trim().split("\n");
    expect(lines).toHaveLength(7);
    expect(lines.find((l) => l.includes("000_"))).toMatch(/大同市政务服务中心\t2025年\t错误2\t提示7$/);
    expect(lines.find((l) => l.includes("002_"))).toMatch(/大同市行政审批服务管理局\t2026年\t错误0\t提示9$/);
    expect(lines.find((l) => l.includes("broken.txt"))).toMatch(/无法读取：/);
    expect(lines[6]).toBe("合计：6个文件，无法读取1个，错误23条，提示25条");
  });

  test("--json gives each file's result", () => {
    const results = JSON.parse(run("check", folder, "--json").stdout);
    expect(results).toHaveLength(6);
    const seed = results.find((r: { file: string }) => r.file.endsWith("003_dd2c9fa6441a52f3.txt"));
    expect(seed).toMatchObject({ ok: true, unit: "阳城县政务服务中心", year: 2025, counts: { error: 1, warning: 1, info: 0 } });
    expect(seed.findings).toContainEqual(expect.objectContaining({ rule: "performance-t12", severity: "error", expected: 2.8, actual: 2.6 }));
  });

  test("readable files only: exit 1 because errors were found; several files named directly work too", () => {
    const result = run("check", join(folder, "sub"), join(folder, "000_206854ab748b39c9.txt")); // 002, 003, 004 and 000
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/合计：4个文件，无法读取0个，错误3条，提示24条/);
  });
});
