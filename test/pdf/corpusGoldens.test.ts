/**
 * Every golden of test/fixtures/corpus/goldens (written by reading the rendered pages, see GOLDENS
 * format in that folder's files): the PDF source's lines for the golden's page hold each table row
 * cell-exact, in order, and each narrative paragraph joined into one line with every figure unsplit.
 *
 * Trailing empty cells: the reader drops them (a row's last printed value ends its cells), so they are
 * compared after trimming on both sides; a line may not have more cells than the table has columns,
 * so no value can sit in a column to the right of where it is printed.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readPdfBytes } from "../../src/pdf/node";
import type { PdfSource } from "../../src/core/sources/pdfSource";

const CORPUS = join(__dirname, "..", "fixtures", "corpus");
const GOLDENS = join(CORPUS, "goldens");

interface Golden {
  file: string;
  tables: { page: number; title: string; columns: number; rows: string[][] }[];
  /** endPage: the last page the section runs onto (the page after `page` when not given). */
  narrative?: { page: number; endPage?: number; section: string; paragraphs: string[]; figures: string[] };
}

/**
 * Where the PDF source does not yet give what the page shows (found by these goldens): each entry
 * ("<golden>.json #<table>" or "<golden>.json narrative") is run as a test.failing, so the day the
 * layout gets it right the test says so and the entry must go. None at present.
 */
const KNOWN_GAPS = new Set<string>([]);

const goldenFiles = existsSync(GOLDENS) ? readdirSync(GOLDENS).filter((f) => f.endsWith(".json")) : [];

const trimTrailing = (cells: string[]) => {
  const out = [...cells];
  while (out.length > 0 && out[out.length - 1] === "") out.pop();
  return out;
};
// Full-width and half-width forms of one character (（ and (, ０ and 0) look alike on the page: compared after NFKC.
const nfkc = (text: string) => text.normalize("NFKC");
const squeeze = (text: string) => nfkc(text).replace(/\s+/g, "");

describe("the PDF source against goldens read from the pages", () => {
  test("there is at least one golden", () => expect(goldenFiles.length).toBeGreaterThan(0));

  describe.each(goldenFiles)("%s", (goldenFile) => {
    const golden = JSON.parse(readFileSync(join(GOLDENS, goldenFile), "utf8")) as Golden;
    let source: PdfSource;
    const linesOf = (page: number) =>
      source.text
        .split("\n")
        .map((text, i) => ({ text, at: source.locations[i] }))
        .filter((l) => l.at?.page === page);

    beforeAll(async () => {
      source = await readPdfBytes(new Uint8Array(readFileSync(join(CORPUS, golden.file))), golden.file);
    }, 120_000);

    // A golden of a text-only PDF has no tables.
    const tableCases = golden.tables.map((t, i) => [`${t.title}, page ${t.page} (#${i + 1})`, t] as const);
    const tablesKnownGood = tableCases.filter((_, i) => !KNOWN_GAPS.has(`${goldenFile} #${i + 1}`));
    const tablesKnownGaps = tableCases.filter((_, i) => KNOWN_GAPS.has(`${goldenFile} #${i + 1}`));
    const checkTable = (table: Golden["tables"][number]) => {
      const lines = linesOf(table.page).map((l) => l.text.split("\t").map((c) => nfkc(c).trim()));
      let from = 0;
      for (const row of table.rows) {
        expect(row).toHaveLength(table.columns);
        const want = trimTrailing(row.map((c) => nfkc(c).trim()));
        // A ruled row left blank prints no text, so no text line stands for it.
        if (want.length === 0) continue;
        const found = lines.findIndex((cells, i) => i >= from && JSON.stringify(trimTrailing(cells)) === JSON.stringify(want));
        if (found < 0) {
          // Show the nearest line to make a failure readable.
          const near = lines.filter((cells) => cells.some((c) => c !== "" && c === want.find((w) => w !== "")));
          throw new Error(
            `row not found on page ${table.page}: ${JSON.stringify(row)}\nlines with its first cell:\n${near.map((c) => JSON.stringify(c)).join("\n")}`,
          );
        }
        expect(lines[found].length).toBeLessThanOrEqual(table.columns);
        from = found + 1;
      }
    };
    if (tablesKnownGood.length > 0) test.each(tablesKnownGood)("table %s: every row cell-exact, in order", (_, table) => checkTable(table));
    if (tablesKnownGaps.length > 0) test.failing.each(tablesKnownGaps)("table %s: every row cell-exact, in order (known gap)", (_, table) => checkTable(table));

    const narrative = golden.narrative;
    if (narrative) {
      const narrativeTest = KNOWN_GAPS.has(`${goldenFile} narrative`) ? test.failing : test;
      narrativeTest(
        `narrative “${narrative.section}”, pages ${narrative.page}–${narrative.endPage ?? narrative.page + 1}: paragraphs joined, figures unsplit`,
        () => {
          const pages = Array.from(
            { length: Math.max(narrative.endPage ?? narrative.page + 1, narrative.page) - narrative.page + 1 },
            (_, k) => narrative.page + k,
          );
          const lines = pages.flatMap((page) => linesOf(page)).map((l) => squeeze(l.text));
          for (const paragraph of narrative.paragraphs) {
            const want = squeeze(paragraph);
            const holder = lines.find((l) => l.includes(want));
            if (!holder) throw new Error(`paragraph not joined in one line: ${paragraph}\nlines:\n${lines.join("\n")}`);
          }
          for (const figure of narrative.figures) {
            expect(narrative.paragraphs.some((p) => p.includes(figure))).toBe(true);
            expect(lines.some((l) => l.includes(squeeze(figure)))).toBe(true);
          }
        },
      );
    }
  });
});
