/**
 * Round trip through a real PDF: each seed written to a workbook by `disclosure import`, its 13 table
 * sheets printed to PDF by LibreOffice headless, read back through the PDF source and the reader: the
 * same tables with the same amounts as reading the seed's text.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../build";
import { SEED_DIR, seedText } from "../helpers";
import { describeWithLibreOffice } from "../support/libreoffice";
import { printableNarrative, printableTables } from "../support/printedWorkbook";
import { readDisclosure } from "../../src/core/reader";
import { disclosureToJson } from "../../src/core/json";
import { readPdfBytes } from "../../src/pdf/node";

const CLI = join(ROOT, "build", "cli", "src", "cli", "main.js");
const SEEDS = readdirSync(SEED_DIR).filter((f) => f.endsWith(".txt"));

/** Rows that carry an amount, as comparable strings; and which tables are empty. */
function tablesOf(text: string) {
  const result = readDisclosure(text);
  if (!result.ok) throw new Error(result.error);
  const json = disclosureToJson(result.disclosure);
  return {
    unit: json.unit,
    year: json.year,
    tables: Object.fromEntries(
      json.tables.map((t) => [
        t.no,
        {
          moneyUnit: t.moneyUnit,
          empty: t.empty,
          columns: t.columns,
          rows: t.rows.filter((r) => r.values.some((v) => v !== null)).map((r) => [r.code, r.name, r.side ?? "", ...r.values].join("|")),
        },
      ]),
    ),
  };
}

describeWithLibreOffice("seeds → workbook → PDF (LibreOffice) → PDF source → reader", () => {
  const dir = mkdtempSync(join(tmpdir(), "pdf-roundtrip-"));
  const pdfs = new Map<string, string>();
  jest.setTimeout(300_000);

  beforeAll(async () => {
    const printable: string[] = [];
    for (const seed of SEEDS) {
      const stem = seed.slice(0, 3);
      const xlsx = join(dir, `${stem}-import.xlsx`);
      const run = spawnSync(process.execPath, [CLI, "import", join(SEED_DIR, seed), "-o", xlsx], { encoding: "utf8" });
      if (run.status !== 0) throw new Error(run.stderr);
      const out = join(dir, `${stem}.xlsx`);
      await printableTables(xlsx, out);
      printable.push(out);
      // The narrative as a second file, the way Jiangsu publishes text and tables separately.
      const text = join(dir, `${stem}-text.xlsx`);
      await printableNarrative(seedText(seed), text);
      printable.push(text);
      pdfs.set(seed, join(dir, `${stem}.pdf`));
    }
    // One LibreOffice run for all five, in a private profile; each sheet printed on one page.
    const profile = join(dir, "profile");
    mkdirSync(join(profile, "user"), { recursive: true });
    writeFileSync(
      join(profile, "user", "registrymodifications.xcu"),
      '<?xml version="1.0" encoding="UTF-8"?><oor:items xmlns:oor="http://openoffice.org/2001/registry"/>',
    );
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}',
        "--outdir",
        dir,
        ...printable,
      ],
      { stdio: "ignore", timeout: 240_000 },
    );
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const check = (...args: string[]) => {
    const run = spawnSync(process.execPath, [CLI, "check", ...args, "--json"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    return { status: run.status, stderr: run.stderr, json: run.stdout ? JSON.parse(run.stdout) : null };
  };
  // Line numbers differ between a text and PDFs (that is what pages are for). `disclosure import` writes
  // 注：本表无数据 under an empty table, so the note the text lacks is present in the printed tables.
  const summary = (findings: { rule: string; severity: string; message: string }[]) =>
    findings
      .filter((f) => f.rule !== "empty-table-note")
      .map((f) => `${f.severity} ${f.rule} ${f.message.replace(/第\d+行/g, "第N行")}`)
      .sort();

  test.each(SEEDS)("%s: check text.pdf tables.pdf --merge finds what checking the text finds, each finding with its page", (seed) => {
    const stem = seed.slice(0, 3);
    const merged = check(join(dir, `${stem}-text.pdf`), join(dir, `${stem}.pdf`), "--merge");
    const text = check(join(SEED_DIR, seed));
    expect(merged.stderr).toBe("");
    expect(merged.status).toBe(text.status);
    expect(summary(merged.json.findings)).toEqual(summary(text.json.findings));
    for (const finding of merged.json.findings) {
      if (finding.lines.length === 0) continue;
      expect(finding.page).toBeGreaterThanOrEqual(1);
      expect(finding.locations[0].file).toMatch(new RegExp(`^${stem}(-text)?\\.pdf$`));
    }
  });

  test.each(SEEDS)("%s: the same unit, year, tables and amounts as its text", async (seed) => {
    const source = await readPdfBytes(new Uint8Array(readFileSync(pdfs.get(seed)!)));
    const fromPdf = tablesOf(source.text);
    const fromText = tablesOf(seedText(seed));
    expect(fromPdf.unit).toBe(fromText.unit);
    expect(fromPdf.year).toBe(fromText.year);
    expect(Object.keys(fromPdf.tables)).toHaveLength(13);
    for (const [no, table] of Object.entries(fromText.tables)) {
      expect({ no, ...fromPdf.tables[no] }).toEqual({ no, ...table });
    }
    // Every line of the PDF source knows its page.
    expect(source.locations).toHaveLength(source.text.split("\n").length);
  });
});
