import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildDraftLayout } from "../../src/core/draft/draftLayout";
import { DRAFT_NARRATIVE_SHEET, REASON_PLACEHOLDER } from "../../src/core/draft/draftNarrative";
import { disclosureFromSheets, type SheetGrid } from "../../src/core/layout";
import type { Disclosure, NarrativeSection } from "../../src/core/model";
import { extractFigures } from "../../src/core/reader/narrative";
import { SourceLine } from "../../src/core/reader/text";
import { checkDisclosure } from "../../src/core/rules";
import { writeXlsx } from "../../src/xlsx/writeXlsx";
import { readSeed } from "../helpers";
import { describeWithLibreOffice, recalculate } from "../support/libreoffice";
import { tempDir } from "../support/tempDir";

const SEED = "002_5fdab3ab01a01bfd.txt";
const dir = tempDir("draft-");

test("the blank draft: inputs only on leaf rows, everything else a formula, last year beside, protected", () => {
  const layout = buildDraftLayout(readSeed(SEED));
  const t3 = layout.sheets.find((s) => s.name === "表03 支出总表")!;
  const at = (row: number, col: number) => t3.cells.find((c) => c.row === row && c.col === col)!;
  expect(at(1, 1).content).toEqual({ value: "2027年预算支出总表" });
  expect(at(8, 1).content).toEqual({ value: "2010301" });
  expect(at(8, 4)).toMatchObject({ style: "input", content: { value: null } }); // 行政运行 基本支出
  expect(at(8, 3).content).toEqual({ formula: "=SUM(D8,E8)" }); // its 合计
  expect(at(7, 3).content).toEqual({ formula: "=SUM(C8:C9)" }); // 20103 from its 项
  expect(at(5, 3).content).toEqual({ formula: "=SUM(C6,C10,C14,C20)" }); // 合计 from the 类: 201, 208, 210, 221
  expect(at(8, 7)).toMatchObject({ style: "previous", content: { value: 709.53 } }); // 上年基本支出
  expect(t3.protect).toBe(true);
  const t5 = layout.sheets.find((s) => s.name === "表05 一般公共预算支出表")!;
  expect(t5.cells.find((c) => c.row === 8 && c.col === 4)!.content).toEqual({ formula: "='表03 支出总表'!D8" }); // all money is 一般公共预算
  const t1 = layout.sheets.find((s) => s.name === "表01 收支总表")!;
  expect(JSON.stringify(t1.cells.filter((c) => "formula" in c.content))).toContain("'表02 收入总表'!D5"); // 一般公共预算 income from table 2
  const t11 = layout.sheets.find((s) => s.name === "表11 机关运行经费表")!;
  expect(JSON.stringify(t11.cells)).toContain("'表06 基本支出经济科目表'!E5"); // 行政单位: from 公用经费
  expect(layout.sheets.map((s) => s.name)).toContain(DRAFT_NARRATIVE_SHEET);
});

/** The draft's narrative sentences, read back like a published narrative. */
function narrativeOf(sheet: string[][]): NarrativeSection[] {
  const numbers: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
  const sections: NarrativeSection[] = [];
  sheet.forEach((row, i) => {
    const m = /^([一二三四五六七八九十])、/.exec(row[0] ?? "");
    if (!m || !row[1]) return;
    const no = numbers[m[1]];
    const { figures } = extractFigures([new SourceLine(i + 1, row[1])], "大同市行政审批服务管理局");
    const existing = sections.find((s) => s.no === no);
    if (existing) existing.figures.push(...figures);
    else sections.push({ no, title: row[0], line: i + 1, text: row[1], figures });
  });
  return sections;
}

/** Rows whose 校验 flag (the last column of a table sheet) reports an error. */
function errorFlags(sheets: Record<string, string[][]>): string[] {
  return Object.keys(sheets)
    .filter((n) => n.startsWith("表"))
    .flatMap((n) => sheets[n].filter((r) => (r[r.length - 1] ?? "").startsWith("差")).map((r) => `${n}: ${r.join(",")}`));
}

async function recalculatedDraft(name: string, edit?: (wb: ExcelJS.Workbook) => void) {
  const d = readSeed(SEED);
  const path = join(dir, `${name}.xlsx`);
  writeFileSync(path, await writeXlsx(buildDraftLayout(d, { prefill: true })));
  if (edit) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    edit(wb);
    await wb.xlsx.writeFile(path);
  }
  const sheets = recalculate(path);
  const recomputed: Disclosure = { ...disclosureFromSheets(d, sheets as Record<string, SheetGrid>), narrative: narrativeOf(sheets[DRAFT_NARRATIVE_SHEET]) };
  return { d, sheets, recomputed };
}

describeWithLibreOffice("the draft recalculated by LibreOffice", () => {
  jest.setTimeout(180_000);

  test("leaf inputs from seed 002 reproduce its 13 tables; the tables and the generated narrative raise no error", async () => {
    const { d, sheets, recomputed } = await recalculatedDraft("d002");
    let exact = 0;
    let rounding = 0;
    d.tables.forEach((t, ti) =>
      t.rows.forEach((row, ri) =>
        row.values.forEach((v, j) => {
          const again = recomputed.tables[ti].rows[ri].values[j];
          const diff = Math.abs((again ?? 0) - (v ?? 0));
          expect({ table: t.no, row: row.name, j, diff: diff <= 1 }).toEqual({ table: t.no, row: row.name, j, diff: true });
          if (diff === 0) exact++;
          else rounding++;
        }),
      ),
    );
    // Only cells above the document's own 尾差 (40.74 + 11.64 printed 52.37; 工资福利支出) differ, by 0.01.
    expect(rounding).toBeLessThanOrEqual(60);
    expect(exact).toBeGreaterThan(400);
    expect(checkDisclosure(recomputed).filter((f) => f.severity === "error")).toEqual([]);
    expect(errorFlags(sheets)).toEqual([]);
  });

  test("sections 三 and 五 state seed 002's amounts and percentages, in its wording", async () => {
    const { d, recomputed } = await recalculatedDraft("d002-narrative");
    for (const no of [3, 5]) {
      const published = d.narrative.find((s) => s.no === no)!.figures.filter((f) => f.share);
      const generated = recomputed.narrative.find((s) => s.no === no)!.figures.filter((f) => f.share);
      expect(generated.map((f) => [f.label, f.share!.basisPoints])).toEqual(published.map((f) => [f.label, f.share!.basisPoints]));
      generated.forEach((f, i) => expect(Math.abs(f.value - published[i].value)).toBeLessThanOrEqual(1)); // 52.62 vs the printed 52.61
    }
    const three = recomputed.narrative.find((s) => s.no === 3)!.text;
    expect(three).toBe("2027年度大同市行政审批服务管理局支出预算1564.73万元，其中：基本支出974.00万元，占62.25%；项目支出590.73万元，占37.75%。");
    expect(recomputed.narrative.find((s) => s.no === 1)!.text).toContain(REASON_PLACEHOLDER);
  });

  test("entering a leaf fills every table and the narrative; the totals agree with the add-in's own sum", async () => {
    const { d, sheets, recomputed } = await recalculatedDraft("d002-edit", (wb) => {
      wb.getWorksheet("表03 支出总表")!.getCell("D8").value = 719.53; // 行政运行 基本支出 +10
      wb.getWorksheet("表02 收入总表")!.getCell("D8").value = 719.53; // and its source of funds
    });
    const t3 = d.tables.find((t) => t.no === 3)!;
    const leaves = t3.rows.filter((r) => r.code?.length === 7);
    const ownSum = leaves.reduce((s, r) => s + (r.values[0] ?? 0), 0) + 1000; // in hundredths
    const total = (no: number) => recomputed.tables.find((t) => t.no === no)!.rows.find((r) => r.kind === "total" && r.side !== "income")!.values[0];
    expect(total(3)).toBe(ownSum);
    expect(total(5)).toBe(ownSum);
    expect(total(1)).toBe(ownSum);
    expect(total(4)).toBe(ownSum);
    expect(recomputed.narrative.find((s) => s.no === 3)!.text).toMatch(/支出预算1574\.73万元，其中：基本支出984\.00万元/);
    expect(recomputed.narrative.find((s) => s.no === 5)!.figures[0].change).toMatchObject({ direction: "increase", amount: 1001 });
    expect(errorFlags(sheets)).toEqual([]);
  });
});
