/**
 * Live checking of an imported disclosure: when the user edits one of its sheets, re-read every table
 * sheet through the Excel Table the import wrote it as (one round trip), re-run the whole catalogue,
 * report the findings and move the highlights.
 *
 * Rows are found by their 科目编码 (or, in tables without codes, by their names), never by position:
 * rows inserted above, deleted or sorted are read where they now are. A Table that is gone is said so.
 */
import { buildWorkbookLayout, disclosureFromSheets, rowsOfLines, type SheetGrid, type SheetLayout } from "../core/layout";
import { columnLetter } from "../core/layout/address";
import { HIGHLIGHT_FILL } from "../core/layout/styles";
import type { Disclosure } from "../core/model";
import { DECISIONS_SHEET, type Decision, type ReviewedFinding, applyDecisions, countOpen, decisionsFromRows } from "../core/review/decisions";
import { checkDisclosure, type Finding } from "../core/rules";
import { loadImports, type LiveSession } from "./sessionStore";

export type { LiveSession } from "./sessionStore";

type Cell = string | number | boolean | null;

/** How one table sheet's rows are recognised: the columns holding codes and names, and each body row's key. */
export interface SheetKeys {
  sheet: string;
  headerRow: number;
  firstCol: number;
  lastRow: number;
  lastCol: number;
  /** Columns (relative to the body's first column, 0-based) of codes, and of names. */
  codeCols: number[];
  nameCols: number[];
  /** Layout row → key, and key → layout row. */
  keyOfRow: Map<number, string>;
  rowOfKey: Map<string, number>;
}

const text = (v: Cell | undefined) => (v === null || v === undefined ? "" : String(v).trim());

/** The key of a row: its codes when it has any (科目编码), otherwise its names (合计, a project's name). */
function rowKey(values: (Cell | undefined)[], keys: Pick<SheetKeys, "codeCols" | "nameCols">): string {
  const codes = keys.codeCols.map((c) => text(values[c])).filter((v) => v !== "");
  if (codes.length > 0) return `code ${codes.join("|")}`;
  return `name ${keys.nameCols.map((c) => text(values[c])).join("|")}`;
}

/** Keys made unique by their occurrence: a second row of the same name is "… #2". */
function numbered(keys: string[]): string[] {
  const seen = new Map<string, number>();
  return keys.map((k) => {
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return n === 1 ? k : `${k} #${n}`;
  });
}

function sheetKeys(layout: SheetLayout): SheetKeys | null {
  const b = layout.body;
  if (!b) return null;
  const grid = new Map<number, Cell[]>();
  const codeCols = new Set<number>();
  const nameCols = new Set<number>();
  for (const c of layout.cells) {
    if (c.row <= b.headerRow || c.row > b.lastRow || c.col < b.firstCol || c.col > b.lastCol) continue;
    const col = c.col - b.firstCol;
    if (c.style === "code") codeCols.add(col);
    if (c.style === "name") nameCols.add(col);
    const row = grid.get(c.row) ?? [];
    row[col] = "value" in c.content ? c.content.value : null;
    grid.set(c.row, row);
  }
  const keys = { codeCols: [...codeCols].sort((x, y) => x - y), nameCols: [...nameCols].sort((x, y) => x - y) };
  const rows = [...grid.keys()].sort((x, y) => x - y);
  const named = numbered(rows.map((r) => rowKey(grid.get(r)!, keys)));
  return {
    sheet: layout.name,
    headerRow: b.headerRow,
    firstCol: b.firstCol,
    lastRow: b.lastRow,
    lastCol: b.lastCol,
    ...keys,
    keyOfRow: new Map(rows.map((r, i) => [r, named[i]])),
    rowOfKey: new Map(rows.map((r, i) => [named[i], r])),
  };
}

const keysCache = new WeakMap<Disclosure, Record<string, SheetKeys>>();

/** The keys of every table sheet of the disclosure's layout, by layout sheet name. */
export function tableSheetKeys(d: Disclosure): Record<string, SheetKeys> {
  const cached = keysCache.get(d);
  if (cached) return cached;
  const result: Record<string, SheetKeys> = {};
  for (const sheet of buildWorkbookLayout(d, []).sheets) {
    if (sheet.kind !== "table") continue;
    const keys = sheetKeys(sheet);
    if (keys) result[sheet.name] = keys;
  }
  keysCache.set(d, result);
  return result;
}

/** A table as read from Excel: its range's values (header row first) and where it now is (0-based). */
export interface TableRead {
  values: Cell[][];
  rowIndex: number;
  columnIndex: number;
  worksheet: string;
}

/**
 * Puts a table's rows, wherever they now are, back at the rows the layout gave them, so that
 * disclosureFromSheets reads them; and says on which sheet row each key now is (1-based).
 * A row of the layout no longer found is left blank (its figures are gone); rows the user added are ignored.
 */
export function placeByKeys(keys: SheetKeys, read: TableRead): { grid: SheetGrid; rowOf: Map<string, number> } {
  const width = keys.firstCol - 1 + Math.max(keys.lastCol - keys.firstCol + 1, ...read.values.map((r) => r.length));
  const grid: SheetGrid = Array.from({ length: keys.lastRow }, () => new Array<Cell>(width).fill(null));
  const body = read.values.slice(1);
  const named = numbered(body.map((values) => rowKey(values, keys)));
  const rowOf = new Map<string, number>();
  named.forEach((key, i) => {
    const layoutRow = keys.rowOfKey.get(key);
    if (layoutRow === undefined) return;
    rowOf.set(key, read.rowIndex + 2 + i);
    body[i].forEach((v, j) => (grid[layoutRow - 1][keys.firstCol - 1 + j] = v));
  });
  return { grid, rowOf };
}

/** Error findings' rows, as keys on layout sheets: they follow the rows wherever the user moves them. */
export function highlightKeys(d: Disclosure, keys: Record<string, SheetKeys>, findings: Finding[]): { sheet: string; key: string }[] {
  const rows = rowsOfLines(d);
  const result: { sheet: string; key: string }[] = [];
  for (const f of findings) {
    if (f.severity !== "error") continue;
    for (const no of f.tables) {
      const sheet = Object.keys(rows).find((name) => name.startsWith(`表${String(no).padStart(2, "0")} `));
      if (!sheet || !keys[sheet]) continue;
      for (const line of f.lines) {
        const key = keys[sheet].keyOfRow.get(rows[sheet][line]);
        if (key && !result.some((h) => h.sheet === sheet && h.key === key)) result.push({ sheet, key });
      }
    }
  }
  return result;
}

export interface Highlight {
  sheet: string;
  key: string;
}

/** Queues the read of every table of the session; call read() after the next sync. */
function queueTableReads(context: Excel.RequestContext, session: LiveSession) {
  const reads = Object.entries(session.tables).map(([sheet, name]) => {
    const table = context.workbook.tables.getItemOrNullObject(name);
    const range = table.getRange();
    range.load("values,rowIndex,columnIndex");
    table.worksheet.load("name");
    return { sheet, table, range };
  });
  return () => {
    const result: Record<string, TableRead> = {};
    const missing: string[] = [];
    for (const r of reads) {
      if (r.table.isNullObject) missing.push(r.sheet);
      else
        result[r.sheet] = {
          values: r.range.values as Cell[][],
          rowIndex: r.range.rowIndex,
          columnIndex: r.range.columnIndex,
          worksheet: r.table.worksheet.name,
        };
    }
    return { tables: result, missing };
  };
}

/**
 * Queues the read of the reviewer's decisions (the hidden 审核记录 sheet) with the tables' read, so the
 * recheck keeps its two round trips; call read() after the sync. A damaged sheet counts as none.
 */
function queueDecisionsRead(context: Excel.RequestContext): () => Decision[] {
  const sheet = context.workbook.worksheets.getItemOrNullObject(DECISIONS_SHEET);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values");
  return () => {
    if (sheet.isNullObject || used.isNullObject) return [];
    const parsed = decisionsFromRows(used.values);
    return parsed.ok ? parsed.decisions : [];
  };
}

export interface RecheckResult {
  disclosure: Disclosure;
  /** Every finding; those the reviewer accepted ("已核实，不是问题") carry their decision while their figures are unchanged. */
  findings: ReviewedFinding[];
  /** Counts of the findings no decision accepts, and of the accepted ones: what the pane reports. */
  counts: Record<"error" | "warning" | "info" | "accepted", number>;
  highlights: Highlight[];
  /** Table sheets whose Table is gone: their figures could not be read (said, never passed silently). */
  unread: string[];
}

/**
 * Reads the tables and the reviewer's decisions, re-runs the catalogue, moves the highlights: an error
 * the reviewer accepted is not painted while its figures are as they were. Two round trips.
 */
export async function recheck(context: Excel.RequestContext, session: LiveSession, previous: Highlight[]): Promise<RecheckResult> {
  const read = queueTableReads(context, session);
  const readDecisions = queueDecisionsRead(context);
  await context.sync();
  const { tables, missing } = read();
  const keys = tableSheetKeys(session.disclosure);
  const grids: Record<string, SheetGrid> = {};
  const positions: Record<string, Map<string, number>> = {};
  for (const [sheet, table] of Object.entries(tables)) {
    if (!keys[sheet]) continue;
    const placed = placeByKeys(keys[sheet], table);
    grids[sheet] = placed.grid;
    positions[sheet] = placed.rowOf;
  }
  // A table that cannot be read keeps no figures either: its rows count as blank, and the caller says so.
  for (const sheet of missing) if (keys[sheet]) grids[sheet] = [];
  const edited = disclosureFromSheets(session.disclosure, grids);
  const reviewed = applyDecisions(checkDisclosure(edited), readDecisions()).findings;
  const highlights = highlightKeys(
    session.disclosure,
    keys,
    reviewed.filter((f) => !f.decision),
  );
  const paint = (h: Highlight, fill: string | null) => {
    const table = tables[h.sheet];
    const row = positions[h.sheet]?.get(h.key);
    if (!table || row === undefined) return;
    const from = columnLetter(table.columnIndex + 1);
    const to = columnLetter(table.columnIndex + 2);
    const range = context.workbook.worksheets.getItem(table.worksheet).getRange(`${from}${row}:${to}${row}`);
    if (fill) range.format.fill.color = fill;
    else range.format.fill.clear();
  };
  for (const h of previous) if (!highlights.some((n) => n.sheet === h.sheet && n.key === h.key)) paint(h, null);
  for (const h of highlights) paint(h, HIGHLIGHT_FILL);
  await context.sync();
  return { disclosure: edited, findings: reviewed, counts: countOpen(reviewed), highlights, unread: missing };
}

/** Selects the row a finding points at (its first line in a table sheet), wherever that row now is. */
export async function selectFinding(context: Excel.RequestContext, session: LiveSession, finding: Finding) {
  const keys = tableSheetKeys(session.disclosure);
  const target = highlightKeys(session.disclosure, keys, [{ ...finding, severity: "error" }])[0];
  if (!target) return false;
  const read = queueTableReads(context, { ...session, tables: { [target.sheet]: session.tables[target.sheet] } });
  await context.sync();
  const table = read().tables[target.sheet];
  const row = table && placeByKeys(keys[target.sheet], table).rowOf.get(target.key);
  if (!table || row === undefined) return false;
  const sheet = context.workbook.worksheets.getItem(table.worksheet);
  sheet.activate();
  sheet.getRange(`${columnLetter(table.columnIndex + 1)}${row}`).select();
  await context.sync();
  return true;
}

/**
 * The newest import of this workbook whose Tables are still there, from the workbook's settings:
 * checking resumes when a workbook with imported sheets is reopened. Null when there is none.
 */
export async function resumeSession(context: Excel.RequestContext): Promise<LiveSession | null> {
  const stored = loadImports(context);
  await context.sync();
  const imports = stored.imports();
  if (imports.length === 0) return null;
  const probes = imports.map((i) => Object.values(i.tables).map((name) => context.workbook.tables.getItemOrNullObject(name)));
  await context.sync();
  for (let k = imports.length - 1; k >= 0; k--) {
    if (probes[k].length > 0 && probes[k].some((p) => !p.isNullObject)) return imports[k];
  }
  return null;
}

export interface LiveResult {
  /** Accepted findings carry their decision (see RecheckResult). */
  findings: ReviewedFinding[];
  counts: RecheckResult["counts"];
  elapsedMs: number;
  /** Layout names of table sheets that could not be read. */
  unread: string[];
}

/**
 * Watches the workbook: each change to a sheet holding one of the session's Tables schedules a
 * recheck after a pause (the user often types several cells in a row). Returns a function that stops watching.
 */
export async function watchWorkbook(
  session: LiveSession,
  onResult: (result: LiveResult) => void,
  onError: (message: string) => void,
  debounceMs = 300,
): Promise<() => Promise<void>> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let highlights: Highlight[] = [];
  const run = () =>
    Excel.run(async (context) => {
      const started = performance.now();
      const result = await recheck(context, session, highlights);
      highlights = result.highlights;
      onResult({ findings: result.findings, counts: result.counts, elapsedMs: performance.now() - started, unread: result.unread });
    }).catch((error: unknown) => onError(`重新检查失败：${error instanceof Error ? error.message : String(error)}`));

  const registration = await Excel.run(async (context) => {
    const sheets = Object.values(session.tables).map((name) => {
      const table = context.workbook.tables.getItemOrNullObject(name);
      table.worksheet.load("id");
      return table;
    });
    await context.sync();
    const ids = new Set(sheets.filter((t) => !t.isNullObject).map((t) => t.worksheet.id));
    const handler = context.workbook.worksheets.onChanged.add(async (event) => {
      if (!ids.has(event.worksheetId)) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void run(), debounceMs);
    });
    await context.sync();
    return handler;
  });
  return async () => {
    if (timer) clearTimeout(timer);
    await Excel.run(registration.context, async (context) => {
      registration.remove();
      await context.sync();
    });
  };
}

/** Runs one recheck now (after resuming, before the first edit). */
export async function recheckNow(session: LiveSession): Promise<LiveResult> {
  return Excel.run(async (context) => {
    const started = performance.now();
    const result = await recheck(context, session, []);
    return { findings: result.findings, counts: result.counts, elapsedMs: performance.now() - started, unread: result.unread };
  });
}
