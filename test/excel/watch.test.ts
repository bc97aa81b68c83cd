import { buildWorkbookLayout, type SheetGrid } from "../../src/core/layout";
import { checkDisclosure } from "../../src/core/rules";
import { selectFinding, watchWorkbook, type LiveSession } from "../../src/excel/liveCheck";
import { readSeed } from "../helpers";

const d = readSeed("000_206854ab748b39c9.txt");

/** The sheets' values as imported, for the fake workbook to return. */
function grids(): Record<string, SheetGrid> {
  const result: Record<string, SheetGrid> = {};
  for (const sheet of buildWorkbookLayout(d, []).sheets.filter((s) => s.kind === "table")) {
    const grid: SheetGrid = Array.from({ length: Math.max(...sheet.cells.map((c) => c.row)) }, () => []);
    for (const c of sheet.cells) grid[c.row - 1][c.col - 1] = "value" in c.content ? c.content.value : null;
    result[sheet.name] = grid;
  }
  return result;
}

function fakeExcel(values: Record<string, SheetGrid>) {
  const calls: string[] = [];
  let handler: ((event: { worksheetId: string }) => Promise<void>) | null = null;
  const sheetNames = ["我的表", ...Object.keys(values)];
  const context = {
    workbook: {
      worksheets: {
        items: sheetNames.map((name, i) => ({ name, id: `id-${i}` })),
        load: () => undefined,
        onChanged: {
          add: (h: typeof handler) => {
            handler = h;
            return { context: "registration-context", remove: () => calls.push("removed") };
          },
        },
        getItem: (name: string) => ({
          getRangeByIndexes: () => ({ values: values[name], load: () => undefined }),
          getRange: (address: string) => ({
            format: { fill: { set color(_: string) {}, clear: () => undefined } },
            select: () => calls.push(`select ${name}!${address}`),
          }),
          activate: () => calls.push(`activate ${name}`),
        }),
      },
    },
    sync: async () => undefined,
  };
  Object.assign(globalThis, {
    Excel: {
      run: async (...args: unknown[]) => (args.length === 1 ? (args[0] as (c: unknown) => unknown)(context) : (args[1] as (c: unknown) => unknown)(context)),
    },
  });
  return { calls, fire: (worksheetId: string) => handler!({ worksheetId }), idOf: (name: string) => `id-${sheetNames.indexOf(name)}` };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test("edits of the imported sheets, debounced, re-run the catalogue; edits elsewhere do not; stopping removes the handler", async () => {
  const values = grids();
  const excel = fakeExcel(values);
  const session: LiveSession = { disclosure: d, sheets: Object.fromEntries(Object.keys(values).map((n) => [n, n])) };
  const results: string[][] = [];
  const errors: string[] = [];
  const stop = await watchWorkbook(
    session,
    ({ findings }) => results.push(findings.filter((f) => f.severity === "error").map((f) => f.rule)),
    (message) => errors.push(message),
    20,
  );

  await excel.fire(excel.idOf("我的表"));
  await wait(60);
  expect(results).toEqual([]); // not one of ours

  values["表06 基本支出经济科目表"][4][2] = 172.13; // the user fixes table 6's total…
  values["表06 基本支出经济科目表"][4][3] = 157.89;
  await excel.fire(excel.idOf("表06 基本支出经济科目表"));
  await excel.fire(excel.idOf("表06 基本支出经济科目表")); // typing two cells in a row: one recheck
  await wait(80);
  expect(results).toHaveLength(1); // one recheck for the burst of edits
  expect(results[0]).not.toContain("t6-t5-basic"); // table 6 now agrees with table 5…
  expect(results[0]).toContain("t6-categories"); // …but no longer with its own categories
  expect(results[0]).toContain("t11-t6-admin-cost");
  expect(errors).toEqual([]);

  await stop();
  expect(excel.calls).toContain("removed");
});

test("clicking a finding selects its row on the table sheet", async () => {
  const excel = fakeExcel(grids());
  const finding = checkDisclosure(d).find((f) => f.rule === "t11-t6-admin-cost")!;
  const session: LiveSession = { disclosure: d, sheets: { "表06 基本支出经济科目表": "表06 基本支出经济科目表 (2)" } };
  await Excel.run((context) => selectFinding(context, session, finding));
  expect(excel.calls).toEqual(["activate 表06 基本支出经济科目表 (2)", "select 表06 基本支出经济科目表 (2)!A5"]);
});
