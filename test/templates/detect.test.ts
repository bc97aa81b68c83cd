/**
 * Detection and refusal: which template a document is, 决算 and unknown documents refused with a clear
 * message, contents lines never table titles, a title of no template table still ending a table.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readDisclosure } from "../../src/core/reader";
import { disclosureToJson } from "../../src/core/json";
import { readdirSync } from "node:fs";
import { SEED_DIR, seedText } from "../helpers";

const TEXT = join(__dirname, "..", "fixtures", "corpus", "text");
const corpusText = (name: string) => readFileSync(join(TEXT, `${name}.txt`), "utf8");

function read(text: string) {
  const result = readDisclosure(text);
  if (!result.ok) throw new Error(result.error);
  return result.disclosure;
}

test.each(["putuo-czj-2024-final", "final-accounts-template"])("%s (决算) is refused as final accounts, not checked", (name) => {
  const result = readDisclosure(corpusText(name));
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.error).toMatch(/^这是决算公开（“.*决算”），不是预算公开.*暂不支持，未做任何检查$/);
});

test("the five Shanxi seeds are read by the Shanxi template", () => {
  const seeds = readdirSync(SEED_DIR).filter((f) => f.endsWith(".txt"));
  expect(seeds).toHaveLength(5);
  for (const seed of seeds) {
    const json = disclosureToJson(read(seedText(seed)));
    expect(json.template).toBe("shanxi-13");
    expect(json.tables.every((t) => t.found)).toBe(true);
  }
});

test("a document of no known template is refused", () => {
  const result = readDisclosure("某某单位工作总结\n一、基本情况\n今年完成了各项工作。\n");
  expect(result.ok).toBe(false);
});

test("parse --json: the template and every table of it, found or not", () => {
  const json = disclosureToJson(read(corpusText("zx-2018-text")));
  expect(json.template).toBe("jiangsu");
  expect(json.tables).toHaveLength(12);
  expect(json.tables.every((t) => t.found === false)).toBe(true);
  const tables = disclosureToJson(read(corpusText("putuo-qfb-2025-unit"))).tables;
  expect(tables.map((t) => [t.no, t.found, t.moneyUnit])).toEqual([
    [1, true, "元"],
    [2, true, "元"],
    [3, true, "元"],
    [4, true, "元"],
    [5, true, "元"],
    [6, true, "元"],
    [7, true, "元"],
    [8, true, "元"],
    [9, true, "万元"],
  ]);
});

test("contents lines are never table titles, without dot leaders or page numbers either", () => {
  // zx-2018-text lists the twelve tables in its contents (一、收支预算总表 …) and prints none of them.
  const d = read(corpusText("zx-2018-text"));
  expect(d.templateTables!.filter((t) => t.found)).toEqual([]);
  // The same contents before the tables: each table still found at its own title, not at the contents line.
  const merged = read(`${corpusText("zx-2018-text")}\n${corpusText("zx-2018-tables")}`);
  const contentsEnd = corpusText("zx-2018-text").split("\n").length;
  for (const t of merged.templateTables!) expect(t.line!).toBeGreaterThan(contentsEnd);
});

test("a title that names no table of the template still ends the table before it", () => {
  const text = corpusText("putuo-qfb-2025-dept").replace(
    "2025年部门财政拨款收支预算总表",
    "2025年部门项目支出预算明细表\n201\t03\t02\t一般行政管理事务\t46,140,000.00\n2025年部门财政拨款收支预算总表",
  );
  expect(text).toContain("项目支出预算明细表");
  const d = read(text);
  const expenditure = d.templateTables!.find((t) => t.key === "expenditure")!;
  // The foreign table's row is not read into 支出预算总表 (which would double 一般行政管理事务).
  expect(expenditure.rows.filter((r) => r.code === "2010302")).toHaveLength(1);
});

test("unit, year and level from the Shanghai cover lines (预算主管部门 / 预算单位), not from a page number", () => {
  const dept = read(corpusText("putuo-swh-2025-dept"));
  const unit = read(corpusText("putuo-swh-2025-unit"));
  expect([dept.unit, dept.year, dept.level]).toEqual(["上海市普陀区商务委员会", 2025, "部门"]);
  expect([unit.unit, unit.year, unit.level]).toEqual(["上海市普陀区商务委员会", 2025, "单位"]);
});
