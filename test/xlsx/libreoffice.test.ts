import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildWorkbookLayout } from "../../src/core/layout";
import { checkDisclosure } from "../../src/core/rules";
import { writeXlsx } from "../../src/xlsx/writeXlsx";
import { readSeed } from "../helpers";
import { describeWithLibreOffice, recalculate } from "../support/libreoffice";
import { tempDir } from "../support/tempDir";

const dir = tempDir("xlsx-lo-");

async function writeSeed(file: string, name: string) {
  const d = readSeed(file);
  const path = join(dir, `${name}.xlsx`);
  writeFileSync(path, await writeXlsx(buildWorkbookLayout(d, checkDisclosure(d))));
  return path;
}

const flagOf = (sheet: string[][], code: string) => sheet.find((r) => r[0] === code)?.[5];

describeWithLibreOffice("LibreOffice recalculates the imported workbook without the add-in", () => {
  jest.setTimeout(180_000);

  test("seed 002: the 校验 sheet shows no error", async () => {
    const sheets = recalculate(await writeSeed("002_5fdab3ab01a01bfd.txt", "s002"));
    const checks = sheets["校验"];
    expect(checks[1][2]).toBe("0"); // errors in the tables' check columns
    const cross = checks.slice(4).filter((r) => r[0].startsWith("表") && r[5]);
    expect(cross.length).toBeGreaterThanOrEqual(8);
    for (const r of cross) expect({ check: r[0], result: r[5] }).toEqual({ check: r[0], result: "✓" });
    expect(checks.some((r) => r[0] === "错误")).toBe(false);
    expect(flagOf(sheets["表03 支出总表"], "21011")).toBe("尾差");
  });

  test("seed 000: the 校验 sheet shows the T6/T5 basic-expenditure error", async () => {
    const checks = recalculate(await writeSeed("000_206854ab748b39c9.txt", "s000"))["校验"];
    expect(checks.find((r) => r[0] === "表6 合计 = 表5 基本支出合计")).toEqual(["表6 合计 = 表5 基本支出合计", "", "438.68", "172.13", "266.55", "差 266.55"]);
    expect(checks.find((r) => r[0].startsWith("表11 机关运行经费"))?.[5]).toBe("差 1.74");
  });

  test("changing one leaf amount of table 3 flags that row and its parents; the rest stay as they were", async () => {
    const path = await writeSeed("002_5fdab3ab01a01bfd.txt", "s002-edited");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const t3 = wb.getWorksheet("表03 支出总表")!;
    const row = t3.getColumn(1).values.findIndex((v) => v === "2010301");
    t3.getCell(row, 4).value = 700; // 行政运行 基本支出: 709.53 → 700
    await wb.xlsx.writeFile(path);

    const sheet = recalculate(path)["表03 支出总表"];
    expect(flagOf(sheet, "2010301")).toBe("差 9.53：应为 700.00"); // 合计 709.53 ≠ 基本 700 + 项目 0
    expect(flagOf(sheet, "20103")).toMatch(/^差 9\.53/);
    expect(flagOf(sheet, "201")).toMatch(/^差 9\.53/);
    expect(sheet.find((r) => r[1] === "合计")?.[5]).toMatch(/^差 9\.52/); // against all detail rows: 9.53 less the document's own 0.01 尾差
    expect(flagOf(sheet, "208")).toBe("✓");
    expect(flagOf(sheet, "21011")).toBe("尾差");
  });
});
