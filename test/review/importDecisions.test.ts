/**
 * `disclosure import FILE` carries the reviewer's decisions kept beside the input (FILE.review.json,
 * written by `check --accept`) into the workbook's hidden 审核记录 sheet, where the pane and live
 * checking read them.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readDecisionsSheet } from "../../src/xlsx/decisionsSheet";
import { DECISIONS_SHEET } from "../../src/core/review/decisions";
import { ROOT } from "../build";
import { SEED_DIR } from "../helpers";

// The compiled CLI (npm test builds it first: the "pretest" script).
const CLI = join(ROOT, "build", "cli", "src", "cli", "main.js");
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
const tmp = mkdtempSync(join(tmpdir(), "disclosure-import-review-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function decisionsIn(path: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return { sheet: workbook.getWorksheet(DECISIONS_SHEET), parsed: readDecisionsSheet(workbook) };
}

test("the decisions of FILE.review.json go into the workbook's hidden 审核记录 sheet", async () => {
  const file = join(tmp, "seed000.txt");
  copyFileSync(join(SEED_DIR, "000_206854ab748b39c9.txt"), file);
  // Seed 000's table 6 basic expenditure (438.68 against table 5's 172.13) accepted with a note.
  const accepted = run("check", file, "--accept", "t6-t5-basic", "--note", "含上级补助，已与财政局核实");
  expect(accepted.status).toBe(1);
  const out = join(tmp, "seed000.xlsx");
  const result = run("import", file, "-o", out);
  expect(result.status).toBe(0);
  expect(result.stdout).toContain("审核记录：1条核实意见已写入工作表“审核记录”（隐藏）");
  const { sheet, parsed } = await decisionsIn(out);
  expect(sheet?.state).toBe("hidden");
  expect(parsed).toMatchObject({ ok: true, decisions: [{ rule: "t6-t5-basic", note: "含上级补助，已与财政局核实" }] });
});

test("without a review file there is no 审核记录 sheet; a damaged one is said so and left out", async () => {
  const file = join(tmp, "seed002.txt");
  copyFileSync(join(SEED_DIR, "002_5fdab3ab01a01bfd.txt"), file);
  const plain = join(tmp, "plain.xlsx");
  expect(run("import", file, "-o", plain).status).toBe(0);
  expect((await decisionsIn(plain)).sheet).toBeUndefined();

  writeFileSync(`${file}.review.json`, "{ not json");
  const damaged = join(tmp, "damaged.xlsx");
  const result = run("import", file, "-o", damaged);
  expect(result.status).toBe(0);
  expect(result.stderr).toContain(`审核记录“${file}.review.json”未能使用：审核记录不是有效的JSON文件；工作簿中未写入审核记录`);
  expect((await decisionsIn(damaged)).sheet).toBeUndefined();
});
