import { buildWorkbookLayout, disclosureFromSheets, tableAreas, type SheetGrid } from "../../src/core/layout";
import { checkDisclosure } from "../../src/core/rules";
import { highlightRows, recheck, type LiveSession } from "../../src/excel/liveCheck";
import { readSeed } from "../helpers";

/** The sheets as the import wrote them: each table sheet's values, by sheet name. */
function gridsOf(file: string): Record<string, SheetGrid> {
  const d = readSeed(file);
  const layout = buildWorkbookLayout(d, []);
  const grids: Record<string, SheetGrid> = {};
  for (const sheet of layout.sheets.filter((s) => s.kind === "table")) {
    const rows = Math.max(...sheet.cells.map((c) => c.row));
    const cols = Math.max(...sheet.cells.map((c) => c.col));
    const grid: SheetGrid = Array.from({ length: rows }, () => new Array(cols).fill(""));
    for (const c of sheet.cells) grid[c.row - 1][c.col - 1] = "value" in c.content ? c.content.value : "✓";
    grids[sheet.name] = grid;
  }
  return grids;
}

test("reading the sheets back gives the same figures, so the same findings", () => {
  const d = readSeed("002_5fdab3ab01a01bfd.txt");
  const again = disclosureFromSheets(d, gridsOf("002_5fdab3ab01a01bfd.txt"));
  expect(again.tables.map((t) => t.rows.map((r) => r.values))).toEqual(d.tables.map((t) => t.rows.map((r) => r.values)));
  expect(checkDisclosure(again)).toEqual(checkDisclosure(d));
});

test("an edit in a sheet reaches the model: seed 002's table 6 total changed, the T6/T5 rule fires", () => {
  const d = readSeed("002_5fdab3ab01a01bfd.txt");
  const grids = gridsOf("002_5fdab3ab01a01bfd.txt");
  grids["表06 基本支出经济科目表"][4][2] = 980; // 合计 973.99 → 980
  const findings = checkDisclosure(disclosureFromSheets(d, grids));
  expect(findings.find((f) => f.rule === "t6-t5-basic")).toMatchObject({ severity: "error", expected: 973.99, actual: 980 });
});

test("text typed into an amount cell counts as blank; a text number with an OCR space is read", () => {
  const d = readSeed("002_5fdab3ab01a01bfd.txt");
  const grids = gridsOf("002_5fdab3ab01a01bfd.txt");
  grids["表03 支出总表"][4][3] = "九百";
  grids["表03 支出总表"][4][4] = "590. 73";
  const t3 = disclosureFromSheets(d, grids).tables.find((t) => t.no === 3)!;
  expect(t3.rows[0].values).toEqual([156472, null, 59073]);
});

test("error findings highlight the rows they point at, on the sheets' actual names", () => {
  const d = readSeed("000_206854ab748b39c9.txt");
  const session: LiveSession = { disclosure: d, sheets: { "表06 基本支出经济科目表": "表06 基本支出经济科目表 (2)" } };
  const rows = highlightRows(session, checkDisclosure(d));
  expect(rows).toEqual({ "表05 一般公共预算支出表": [5], "表06 基本支出经济科目表 (2)": [5], "表11 机关运行经费表": [5] });
});

test("recheck: one round trip to read every table sheet, one to move the highlights", async () => {
  const d = readSeed("000_206854ab748b39c9.txt");
  const grids = gridsOf("000_206854ab748b39c9.txt");
  grids["表06 基本支出经济科目表"][4][2] = 172.13; // the user fixes table 6's total…
  grids["表06 基本支出经济科目表"][4][3] = 157.89; // …and its personnel costs
  const fills: Record<string, string | "cleared"> = {};
  let syncs = 0;
  const context = {
    workbook: {
      worksheets: {
        getItem: (name: string) => ({
          getRangeByIndexes: () => ({ values: grids[name], load: () => undefined }),
          getRange: (address: string) => ({
            format: {
              fill: {
                set color(c: string) {
                  fills[`${name}!${address}`] = c;
                },
                clear: () => (fills[`${name}!${address}`] = "cleared"),
              },
            },
          }),
        }),
      },
    },
    sync: async () => void syncs++,
  } as unknown as Excel.RequestContext;
  const session: LiveSession = { disclosure: d, sheets: {} };
  const before = { "表05 一般公共预算支出表": [5], "表06 基本支出经济科目表": [5], "表11 机关运行经费表": [5] };
  const result = await recheck(context, session, before);
  expect(syncs).toBe(2);
  expect(result.findings.find((f) => f.rule === "t6-t5-basic")).toBeUndefined();
  expect(result.findings.find((f) => f.rule === "t11-t6-admin-cost")).toBeDefined(); // still 15.98 vs 14.24
  expect(fills["表05 一般公共预算支出表!A5:B5"]).toBe("cleared");
  expect(fills["表11 机关运行经费表!A5:B5"]).toBe("#FFE0E0");
  expect(tableAreas(d)).toHaveLength(13);
});
