import { spawnSync } from "node:child_process";
import { writeFileSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as iconv from "iconv-lite";
import { ROOT } from "../build";
import { SEED_DIR, seedText } from "../helpers";
import { tempDir } from "../support/tempDir";

// The compiled CLI (npm test builds it first: the "pretest" script).
const CLI = join(ROOT, "build", "cli", "src", "cli", "main.js");
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
const seed = (n: string) => join(SEED_DIR, { "000": "000_206854ab748b39c9.txt", "002": "002_5fdab3ab01a01bfd.txt" }[n]!);
const tmp = tempDir("disclosure-cli-");

test("--help and --version", () => {
  const help = run("--help");
  expect(help.status).toBe(0);
  expect(help.stdout).toMatch(/disclosure parse FILE/);
  const version = run("--version");
  expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version);
});

test("parse --json keeps the contract", () => {
  const result = run("parse", seed("000"), "--json");
  expect(result.status).toBe(0);
  const json = JSON.parse(result.stdout);
  expect(Object.keys(json)).toEqual(expect.arrayContaining(["unit", "year", "tables", "narrative", "performance", "warnings"]));
  expect(json.unit).toBe("大同市政务服务中心");
  expect(json.tables).toHaveLength(13);
  const t3 = json.tables.find((t: { no: number }) => t.no === 3);
  expect(t3).toMatchObject({ no: 3, moneyUnit: "万元", empty: false, columns: ["合计", "基本支出", "项目支出"] });
  expect(t3.rows[0]).toEqual({ code: null, name: "合计", values: [856.71, 172.13, 684.58], line: 159, kind: "total" });
  expect(t3.rows[3]).toMatchObject({ code: "2010301", name: "行政运行", values: [122.68, 122.68, null], line: 162 });
  const t1 = json.tables.find((t: { no: number }) => t.no === 1);
  expect(new Set(t1.rows.map((r: { side: string }) => r.side))).toEqual(new Set(["income", "expenditure"]));
  expect(t1.incomeColumns).toEqual(["金额"]);
});

test("parse without --json prints a summary in Chinese", () => {
  const result = run("parse", seed("000"));
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(/大同市政务服务中心 2025年度单位预算公开/);
  expect(result.stdout).toMatch(/表 8 政府性基金预算支出表：无数据/);
});

test("check exits 1 on errors and prints them grouped by table with lines", () => {
  const result = run("check", seed("000"));
  expect(result.status).toBe(1);
  expect(result.stdout).toMatch(/【表5、表6】\n\s+\[错误\] 一般公共预算基本支出：表6合计为438\.68，表5基本支出合计为172\.13，相差266\.55（第232、258行）/);
  expect(result.stdout).toMatch(/合计：错误2条/);
});

test("check exits 0 on a disclosure without errors; --json keeps the contract", () => {
  const result = run("check", seed("002"), "--json");
  expect(result.status).toBe(0);
  const json = JSON.parse(result.stdout);
  expect(json.unit).toBe("大同市行政审批服务管理局");
  expect(json.findings.length).toBeGreaterThan(0);
  for (const f of json.findings)
    expect(Object.keys(f).sort()).toEqual([
      "actual",
      "difference",
      "expected",
      "lines",
      "message",
      "messageEn",
      "places",
      "rounding",
      "rule",
      "scope",
      "severity",
      "tables",
      "unit",
    ]);
  // The 尾差 of 21011 seen in two columns of tables 2, 3 and 5 is one finding with its six places.
  const tree = json.findings.find((f: { rule: string }) => f.rule === "code-tree");
  expect(tree).toMatchObject({ rounding: true, unit: "万元", difference: -0.01, tables: [2, 3, 5] });
  expect(tree.places).toHaveLength(6);
});

test("a GB18030 file reads the same as UTF-8", () => {
  const path = join(tmp, "gbk.txt");
  writeFileSync(path, iconv.encode(seedText("000_206854ab748b39c9.txt"), "gb18030"));
  expect(run("parse", path, "--json").stdout).toBe(run("parse", seed("000"), "--json").stdout);
});

test.each([
  ["a missing file", () => join(tmp, "nope.txt"), /找不到文件/],
  ["a folder without text files", () => (mkdirSync(join(tmp, "dir"), { recursive: true }), join(tmp, "dir")), /没有(文本|预算公开)文件/],
  ["an empty file", () => (writeFileSync(join(tmp, "empty.txt"), ""), join(tmp, "empty.txt")), /文件为空/],
  [
    "a binary file",
    () => (writeFileSync(join(tmp, "bin.pdf"), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))), join(tmp, "bin.pdf")),
    /不是文本|不是预算公开|不是有效的PDF/,
  ],
  ["another kind of document", () => (writeFileSync(join(tmp, "memo.txt"), "会议通知\n请各科室参加。\n"), join(tmp, "memo.txt")), /不是预算公开/],
])("%s: exit 2 with a clear message", (_, makePath, message) => {
  const result = run("check", makePath());
  expect(result.status).toBe(2);
  expect(result.stderr).toMatch(message);
  expect(result.stdout).toBe("");
});

test("parse of a folder says it wants a file", () => {
  mkdirSync(join(tmp, "folder"), { recursive: true });
  const result = run("parse", join(tmp, "folder"));
  expect(result.status).toBe(2);
  expect(result.stderr).toMatch(/文件夹/);
});

test("a 50 MB file is refused quickly, not parsed", () => {
  const path = join(tmp, "huge.txt");
  writeFileSync(path, Buffer.alloc(50 * 1024 * 1024, "数据\t1.00\n"));
  const started = Date.now();
  const result = run("parse", path);
  expect(result.status).toBe(2);
  expect(result.stderr).toMatch(/过大/);
  expect(Date.now() - started).toBeLessThan(10_000);
});

test("an unknown command or option: exit 2 with the usage", () => {
  expect(run("frobnicate").status).toBe(2);
  const bad = run("parse", "--nope");
  expect(bad.status).toBe(2);
  expect(bad.stderr).toMatch(/用法/);
});

test("rules --json lists the catalogue", () => {
  const rules = JSON.parse(run("rules", "--json").stdout);
  expect(rules.length).toBeGreaterThanOrEqual(30);
  expect(rules.find((r: { id: string }) => r.id === "t6-t5-basic")).toMatchObject({ severity: "error", scope: "cross-table", tables: [5, 6] });
});
