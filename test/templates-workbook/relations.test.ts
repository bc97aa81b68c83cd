/**
 * Relations over a template document's rows (`cell` operands pointing at d.templateTables' TemplateRow
 * objects, as src/core/templates' declarations give them) become live flags in its workbook: sums within
 * one table in 校验 columns beside the table, the others on the 校验 sheet. Declared here over the real
 * rd-2018 document, recalculated by LibreOffice: ✓ as published, a flag where a figure was changed.
 */
import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildWorkbookLayout, templateSheetName } from "../../src/core/layout";
import type { Disclosure, TableRow, TemplateRow, TemplateTableRead } from "../../src/core/model";
import { readDisclosure } from "../../src/core/reader";
import { cell, evaluate, type Relation, type RelationInstance } from "../../src/core/relations";
import { checkDisclosure } from "../../src/core/rules";
import { writeXlsx } from "../../src/xlsx/writeXlsx";
import { describeWithLibreOffice, recalculateMany } from "../support/libreoffice";
import { tempDir } from "../support/tempDir";

const CORPUS = join(__dirname, "..", "fixtures", "corpus");
const dir = tempDir("tpl-wb-");

function read(name: string): Disclosure {
  const result = readDisclosure(readFileSync(join(CORPUS, "text", `${name}.txt`), "utf8"));
  if (!result.ok) throw new Error(result.error);
  return result.disclosure;
}

const d = read("rd-2018");
const table = (key: string): TemplateTableRead => d.templateTables!.find((t) => t.key === key && t.found)!;
const total = (t: TemplateTableRead): TemplateRow => t.rows.find((r) => r.kind === "total")!;
const classes = (t: TemplateTableRead) => t.rows.filter((r) => r.code?.length === 3);

/**
 * A side of a side-by-side row other than the last, as a row object of its own (as src/core/templates
 * declares them); `origin` tells the layout which printed row and side it stands for.
 */
const origins = new Map<object, { row: TemplateRow; side: number }>();
const origin = (row: TableRow) => origins.get(row);
function side(row: TemplateRow, s: number): TableRow {
  const r: TableRow = { line: row.line, code: null, name: row.parts![s].name, values: row.parts![s].values, kind: row.kind };
  origins.set(r, { row, side: s });
  return r;
}

/** The relations a template declares, written here: down a column, across a row, between tables, over each side of 表4. */
function declarations(): RelationInstance[] {
  const functional = table("fiscal-functional"); // 表5
  const general = table("general-functional"); // 表7
  const expenditure = table("expenditure"); // 表3: 合计 | 基本支出 | 项目支出 | 单位预留机动经费 | 结转下年资金
  const fiscal = table("fiscal"); // 表4: 收入 | 支出 side by side; values are the 支出 side's
  const row3 = expenditure.rows[0];
  const relations: Relation[] = [
    { kind: "sum", what: "表5合计与各类之和", total: cell(total(functional), 0), parts: classes(functional).map((r) => cell(r, 0)), tables: [5], lines: [] },
    { kind: "sum", what: "表3合计与各列之和", total: cell(row3, 0), parts: [1, 2, 3, 4].map((i) => cell(row3, i)), tables: [3], lines: [] },
    {
      kind: "copy",
      what: "表5合计与表7合计",
      expected: cell(total(functional), 0),
      actual: cell(total(general), 0),
      expectedLabel: "表5",
      actualLabel: "表7",
      tables: [5, 7],
      lines: [],
    },
    {
      kind: "sum",
      what: "表4支出合计与各项之和",
      total: cell(total(fiscal), 0),
      parts: fiscal.rows.filter((r) => r.kind === "item" && r.values[0] !== null).map((r) => cell(r, 0)),
      tables: [4],
      lines: [],
    },
    {
      kind: "sum",
      what: "表4收入合计与各项之和",
      total: cell(side(total(fiscal), 0), 0),
      parts: fiscal.rows.filter((r) => r.kind === "item" && r.parts?.[0].values[0] != null).map((r) => cell(side(r, 0), 0)),
      tables: [4],
      lines: [],
    },
  ];
  return relations.map((relation) => ({ rule: "test-template-relation", severity: "error", relation }));
}

test("each relation gets exactly one flag cell: sums within a table beside it, the copy between tables on 校验", () => {
  const relations = declarations();
  for (const { relation } of relations) expect(evaluate(relation, "error").verdict).toBe("ok"); // as published
  const layout = buildWorkbookLayout(d, checkDisclosure(d), undefined, { relations, sideOrigin: origin });
  expect(layout.checks).toHaveLength(relations.length);
  const at = (i: number) => layout.checks![i];
  expect(at(0).sheet).toBe(templateSheetName(table("fiscal-functional")));
  expect(at(1).sheet).toBe(templateSheetName(table("expenditure")));
  expect(at(3).sheet).toBe(templateSheetName(table("fiscal")));
  expect(at(2).sheet).toBe("校验");
  expect(at(4).sheet).toBe("校验"); // a side's row is not one of the table's rows: its sum is listed on 校验, reading 表4's cells
  const income = layout.sheets.find((s) => s.name === "校验")!.cells.find((c) => c.row === at(4).row && c.col === at(4).col)!;
  const sheet = templateSheetName(table("fiscal"));
  expect("formula" in income.content && income.content.formula).toContain(`'${sheet}'!B`);
  const t5 = layout.sheets.find((s) => s.name === at(0).sheet)!;
  expect(t5.cells.find((c) => c.row === 4 && c.col === at(0).col)?.content).toEqual({ value: "校验：金额" });
});

describeWithLibreOffice("LibreOffice recalculates the template workbook's relations", () => {
  jest.setTimeout(180_000);

  test("✓ as published; changing one 类 of 表5 flags its 合计 (差 10.00) and nothing else", async () => {
    const relations = declarations();
    const layout = buildWorkbookLayout(d, checkDisclosure(d), undefined, { relations, sideOrigin: origin });
    const published = join(dir, "rd-2018.xlsx");
    const edited = join(dir, "rd-2018-edited.xlsx");
    writeFileSync(published, await writeXlsx(layout));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(published);
    const t5 = wb.getWorksheet(templateSheetName(table("fiscal-functional")))!;
    const row = t5.getColumn(1).values.findIndex((v) => v === "201");
    const printed = Number(t5.getCell(row, 3).value);
    t5.getCell(row, 3).value = Math.round((printed - 10) * 100) / 100;
    await wb.xlsx.writeFile(edited);

    const [before, after] = recalculateMany([published, edited]);
    const flag = (sheets: Record<string, string[][]>, i: number) => sheets[layout.checks![i].sheet][layout.checks![i].row - 1][layout.checks![i].col - 1];
    expect(relations.map((_, i) => flag(before, i))).toEqual(["✓", "✓", "✓", "✓", "✓"]);
    expect(flag(after, 0)).toMatch(/^差 10\.00：应为 /);
    expect([1, 2, 3, 4].map((i) => flag(after, i))).toEqual(["✓", "✓", "✓", "✓"]);
    // 校验's live count: the checker's one error at import (a rate the narrative misstates), plus the flag.
    const errors = (sheets: Record<string, string[][]>) => sheets["校验"][1][2];
    expect(errors(before)).toBe(String(checkDisclosure(d).filter((f) => f.severity === "error").length));
    expect(errors(after)).toBe(String(checkDisclosure(d).filter((f) => f.severity === "error").length + 1));
  });

  test("the template's own relations (src/core/templates/relations.ts): every flag LibreOffice computes is the checker's verdict, the counts its findings", async () => {
    const names = ["rd-2018", "putuo-wanli-2024-dept"];
    const docs = names.map(read);
    const layouts = docs.map((doc) => buildWorkbookLayout(doc, checkDisclosure(doc)));
    const paths = names.map((n) => join(dir, `${n}-own.xlsx`));
    for (let i = 0; i < names.length; i++) writeFileSync(paths[i], await writeXlsx(layouts[i]));
    const shown = { ok: "✓", rounding: "尾差", error: "差" } as const;
    recalculateMany(paths).forEach((sheets, i) => {
      expect(layouts[i].checks!.length).toBeGreaterThan(50);
      for (const c of layouts[i].checks!) {
        const flag = sheets[c.sheet][c.row - 1][c.col - 1];
        expect({ at: `${c.sheet}!${c.row},${c.col}`, flag: flag.slice(0, shown[c.verdict].length) }).toEqual({
          at: `${c.sheet}!${c.row},${c.col}`,
          flag: shown[c.verdict],
        });
      }
      const findings = checkDisclosure(docs[i]);
      expect(sheets["校验"][1][2]).toBe(String(findings.filter((f) => f.severity === "error").length));
      expect(sheets["校验"][2][2]).toBe(String(findings.filter((f) => f.severity === "warning").length));
    });
  });
});
