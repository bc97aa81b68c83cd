import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildWorkbookLayout } from "../../src/core/layout";
import { checkDisclosure } from "../../src/core/rules";
import { writeXlsx } from "../../src/xlsx/writeXlsx";
import { readSeed } from "../helpers";
import { describeWithLibreOffice, recalculate, recalculateMany } from "../support/libreoffice";
import { tempDir } from "../support/tempDir";

const dir = tempDir("xlsx-lo-");

async function writeSeed(file: string, name: string) {
  const d = readSeed(file);
  const path = join(dir, `${name}.xlsx`);
  writeFileSync(path, await writeXlsx(buildWorkbookLayout(d, checkDisclosure(d))));
  return path;
}

/** The flag of a row in one of table 3's check columns: F 合计, G 基本支出, H 项目支出, I the row total. */
const CHECK = { total: 5, basic: 6, project: 7, row: 8 } as const;
const flagOf = (sheet: string[][], code: string, column: keyof typeof CHECK = "total") => sheet.find((r) => r[0] === code)?.[CHECK[column]];
/** The live relation rows of the 校验 sheet (between its header and the list of other findings). */
const relationRows = (checks: string[][]) => checks.slice(6, checks.findIndex((r) => r[0].startsWith("其他检查")) - 1);

describeWithLibreOffice("LibreOffice recalculates the imported workbook without the add-in", () => {
  jest.setTimeout(180_000);

  test("seed 002: the 校验 sheet shows no error", async () => {
    const sheets = recalculate(await writeSeed("002_5fdab3ab01a01bfd.txt", "s002"));
    const checks = sheets["校验"];
    expect(checks[1].slice(0, 3)).toEqual(["错误", "", "0"]); // every flag of the workbook, counted live
    expect(checks[2].slice(0, 3)).toEqual(["提示（含尾差）", "", "9"]); // the checker's 9 warnings
    const cross = relationRows(checks);
    expect(cross.length).toBeGreaterThanOrEqual(8);
    for (const r of cross) expect({ check: r[0], result: r[4] }).toEqual({ check: r[0], result: "✓" });
    expect(checks.slice(cross.length + 6).some((r) => r[0] === "错误")).toBe(false);
    expect(flagOf(sheets["表03 支出总表"], "21011")).toBe("尾差");
  });

  test("seed 000: the 校验 sheet shows the T6/T5 basic-expenditure error", async () => {
    const checks = recalculate(await writeSeed("000_206854ab748b39c9.txt", "s000"))["校验"];
    expect(checks.find((r) => r[1] === "t6-t5-basic")?.slice(0, 5)).toEqual([
      "一般公共预算基本支出",
      "t6-t5-basic",
      "438.68",
      "172.13",
      "差 266.55：应为 172.13",
    ]);
    expect(checks.find((r) => r[1] === "t11-t6-admin-cost")?.[4]).toBe("差 1.74：应为 14.24");
    expect(checks[1].slice(0, 3)).toEqual(["错误", "", "2"]); // the checker's two errors
  });

  test("changing one leaf amount of table 3 flags exactly the relations it breaks; the rest stay as they were", async () => {
    const path = await writeSeed("002_5fdab3ab01a01bfd.txt", "s002-edited");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const t3 = wb.getWorksheet("表03 支出总表")!;
    const row = t3.getColumn(1).values.findIndex((v) => v === "2010301");
    t3.getCell(row, 4).value = 700; // 行政运行 基本支出: 709.53 → 700
    await wb.xlsx.writeFile(path);

    const sheet = recalculate(path)["表03 支出总表"];
    expect(flagOf(sheet, "2010301", "row")).toBe("差 9.53：应为 700.00"); // 合计 709.53 ≠ 基本 700 + 项目 0
    expect(flagOf(sheet, "20103", "basic")).toMatch(/^差 9\.53：/); // 20103 as printed, its 项 now 9.53 less
    // The 类 still equals its printed 款 (the checker compares direct children), as does 合计 its 类.
    expect(flagOf(sheet, "201", "basic")).toBe("✓");
    expect(sheet.find((r) => r[1] === "合计")?.[CHECK.basic]).toBe("✓");
    expect(flagOf(sheet, "208")).toBe("✓");
    expect(flagOf(sheet, "21011")).toBe("尾差");
  });

  test("seeds 002 and 004: the 说明 sheet flags no error the checker does not report (特定目标类项目 is not table 12's total)", async () => {
    const recalculated = recalculateMany([await writeSeed("002_5fdab3ab01a01bfd.txt", "n002"), await writeSeed("004_6562e89d941fc7ec.txt", "n004")]);
    for (const sheets of recalculated) {
      expect(sheets["说明"].filter((r) => r.some((cell) => cell.startsWith("差")))).toEqual([]);
      expect(sheets["校验"][1].slice(0, 3)).toEqual(["错误", "", "0"]);
      const statement = sheets["说明"].findIndex((r) => /特定目标类项目0个/.test(r[1] ?? ""));
      if (statement >= 0) for (const r of sheets["说明"].slice(statement + 1, statement + 3)) expect(r[6] ?? "").not.toMatch(/^差/);
    }
  });
});
