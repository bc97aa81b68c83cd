import ExcelJS from "exceljs";
import { buildWorkbookLayout, CHECKS_SHEET, NARRATIVE_SHEET } from "../../src/core/layout";
import { checkDisclosure } from "../../src/core/rules";
import { writeXlsx } from "../../src/xlsx/writeXlsx";
import { readSeed } from "../helpers";

async function workbookOf(file: string) {
  const d = readSeed(file);
  const bytes = await writeXlsx(buildWorkbookLayout(d, checkDisclosure(d)));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

const SHEETS = [
  "校验",
  "表01 收支总表",
  "表02 收入总表",
  "表03 支出总表",
  "表04 财政拨款收支总表",
  "表05 一般公共预算支出表",
  "表06 基本支出经济科目表",
  "表07 政府性基金收入表",
  "表08 政府性基金支出表",
  "表09 国资经营收支表",
  "表10 三公经费表",
  "表11 机关运行经费表",
  "表12 项目支出表",
  "表13 项目支出表(结转)",
  "说明",
];

test("the sheets: 校验, one per standard table, 说明", async () => {
  const wb = await workbookOf("000_206854ab748b39c9.txt");
  expect(wb.worksheets.map((s) => s.name)).toEqual(SHEETS);
  expect(CHECKS_SHEET).toBe("校验");
  expect(NARRATIVE_SHEET).toBe("说明");
});

test("table 3: title, unit, header, codes as text, amounts as 0.00 numbers, outline by code level, frozen header", async () => {
  const ws = (await workbookOf("000_206854ab748b39c9.txt")).getWorksheet("表03 支出总表")!;
  expect(ws.getCell("A1").value).toBe("2025年预算支出总表");
  expect(ws.getCell("A2").value).toBe("单位名称：大同市政务服务中心");
  expect(ws.getCell("E2").value).toBe("单位：万元");
  // One check column per amount column (sums down the column) and one for the row totals: a flag per relation.
  expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((c) => ws.getCell(4, c).value)).toEqual([
    "科目编码",
    "科目名称",
    "合计",
    "基本支出",
    "项目支出",
    "校验：合计",
    "校验：基本支出",
    "校验：项目支出",
    "校验：行合计",
    "原文行",
  ]);
  expect([1, 3].map((c) => ws.getCell(3, c).value)).toEqual(["项目", "2025年预算数"]); // the group header, as published
  expect(ws.getCell("A8").value).toBe("2010301");
  expect(ws.getCell("A8").numFmt).toBe("@");
  expect(ws.getCell("D5").value).toBe(172.13);
  expect(ws.getCell("D5").numFmt).toBe("0.00");
  expect(ws.getRow(8).outlineLevel).toBe(2);
  expect(ws.getRow(7).outlineLevel).toBe(1);
  expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
});

test("check columns are native formulas over the table's own cells", async () => {
  const ws = (await workbookOf("000_206854ab748b39c9.txt")).getWorksheet("表03 支出总表")!;
  const formula = (cell: string) => (ws.getCell(cell).value as { formula: string }).formula;
  // 20103 = its two 7-digit rows, column by column, each in its own flag.
  expect(formula("F7")).toContain("SUM(C8:C9)");
  expect(formula("G7")).toContain("SUM(D8:D9)");
  expect(formula("I8")).toContain("SUM(D8,E8)"); // 2010301: 合计 = 基本支出 + 项目支出
  expect(formula("F7")).toMatch(/^IF\(AND\(COUNT\(/);
  for (const cell of ["F7", "G7", "H7", "I8"]) expect(formula(cell)).not.toMatch(/BUDGET\./); // travels without the add-in: no #NAME?
});

test("the 说明 sheet's figures and shares follow the tables by formula", async () => {
  const ws = (await workbookOf("000_206854ab748b39c9.txt")).getWorksheet("说明")!;
  const rows = ws.getSheetValues().filter(Boolean) as unknown[][];
  const basic = rows.findIndex((r) => r[2] === "基本支出");
  const row = ws.getRow(basic + 1);
  expect((row.getCell(4).value as { formula: string }).formula).toBe("'表03 支出总表'!D5");
  expect((row.getCell(6).value as { formula: string }).formula).toMatch(/ROUND\(D\d+\/'表03 支出总表'!C5,4\)/);
});

test("named ranges for the key totals", async () => {
  const wb = await workbookOf("000_206854ab748b39c9.txt");
  expect(wb.definedNames.getRanges("T3_基本支出合计").ranges).toEqual(["'表03 支出总表'!$D$5"]);
  expect(wb.definedNames.getRanges("T6_合计").ranges).toEqual(["'表06 基本支出经济科目表'!$C$5"]);
});

test("the 校验 sheet: cross-table relations live, one row each with a link; other rules' findings listed", async () => {
  const ws = (await workbookOf("000_206854ab748b39c9.txt")).getWorksheet("校验")!;
  const values = ws.getSheetValues().filter(Boolean) as unknown[][];
  const basic = values.find((r) => r[2] === "t6-t5-basic")!;
  expect(basic[1]).toBe("一般公共预算基本支出");
  expect((basic[5] as { formula: string }).formula).toMatch(/^IF\(ROUND\(N\('表06 基本支出经济科目表'!C5\)\*100,0\)=ROUND\(N\('表05 一般公共预算支出表'!D5\)/);
  expect((basic[6] as { formula: string }).formula).toBe(`HYPERLINK("#'表06 基本支出经济科目表'!A5","表06 基本支出经济科目表 C5")`);
  const count = values.find((r) => r[2] === "performance-count")!; // not a relation: as found at import
  expect(count[1]).toBe("提示");
});

test("every flag is coloured: errors red, 尾差/提示 yellow, ✓ green, on every sheet (no green 差 on 校验)", async () => {
  const d = readSeed("000_206854ab748b39c9.txt");
  const layout = buildWorkbookLayout(d, checkDisclosure(d));
  const wb = await workbookOf("000_206854ab748b39c9.txt");
  for (const check of layout.checks!) {
    const sheet = layout.sheets.find((s) => s.name === check.sheet)!;
    expect(sheet.checkColumns).toContain(check.col);
  }
  for (const name of ["校验", "说明", "表03 支出总表"]) {
    const formats = (
      wb.getWorksheet(name) as unknown as {
        conditionalFormattings: {
          ref: string;
          rules: { formulae: string[]; style: { fill?: { bgColor?: { argb: string } }; font?: { color?: { argb: string } } } }[];
        }[];
      }
    ).conditionalFormattings;
    const sheet = layout.sheets.find((s) => s.name === name)!;
    expect(formats.length).toBe(sheet.checkColumns!.length);
    for (const format of formats) {
      expect(format.rules.map((r) => r.formulae[0].replace(/[A-Z]+\d+/g, "X"))).toEqual(['LEFT(X,1)="差"', 'OR(LEFT(X,2)="尾差",LEFT(X,2)="提示")', 'X="✓"']);
      expect(format.rules[0].style.fill?.bgColor?.argb).toBe("FFFFC7CE");
    }
  }
});
