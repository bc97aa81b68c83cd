/**
 * The workbooks as a finance officer prints them (issue 17 item 1): LibreOffice converts the .xlsx to
 * PDF with the page setup the writer gave it; poppler reads the pages back.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildWorkbookLayout } from "../../src/core/layout";
import { buildDraftLayout } from "../../src/core/draft/draftLayout";
import { tableSpec } from "../../src/core/tableSpecs";
import { checkDisclosure } from "../../src/core/rules";
import type { WorkbookLayout } from "../../src/core/layout";
import { writeXlsx } from "../../src/xlsx/writeXlsx";
import { readSeed } from "../helpers";
import { ROOT } from "../build";
import { describeWithLibreOffice, printToPdf } from "../support/libreoffice";
import { tempDir } from "../support/tempDir";

const dir = tempDir("xlsx-print-");

/** The text of each printed page. */
function pages(pdf: string): string[] {
  return execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).split("\f").slice(0, -1);
}

const squeeze = (text: string) => text.replace(/\s+/g, "");

async function print(layout: WorkbookLayout, name: string) {
  const path = join(dir, `${name}.xlsx`);
  writeFileSync(path, await writeXlsx(layout));
  return printToPdf(path, dir);
}

const describePrinting = spawnSync("pdftotext", ["-v"], { stdio: "ignore" }).status === 0 || process.env.CI ? describeWithLibreOffice : describe.skip;

describePrinting("printing the workbooks (LibreOffice → PDF)", () => {
  jest.setTimeout(180_000);
  const d = readSeed("000_206854ab748b39c9.txt");
  const layout = buildWorkbookLayout(d, checkDisclosure(d));
  let printed: string[] = [];
  let pdf = "";

  beforeAll(async () => {
    pdf = await print(layout, "s000");
    printed = pages(pdf);
  });

  test("seed 000's workbook prints on at most 20 A4 landscape pages (43 before the page setup)", () => {
    expect(printed.length).toBeGreaterThanOrEqual(15); // 校验, 13 tables, 说明
    expect(printed.length).toBeLessThanOrEqual(20);
    const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
    const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
    expect(Math.round(Number(w))).toBe(842); // A4 landscape: 297 × 210 mm
    expect(Math.round(Number(h))).toBe(595);
  });

  test("every table is whole in width: all its column headings on the page with its title, title and unit in the page header; its 校验 and 原文行 columns not printed", () => {
    for (const sheet of layout.sheets.filter((s) => s.kind === "table")) {
      const title = String((sheet.cells.find((c) => c.style === "title")!.content as { value: string }).value);
      const printedCols = sheet.print!.area!.lastCol;
      const all = sheet.cells.filter((c) => c.style === "header" && c.row === sheet.frozenRows && "value" in c.content && c.content.value);
      const headings = all.filter((c) => c.col <= printedCols);
      expect(all.filter((c) => c.col > printedCols).map((c) => String((c.content as { value: string }).value).replace(/：.*/, ""))).toEqual(
        expect.arrayContaining(["原文行"]),
      );
      const onPages = printed.map((text, i) => ({ text: squeeze(text), i })).filter((p) => p.text.includes(squeeze(title)));
      expect({ table: sheet.name, pages: onPages.length > 0 }).toEqual({ table: sheet.name, pages: true });
      const first = onPages[0].text;
      for (const h of headings) {
        const heading = squeeze(String((h.content as { value: string }).value));
        expect({ table: sheet.name, heading, found: first.includes(heading) }).toEqual({ table: sheet.name, heading, found: true });
      }
      expect(first).toContain("单位：万元");
      expect(first).not.toContain("原文行");
      expect(first).not.toContain("校验：");
      // No page of this sheet lacks its header rows: they repeat.
      const lastHeading = squeeze(String((headings[headings.length - 1].content as { value: string }).value));
      for (const p of onPages) expect(p.text).toContain(lastHeading);
    }
  });

  test("说明: every sentence of the narrative is printed whole (wrapped rows tall enough, nothing clipped)", () => {
    const narrative = layout.sheets.find((s) => s.kind === "narrative")!;
    const all = squeeze(printed.join(""));
    const sentences = narrative.cells.filter((c) => c.style === "note" && "value" in c.content).map((c) => String((c.content as { value: string }).value));
    expect(sentences.length).toBeGreaterThan(10);
    for (const s of sentences) expect({ sentence: s, printed: all.includes(squeeze(s)) }).toEqual({ sentence: s, printed: true });
  });

  test("the draft's helper block is hidden in print; its sheets print one page wide", async () => {
    const draft = buildDraftLayout(d, { prefill: true });
    const draftPages = pages(await print(draft, "draft000"));
    expect(draftPages.length).toBeLessThanOrEqual(20);
    const text = draftPages.join("");
    expect(text).not.toContain("占比计算（最大余数法，勿改）");
    expect(text).toMatch(/基本支出172\.13万元，占20\.09%/);
  });

  test("a printed table page for the README (screenshots/; docs/screenshots/ with UPDATE_SCREENSHOTS=1)", () => {
    const shots = join(ROOT, "screenshots");
    mkdirSync(shots, { recursive: true });
    const page = printed.findIndex((t) => squeeze(t).includes(squeeze(tableSpec(3).title))) + 1;
    execFileSync("pdftoppm", ["-png", "-r", "80", "-f", String(page), "-l", String(page), "-singlefile", pdf, join(shots, "print-table3")]);
    if (process.env.UPDATE_SCREENSHOTS) copyFileSync(join(shots, "print-table3.png"), join(ROOT, "docs", "screenshots", "print-table3.png"));
  });
});
