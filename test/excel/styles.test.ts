/**
 * One style table, two writers: the .xlsx (exceljs) and the workbook imported inside Excel (Office.js,
 * replayed from what it asks of office-addin-mock) must give every cell of a layout the same look.
 */
import ExcelJS from "exceljs";
import { buildWorkbookLayout, type WorkbookLayout } from "../../src/core/layout";
import { buildDraftLayout } from "../../src/core/draft/draftLayout";
import { checkDisclosure } from "../../src/core/rules";
import { importWorkbook } from "../../src/excel/importWorkbook";
import { writeXlsx } from "../../src/xlsx/writeXlsx";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readDisclosure } from "../../src/core/reader";
import { readSeed } from "../helpers";
import { cellsOf, recordingExcel } from "./recordingExcel";

interface Look {
  bold: boolean;
  size: number;
  color: string;
  underline: boolean;
  fill: string;
  numberFormat: string;
  horizontal: string;
  vertical: string;
  wrap: boolean;
  border: boolean;
  locked: boolean;
}

const plain = (): Look => ({
  bold: false,
  size: 10,
  color: "",
  underline: false,
  fill: "",
  numberFormat: "General",
  horizontal: "",
  vertical: "",
  wrap: false,
  border: false,
  locked: true,
});
const hex = (argb: string | undefined) => (argb ? `#${argb.slice(-6).toUpperCase()}` : "");

/** The look of every cell the exceljs writer wrote, by sheet and "row,col". */
async function xlsxLooks(layout: WorkbookLayout): Promise<Map<string, Look>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await writeXlsx(layout)) as unknown as ArrayBuffer);
  const looks = new Map<string, Look>();
  for (const s of layout.sheets) {
    const sheet = workbook.getWorksheet(s.name)!;
    for (const c of s.cells) {
      const cell = sheet.getCell(c.row, c.col);
      const fill = cell.fill as ExcelJS.FillPattern | undefined;
      looks.set(`${s.name}!${c.row},${c.col}`, {
        bold: Boolean(cell.font?.bold),
        size: cell.font?.size ?? 10,
        color: hex(cell.font?.color?.argb),
        underline: Boolean(cell.font?.underline),
        fill: fill?.pattern === "solid" ? hex(fill.fgColor?.argb) : "",
        numberFormat: cell.numFmt || "General",
        horizontal: cell.alignment?.horizontal ?? "",
        vertical: cell.alignment?.vertical ?? "",
        wrap: Boolean(cell.alignment?.wrapText),
        border: Boolean(cell.border?.top && cell.border?.bottom && cell.border?.left && cell.border?.right),
        locked: cell.protection?.locked !== false,
      });
    }
  }
  return looks;
}

/** The look of every cell as the Office.js writer's operations leave it, replayed in order. */
async function officeLooks(layout: WorkbookLayout): Promise<Map<string, Look>> {
  const excel = recordingExcel();
  await importWorkbook(excel.context, layout);
  const looks = new Map<string, Look>();
  const at = (sheet: string, row: number, col: number) => {
    const key = `${sheet}!${row},${col}`;
    if (!looks.has(key)) looks.set(key, plain());
    return looks.get(key)!;
  };
  const vertical: Record<string, string> = { Center: "middle", Top: "top" };
  for (const op of excel.operations) {
    if (!op.sheet || !/^(numberFormat|format\.(font|fill|horizontalAlignment|verticalAlignment|wrapText|borders\.getItem\(\)\.style|protection))/.test(op.path))
      continue;
    const value = op.args[0];
    const cells = cellsOf(op.address);
    const [top, left] = cells[0];
    for (const [row, col] of cells) {
      const look = at(op.sheet, row, col);
      switch (op.path) {
        case "numberFormat=":
          look.numberFormat = (value as string[][])[row - top][col - left];
          break;
        case "format.font.bold=":
          look.bold = value as boolean;
          break;
        case "format.font.size=":
          look.size = value as number;
          break;
        case "format.font.color=":
          look.color = value as string;
          break;
        case "format.font.underline=":
          look.underline = value === "Single";
          break;
        case "format.fill.color=":
          look.fill = value as string;
          break;
        case "format.horizontalAlignment=":
          look.horizontal = String(value).toLowerCase();
          break;
        case "format.verticalAlignment=":
          look.vertical = vertical[value as string];
          break;
        case "format.wrapText=":
          look.wrap = value as boolean;
          break;
        case "format.borders.getItem().style=":
          look.border = value === "Continuous";
          break;
        case "format.protection.locked=":
          look.locked = value as boolean;
          break;
      }
    }
  }
  return looks;
}

async function compare(layout: WorkbookLayout) {
  const [xlsx, office] = await Promise.all([xlsxLooks(layout), officeLooks(layout)]);
  let compared = 0;
  for (const s of layout.sheets) {
    for (const c of s.cells) {
      const key = `${s.name}!${c.row},${c.col}`;
      // The BUDGET.CHECK.TOTALS column exists only inside Excel; every layout cell is compared.
      expect({ key, style: c.style, look: office.get(key) ?? plain() }).toEqual({ key, style: c.style, look: xlsx.get(key) });
      compared++;
    }
  }
  return compared;
}

test("an imported disclosure looks the same from both writers, cell by cell", async () => {
  const d = readSeed("000_206854ab748b39c9.txt");
  const compared = await compare(buildWorkbookLayout(d, checkDisclosure(d)));
  expect(compared).toBeGreaterThan(1500);
});

test("a draft looks the same from both writers: yellow, unlocked input cells inside Excel too", async () => {
  const layout = buildDraftLayout(readSeed("003_dd2c9fa6441a52f3.txt"), { prefill: true });
  expect(layout.sheets.some((s) => s.cells.some((c) => c.style === "input"))).toBe(true);
  await compare(layout);
});

test("a Jiangsu document's workbook (its own tables, 读取情况 first) looks the same from both writers; its tables get no BUDGET.CHECK.TOTALS", async () => {
  const read = readDisclosure(readFileSync(join(__dirname, "..", "fixtures", "corpus", "text", "rd-2018.txt"), "utf8"));
  if (!read.ok) throw new Error(read.error);
  const layout = buildWorkbookLayout(read.disclosure, checkDisclosure(read.disclosure));
  expect(layout.sheets[0].name).toBe("读取情况");
  expect(await compare(layout)).toBeGreaterThan(1000);
  const excel = recordingExcel();
  const result = await importWorkbook(excel.context, layout);
  expect(Object.keys(result.sheets)).toEqual(layout.sheets.map((s) => s.name));
  expect(result.session).toBeNull();
  expect(excel.operations.filter((op) => JSON.stringify(op.args).includes("BUDGET.CHECK.TOTALS"))).toEqual([]);
});
