/**
 * The Shanghai and Jiangsu corpus read by their templates, against the goldens written from the page
 * images (test/fixtures/corpus/goldens): template detected, unit, year and level, every table of
 * tablesRead found with its money unit, and every printed row that holds an amount read into its table
 * in order (and no row the golden does not have). The text is what the PDF source made of each PDF
 * (test/fixtures/corpus/text, see its README): reading the PDFs here would cost a minute of pdf.js.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { readDisclosure } from "../../src/core/reader";
import type { Disclosure } from "../../src/core/model";
import { foldKey } from "../../src/core/reader/text";
import { matchTemplateTitle } from "../../src/core/templates/read";
import { templateById } from "../../src/core/templates";

const CORPUS = join(__dirname, "..", "fixtures", "corpus");
const TEXT = join(CORPUS, "text");

interface Golden {
  file: string;
  unit: string;
  year: number;
  unitLevel: "部门" | "单位";
  tablesRead: string[];
  tables: { page: number; title: string; moneyUnit: string; columns: number; rows: string[][] }[];
}

const squeeze = (text: string) => text.normalize("NFKC").replace(/[\s\u3000]+/g, "");
/** A row as its non-empty cells: merged cells may come out as one cell or as several. */
const filled = (cells: string[]) => cells.map(squeeze).filter((c) => c !== "");
const hasAmount = (cells: string[]) => cells.slice(1).some((c) => /\d\.\d\d$/.test(c.trim()) || /^\d{1,3}(,\d{3})+$/.test(c.trim()));

/**
 * Rows whose cell is cut by a page break: the golden joins the halves, the PDF source prints each half on
 * its own page's line (fy-2018 p.15/16: 计算机设备维修和保|养服务 in the 政府采购 table).
 */
const CUT_BY_PAGE_BREAK: Record<string, string[]> = { "fy-2018.json": ["计算机设备维修和保养服务"] };

const goldenFiles = readdirSync(join(CORPUS, "goldens"))
  .filter((f) => f.endsWith(".json"))
  .sort();

function read(name: string): Disclosure {
  const result = readDisclosure(readFileSync(join(TEXT, `${name}.txt`), "utf8"));
  if (!result.ok) throw new Error(result.error);
  return result.disclosure;
}

describe.each(goldenFiles)("%s", (goldenFile) => {
  const golden = JSON.parse(readFileSync(join(CORPUS, "goldens", goldenFile), "utf8")) as Golden;
  const name = golden.file.replace(/^.*\//, "").replace(/\.pdf$/, "");
  const expectedTemplate = golden.file.startsWith("shanghai-budget/") ? "shanghai-9" : "jiangsu";
  const disclosure = read(name);
  const template = templateById(expectedTemplate)!;

  test("template, unit, year and level", () => {
    expect(disclosure.template).toBe(expectedTemplate);
    expect(squeeze(disclosure.unit ?? "")).toBe(squeeze(golden.unit));
    expect(disclosure.year).toBe(golden.year);
    expect(disclosure.level).toBe(golden.unitLevel);
  });

  test("every table of tablesRead found, and only those", () => {
    const expected = golden.tablesRead.map((title) => matchTemplateTitle(template, foldKey(title))?.no ?? `unmatched: ${title}`);
    const found = disclosure.templateTables!.filter((t) => t.found).map((t) => t.no);
    expect(found.sort((a, b) => a - b)).toEqual([...new Set(expected)].sort((a, b) => Number(a) - Number(b)));
  });

  const byTable = new Map<number, Golden["tables"]>();
  for (const entry of golden.tables) {
    const no = matchTemplateTitle(template, foldKey(entry.title))?.no;
    if (no === undefined) throw new Error(`golden title matches no table of ${template.id}: ${entry.title}`);
    byTable.set(no, [...(byTable.get(no) ?? []), entry]);
  }
  const tableCases = [...byTable.entries()].map(([no, entries]) => [`${no} ${entries[0].title}`, no, entries] as const);
  // Text-only PDFs (Jiangsu's -text files) have no tables: only the tests above apply.
  if (tableCases.length > 0)
    test.each(tableCases)("table %s: money unit and every row with an amount, in order", (_name, no, entries) => {
      const table = disclosure.templateTables!.find((t) => t.no === no)!;
      expect(table.found).toBe(true);
      expect(table.moneyUnit).toBe(entries[0].moneyUnit);
      const cut = CUT_BY_PAGE_BREAK[goldenFile] ?? [];
      const want = entries
        .flatMap((e) => e.rows)
        .filter(hasAmount)
        .filter((row) => !row.some((c) => cut.includes(squeeze(c))))
        .map(filled);
      const got = table.rows.map((r) => filled(r.cells));
      let from = 0;
      for (const row of want) {
        const at = got.findIndex((cells, i) => i >= from && JSON.stringify(cells) === JSON.stringify(row));
        if (at < 0) throw new Error(`row not read into table ${no}: ${JSON.stringify(row)}\nrows read:\n${got.map((r) => JSON.stringify(r)).join("\n")}`);
        from = at + 1;
      }
      // Nothing read into the table that the page does not print in it (政府采购 goldens list only some rows).
      if (table.key !== "procurement") {
        const extra = table.rows
          .filter((r) => hasAmount(r.cells))
          .map((r) => filled(r.cells))
          .filter((cells) => !want.some((w) => JSON.stringify(w) === JSON.stringify(cells)));
        expect(extra).toEqual([]);
      }
    });
});
