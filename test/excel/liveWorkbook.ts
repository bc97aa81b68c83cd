/**
 * A workbook holding an imported disclosure's Excel Tables, as live checking reads them: each table
 * sheet's body (header row first) at a position on its sheet. Tests edit, insert, delete and sort
 * its rows as a user would; fills and selections are recorded by sheet and address.
 */
import { OfficeMockObject } from "office-addin-mock";
import { buildWorkbookLayout, type SheetGrid } from "../../src/core/layout";
import type { Disclosure } from "../../src/core/model";
import type { LiveSession } from "../../src/excel/liveCheck";
import { SETTINGS_KEY } from "../../src/excel/sessionStore";
import { DECISIONS_SHEET } from "../../src/core/review/decisions";

export interface FakeTable {
  name: string;
  sheet: string;
  /** 0-based position of the header row's first cell. */
  rowIndex: number;
  columnIndex: number;
  /** Header row first. */
  values: SheetGrid;
}

export function importedTables(d: Disclosure): { session: LiveSession; tables: Record<string, FakeTable> } {
  const tables: Record<string, FakeTable> = {};
  const session: LiveSession = { disclosure: d, sheets: {}, tables: {} };
  for (const sheet of buildWorkbookLayout(d, []).sheets) {
    session.sheets[sheet.name] = sheet.name;
    if (sheet.kind !== "table" || !sheet.body) continue;
    const b = sheet.body;
    const values: SheetGrid = Array.from({ length: b.lastRow - b.headerRow + 1 }, () => new Array(b.lastCol - b.firstCol + 1).fill(""));
    for (const c of sheet.cells) {
      if (c.row < b.headerRow || c.row > b.lastRow || c.col < b.firstCol || c.col > b.lastCol) continue;
      values[c.row - b.headerRow][c.col - b.firstCol] = "value" in c.content ? (c.content.value ?? "") : "✓";
    }
    const name = `BudgetTable${String(sheet.tableNo).padStart(2, "0")}`;
    tables[sheet.name] = { name, sheet: sheet.name, rowIndex: b.headerRow - 1, columnIndex: b.firstCol - 1, values };
    session.tables[sheet.name] = name;
  }
  return { session, tables };
}

/** The body row (0-based, header excluded) whose first cells read so. */
export function bodyRow(table: FakeTable, ...cells: (string | number)[]): number {
  const i = table.values.slice(1).findIndex((row) => cells.every((v, j) => row[j] === v));
  if (i < 0) throw new Error(`no row ${cells.join(" ")} in ${table.name}`);
  return i + 1;
}

/** `decisionRows`: the hidden 审核记录 sheet's rows (header first), or none when the workbook has no such sheet. */
export function liveWorkbook(tables: Record<string, FakeTable>, settings: Record<string, string> = {}, decisionRows: string[][] | null = null) {
  const fills: Record<string, string> = {};
  const calls: string[] = [];
  let syncs = 0;
  let handler: ((event: { worksheetId: string }) => Promise<void>) | null = null;
  const byName = () => Object.values(tables);
  const mock = new OfficeMockObject({ workbook: {} }) as unknown as { workbook: Record<string, unknown>; sync: () => Promise<void> };
  const realSync = mock.sync.bind(mock);
  mock.sync = async () => {
    syncs++;
    return realSync();
  };
  mock.workbook.tables = {
    getItemOrNullObject(name: string) {
      const table = byName().find((t) => t.name === name);
      return {
        isNullObject: !table,
        getRange: () => ({ load: () => undefined, values: table?.values, rowIndex: table?.rowIndex, columnIndex: table?.columnIndex }),
        worksheet: { load: () => undefined, name: table?.sheet, id: `id:${table?.sheet}` },
      };
    },
  };
  mock.workbook.worksheets = {
    getItemOrNullObject: (name: string) => {
      const exists = name === DECISIONS_SHEET && decisionRows !== null;
      return {
        isNullObject: !exists,
        getUsedRangeOrNullObject: () => ({ isNullObject: !exists || decisionRows!.length === 0, values: decisionRows ?? [], load: () => undefined }),
      };
    },
    onChanged: {
      add: (h: typeof handler) => {
        handler = h;
        return { context: mock, remove: () => calls.push("removed") };
      },
    },
    getItem: (sheet: string) => ({
      activate: () => calls.push(`activate ${sheet}`),
      getRange: (address: string) => ({
        select: () => calls.push(`select ${sheet}!${address}`),
        format: {
          fill: {
            set color(c: string) {
              fills[`${sheet}!${address}`] = c;
            },
            clear: () => (fills[`${sheet}!${address}`] = "cleared"),
          },
        },
      }),
    }),
  };
  mock.workbook.settings = {
    getItemOrNullObject: (key: string) => ({ isNullObject: !(key in settings), value: settings[key], load: () => undefined }),
  };
  const context = mock as unknown as Excel.RequestContext;
  Object.assign(globalThis, {
    Excel: { run: async (...args: unknown[]) => (args[args.length - 1] as (c: unknown) => unknown)(context) },
  });
  return {
    context,
    fills,
    calls,
    syncs: () => syncs,
    fire: (sheet: string) => handler!({ worksheetId: `id:${sheet}` }),
    storeSession: (session: LiveSession) => (settings[SETTINGS_KEY] = JSON.stringify({ version: 1, imports: [session] })),
  };
}
