import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { buildWorkbookLayout, disclosureFromSheets, type SheetGrid } from "../../src/core/layout";
import { buildTableSheet, PlacementMap } from "../../src/core/layout/tableSheet";
import { DECISIONS_SHEET, applyDecisions, countOpen, decide } from "../../src/core/review/decisions";
import { checkDisclosure } from "../../src/core/rules";
import { readDecisionsSheet, writeDecisionsSheet } from "../../src/xlsx/decisionsSheet";
import { writeXlsx } from "../../src/xlsx/writeXlsx";
import { readSeed } from "../helpers";
import { rowOf } from "../rules/model";
import { describeWithLibreOffice } from "../support/libreoffice";

const SEED = "000_206854ab748b39c9.txt";
const dir = mkdtempSync(join(tmpdir(), "review-decisions-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every sheet's values as a 0-based grid, as the live check reads them back. */
function gridsOf(workbook: ExcelJS.Workbook): Record<string, SheetGrid> {
  const grids: Record<string, SheetGrid> = {};
  workbook.eachSheet((sheet) => {
    const grid: SheetGrid = [];
    sheet.eachRow({ includeEmpty: true }, (row, r) => {
      const cells: (string | number | boolean | null)[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const v = cell.value;
        cells[c - 1] = v === null || v === undefined ? null : typeof v === "object" ? ("result" in v ? (v.result as number) : null) : (v as string | number);
      });
      grid[r - 1] = cells;
    });
    grids[sheet.name] = grid;
  });
  return grids;
}

describeWithLibreOffice("decisions kept in the workbook (LibreOffice round trip)", () => {
  test("a decision survives save and reopen in LibreOffice, and lapses when its figure is edited", async () => {
    const disclosure = readSeed(SEED);
    const findings = checkDisclosure(disclosure);
    const adminCost = findings.find((f) => f.rule === "t11-t6-admin-cost")!;
    const decisions = [decide(adminCost, "机关运行经费含1.74万元上年结转，已核实", new Date("2026-03-01T08:00:00Z"))];

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeXlsx(buildWorkbookLayout(disclosure, findings))) as unknown as ArrayBuffer);
    writeDecisionsSheet(workbook, decisions);
    const path = join(dir, "d000.xlsx");
    writeFileSync(path, new Uint8Array(await workbook.xlsx.writeBuffer()));

    const out = join(dir, "resaved");
    execFileSync("soffice", [`-env:UserInstallation=file://${mkdtempSync(join(dir, "lo-"))}`, "--headless", "--convert-to", "xlsx", "--outdir", out, path], {
      stdio: "ignore",
      timeout: 120_000,
    });
    const reopened = new ExcelJS.Workbook();
    await reopened.xlsx.readFile(join(out, "d000.xlsx"));
    expect(reopened.getWorksheet(DECISIONS_SHEET)!.state).not.toBe("visible");
    expect(readDecisionsSheet(reopened)).toEqual({ ok: true, decisions });

    // The figures as LibreOffice saved them: the decision still applies, the error is not counted.
    const grids = gridsOf(reopened);
    const asSaved = applyDecisions(checkDisclosure(disclosureFromSheets(disclosure, grids)), decisions);
    expect(asSaved.findings.filter((f) => f.decision).map((f) => f.rule)).toEqual(["t11-t6-admin-cost"]);
    expect(countOpen(asSaved.findings).error).toBe(1);

    // Table 11's 机关运行经费 edited from 15.98 to 16.98: the decision no longer applies.
    const placements = new PlacementMap();
    for (const t of disclosure.tables) buildTableSheet(disclosure, t, placements);
    const cell = placements.get(rowOf(disclosure, 11, /合计/), 0)!;
    grids[cell.sheet][cell.row - 1][cell.col - 1] = 16.98;
    const edited = applyDecisions(checkDisclosure(disclosureFromSheets(disclosure, grids)), decisions);
    expect(edited.findings.some((f) => f.decision)).toBe(false);
    const reopenedError = edited.findings.find((f) => f.rule === "t11-t6-admin-cost")!;
    expect([reopenedError.expected, reopenedError.actual]).toEqual([14.24, 16.98]);
    expect(edited.outdated.map((o) => o.reason)).toEqual(["figures-changed"]);
  }, 180_000);
});

test("a workbook without the sheet has no decisions; a damaged sheet is refused in Chinese", () => {
  const workbook = new ExcelJS.Workbook();
  expect(readDecisionsSheet(workbook)).toEqual({ ok: true, decisions: [] });
  workbook.addWorksheet(DECISIONS_SHEET).addRow(["别的内容"]);
  expect(readDecisionsSheet(workbook)).toEqual({ ok: false, error: expect.stringContaining("表头不是审核记录的格式") });
});
