/**
 * The workbook of a document read by another province's template: 读取情况 first (what was and was not
 * read or checked), 校验, one sheet per table the document prints with the template's columns (类/款/项 or
 * 科目编码, names, amounts; side-by-side tables as their sides) and money unit, 说明 with the narrative —
 * never the Shanxi 13 tables. The tables' cells are compared with the goldens written from the page images.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildWorkbookLayout, COVERAGE_SHEET, templateSheetName, tableSheetName, type SheetLayout } from "../../src/core/layout";
import { computeCoverage } from "../../src/core/coverage";
import type { Disclosure } from "../../src/core/model";
import { readDisclosure } from "../../src/core/reader";
import { checkDisclosure } from "../../src/core/rules";

const CORPUS = join(__dirname, "..", "fixtures", "corpus");

function read(...names: string[]): Disclosure {
  const result = readDisclosure(names.map((n) => readFileSync(join(CORPUS, "text", `${n}.txt`), "utf8")).join("\n"));
  if (!result.ok) throw new Error(result.error);
  return result.disclosure;
}

interface Golden {
  tables: { title: string; moneyUnit: string; rows: string[][] }[];
}
const golden = (name: string) => JSON.parse(readFileSync(join(CORPUS, "goldens", `${name}.json`), "utf8")) as Golden;

/** The sheet's rows as arrays of cell values (1-based columns at index col - 1). */
function grid(sheet: SheetLayout): Map<number, (string | number | null)[]> {
  const rows = new Map<number, (string | number | null)[]>();
  for (const c of sheet.cells) {
    const row = rows.get(c.row) ?? [];
    row[c.col - 1] = "value" in c.content ? c.content.value : c.content.formula;
    rows.set(c.row, row);
  }
  return rows;
}
const texts = (sheet: SheetLayout) => sheet.cells.flatMap((c) => ("value" in c.content && typeof c.content.value === "string" ? [c.content.value] : []));
const amount = (printed: string) => (printed.trim() === "" ? null : Number(printed.replace(/,/g, "")));

describe("Jiangsu rd-2018 (江苏省人大常委会办公厅)", () => {
  const d = read("rd-2018");
  const layout = buildWorkbookLayout(d, checkDisclosure(d));
  const names = layout.sheets.map((s) => s.name);

  test("读取情况 first, then 校验, one sheet per table read, 说明 last — no Shanxi sheet", () => {
    const found = d.templateTables!.filter((t) => t.found);
    expect(found).toHaveLength(12);
    expect(names).toEqual([COVERAGE_SHEET, "校验", ...found.map(templateSheetName), "说明"]);
    for (let no = 1; no <= 13; no++) expect(names).not.toContain(tableSheetName(no));
  });

  test("读取情况 says the document was read completely, what the template's checks leave out, and lists every table of the template", () => {
    const coverage = computeCoverage(d);
    const sheet = layout.sheets[0];
    const shown = texts(sheet);
    expect(coverage.complete).toBe(true);
    expect(shown.some((t) => t.startsWith("已完整读取"))).toBe(true);
    expect(shown).toContain(coverage.limits!.zh);
    expect(shown).toContain(coverage.read.zh);
    const rows = [...grid(sheet).values()];
    for (const t of d.templateTables!) expect(rows.find((r) => r[0] === `表${t.no}`)?.slice(1, 3)).toEqual([t.title, t.empty ? "已读到（无数据）" : "已读到"]);
  });

  test("表5: 科目编码, 科目名称 and 金额 in 万元 as printed (the golden from page 11), print-ready", () => {
    const sheet = layout.sheets.find((s) => s.name === templateSheetName({ no: 5, title: "财政拨款支出预算表（功能科目）" }))!;
    const rows = [...grid(sheet).values()];
    expect(grid(sheet).get(2)).toContain("单位：万元");
    expect(grid(sheet).get(4)!.slice(0, 3)).toEqual(["科目编码", "科目名称", "金额（万元）"]);
    const printed = golden("rd-2018").tables.find((t) => t.title === "财政拨款支出预算表（功能科目）")!;
    expect(printed.rows.length).toBeGreaterThan(15);
    for (const [code, name, value] of printed.rows) {
      const row = rows.find((r) => (code === "" ? r[1] === "合计" : r[0] === code));
      expect({ code, name, value: row?.slice(1, 3) }).toEqual({ code, name, value: [name, amount(value)] });
    }
    expect(sheet.print).toMatchObject({
      paper: "A4",
      orientation: "landscape",
      fitToWidth: true,
      repeatRows: [sheet.checkColumns!.length > 0 ? 3 : 4, 4],
      header: { right: "单位：万元" },
    });
    expect(sheet.print!.header!.center).toMatch(/^2018年财政拨款支出预算表/);
  });

  test("表1: the three sides side by side, as printed (the golden from page 9)", () => {
    const sheet = layout.sheets.find((s) => s.templateTable === "income-expenditure")!;
    const rows = [...grid(sheet).values()];
    expect(grid(sheet).get(4)!.slice(0, 6)).toEqual(["项目", "金额", "项目", "金额", "项目", "金额"]);
    const printed = golden("rd-2018").tables.find((t) => t.title === "收支预算总表")!;
    const withAmounts = printed.rows.filter((r) => r.some((c) => /\d\.\d\d$/.test(c)));
    expect(withAmounts.length).toBeGreaterThan(5);
    for (const cells of withAmounts) {
      const filled = cells.filter((c) => c !== "");
      const row = rows.find((r) => r.slice(0, 6).some((c) => c === filled[0]));
      expect({ cells: filled, row: row?.slice(0, 6).filter((c) => c !== null && c !== undefined) }).toEqual({
        cells: filled,
        row: filled.map((c) => (/\d\.\d\d$/.test(c) ? amount(c) : c)),
      });
    }
  });

  test("说明 holds every paragraph of the narrative's sections; each finding is a live flag or listed on 校验", () => {
    const narrative = texts(layout.sheets[layout.sheets.length - 1]);
    for (const s of d.templateSections!) {
      expect(narrative).toContain(s.title);
      for (const p of s.paragraphs) expect(narrative).toContain(p.text);
    }
    // Each finding is either a live flag (a relation of the template) or listed on 校验 as found.
    const findings = checkDisclosure(d);
    expect(findings.length).toBeGreaterThan(0);
    const checks = texts(layout.sheets[1]);
    const live = layout.checks!.filter((c) => c.verdict !== "ok").map((c) => c.message);
    for (const f of findings)
      expect({ finding: f.message, shown: checks.includes(f.message) || live.includes(f.message) }).toEqual({ finding: f.message, shown: true });
  });
});

test("Shanghai putuo-qfb-2025-dept: 类/款/项 columns, amounts in 元 and the 三公 table in 万元, every golden row", () => {
  const d = read("putuo-qfb-2025-dept");
  const layout = buildWorkbookLayout(d, checkDisclosure(d));
  const tables = d.templateTables!.filter((t) => t.found);
  expect(tables).toHaveLength(9);
  let compared = 0;
  for (const t of tables) {
    const sheet = layout.sheets.find((s) => s.name === templateSheetName(t))!;
    const rows = [...grid(sheet).values()];
    expect(grid(sheet).get(2)).toContain(`单位：${t.moneyUnit}`);
    const printed = golden("putuo-qfb-2025-dept").tables.filter((g) => g.title.endsWith(t.title));
    expect(printed.length).toBeGreaterThan(0);
    expect(printed[0].moneyUnit).toBe(t.moneyUnit);
    for (const g of printed)
      for (const cells of g.rows.filter((r) => /^\d{3}$/.test(r[0]))) {
        const codes = cells.slice(
          0,
          cells.findIndex((c) => /\D/.test(c) && c !== ""),
        );
        const row = rows.find((r) => codes.every((c, i) => (r[i] ?? "") === c) && r[codes.length] === cells[codes.length]);
        const expected = cells.slice(codes.length + 1).map(amount);
        expect({ cells, row: row?.slice(codes.length + 1, codes.length + 1 + expected.length).map((v) => v ?? null) }).toEqual({ cells, row: expected });
        compared++;
      }
  }
  expect(compared).toBeGreaterThan(40);
  const heads = grid(layout.sheets.find((s) => s.templateTable === "expenditure")!).get(4)!;
  expect(heads.slice(0, 7)).toEqual(["类", "款", "项", "科目名称", "合计（元）", "基本支出（元）", "项目支出（元）"]);
});

test("a Jiangsu text-only PDF checked alone: no table sheet, each table named as not read, the sections as read", () => {
  const d = read("zx-2018-text");
  const layout = buildWorkbookLayout(d, checkDisclosure(d));
  expect(layout.sheets.map((s) => s.name)).toEqual([COVERAGE_SHEET, "校验", "说明"]);
  const rows = [...grid(layout.sheets[0]).values()];
  for (const t of d.templateTables!)
    expect(rows.find((r) => r[0] === `表${t.no}`)?.slice(1, 3)).toEqual([t.title, t.no === 12 ? "未读到（非必需）" : "未读到"]);
  expect(texts(layout.sheets[0])).toContain(computeCoverage(d).problems[0].message.zh);
});

test("a Jiangsu tables-only PDF checked alone: the narrative's sections are named as not read", () => {
  const d = read("zx-2018-tables");
  const layout = buildWorkbookLayout(d, checkDisclosure(d));
  expect(layout.sheets.filter((s) => s.kind === "table")).toHaveLength(d.templateTables!.filter((t) => t.found).length);
  const narrative = texts(layout.sheets[layout.sheets.length - 1]);
  expect(narrative.filter((t) => t === "（未读到这一节）")).toHaveLength(3);
  expect([...grid(layout.sheets[0]).values()].filter((r) => r[2] === "未读到" && /^\d$/.test(String(r[0])))).toHaveLength(3);
});
