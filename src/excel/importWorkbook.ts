/**
 * The task pane's back end of the workbook layout (src/core/layout), over Office.js.
 * - Bounded batches: one read, then writes sent whenever the estimated request reaches BATCH_BYTES
 *   (Excel on the web rejects a request over 5 MB, which would roll the import back). Styles go by
 *   look through RangeAreas of coalesced rectangles, not cell by cell, so a seed-sized document is
 *   one read and one write; a bigger one takes more writes, each bounded.
 * - All or nothing: when a batch fails, two more round trips find and delete what this import had
 *   added (Office.js batches are not transactional: operations before the failing one stay applied).
 * - Only new sheets are written: a sheet name already in use gets a suffix; nothing of the user's
 *   is modified or deleted; a defined name already in use is left alone.
 * - No LAMBDA names here: they need a recent Excel and are added, one by one, only from their button
 *   (src/excel/functionNames.ts), so they can never roll an import back.
 */
import type { SheetLayout, WorkbookLayout } from "../core/layout";
import { columnLetter, quoteSheet, safeSheetName } from "../core/layout/address";
import { BASE_FONT, BORDER_COLOR, CHECK_FLAG_FORMATS, lookOf, type CellLook } from "../core/layout/styles";
import type { Disclosure } from "../core/model";
import { loadImports, saveImportsIn, type LiveSession } from "./sessionStore";
import { headerSections } from "../core/layout/print";

/** A4 landscape, one page wide, header rows on every page, title and unit in the page header (ExcelApi 1.9). */
function applyPrintSetup(sheet: Excel.Worksheet, print: SheetLayout["print"]) {
  if (!print) return;
  // Rows of one height together, over RangeAreas of at most 250 characters: a few operations per sheet.
  const byHeight = new Map<number, string[]>();
  for (const [row, height] of Object.entries(print.rowHeights ?? {})) byHeight.set(height, [...(byHeight.get(height) ?? []), `${row}:${row}`]);
  for (const [height, rows] of byHeight) {
    for (let start = 0; start < rows.length;) {
      let address = rows[start++];
      while (start < rows.length && address.length + rows[start].length + 1 <= 250) address += `,${rows[start++]}`;
      sheet.getRanges(address).format.rowHeight = height;
    }
  }
  const hidden = print.hiddenColumns ?? [];
  if (hidden.length > 0) sheet.getRange(`${columnLetter(Math.min(...hidden))}:${columnLetter(Math.max(...hidden))}`).columnHidden = true;
  if (!print.orientation) return;
  const page = sheet.pageLayout;
  page.paperSize = "A4";
  page.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  page.centerHorizontally = true;
  if (print.area) page.setPrintArea(`A1:${columnLetter(print.area.lastCol)}${print.area.lastRow}`);
  if (print.repeatRows) page.setPrintTitleRows(`$${print.repeatRows[0]}:$${print.repeatRows[1]}`);
  const { left, center, right } = headerSections(print.header);
  const pages = page.headersFooters.defaultForAllPages;
  pages.leftHeader = left;
  pages.centerHeader = center;
  pages.rightHeader = right;
  pages.centerFooter = "第 &P 页，共 &N 页";
}

export interface ImportResult {
  /** Layout sheet name → the name it was given in the workbook. */
  sheets: Record<string, string>;
  namesAdded: string[];
  /** Names that already existed: not touched. */
  namesSkipped: string[];
  syncs: number;
  /**
   * What live checking needs (the table sheets are read through their Excel Tables), when the
   * disclosure was given; also kept in the workbook's settings so checking resumes on reopening.
   */
  session: LiveSession | null;
}

export class ImportError extends Error {
  constructor(
    message: string,
    override readonly cause: unknown,
  ) {
    super(message);
  }
}

/** A batch is sent once its estimated request reaches this size (Excel on the web's limit is 5 MB). */
export const BATCH_BYTES = 400_000;
/** Estimated bytes of one queued operation besides its arguments (the action's JSON envelope). */
export const OPERATION_BYTES = 120;
/** Rows of values written by one operation. */
const ROWS_PER_WRITE = 400;
/** Longest address list given to one getRanges call. */
const AREAS_ADDRESS_LIMIT = 250;

/** Unique names for the new sheets: "表03 支出总表" → "表03 支出总表 (2)" when taken. */
export function uniqueSheetNames(wanted: string[], existing: string[]): Record<string, string> {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const result: Record<string, string> = {};
  for (const name of wanted) {
    let candidate = name;
    for (let k = 2; taken.has(candidate.toLowerCase()); k++) {
      const suffix = ` (${k})`;
      candidate = safeSheetName(name.slice(0, 31 - suffix.length) + suffix);
    }
    taken.add(candidate.toLowerCase());
    result[name] = candidate;
  }
  return result;
}

/** Excel Table names (they share one namespace with defined names): BudgetTable03, BudgetTable03_2 … */
export function tableName(layout: SheetLayout, taken: Set<string>): string {
  const base =
    layout.kind === "table" ? `BudgetTable${String(layout.tableNo ?? 0).padStart(2, "0")}` : layout.kind === "checks" ? "BudgetFindings" : "BudgetNarrative";
  let name = base;
  for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${base}_${k}`;
  taken.add(name.toLowerCase());
  return name;
}

function renameReferences(formula: string, renamed: Record<string, string>): string {
  let out = formula;
  for (const [from, to] of Object.entries(renamed)) if (from !== to) out = out.split(`${quoteSheet(from)}!`).join(`${quoteSheet(to)}!`);
  return out;
}

/** Spans of consecutive rows at or above an outline level, for grouping. */
function outlineSpans(outline: SheetLayout["outline"], level: number): [number, number][] {
  const rows = outline
    .filter((o) => o.level >= level)
    .map((o) => o.row)
    .sort((a, b) => a - b);
  const spans: [number, number][] = [];
  for (const row of rows) {
    const last = spans[spans.length - 1];
    if (last && last[1] === row - 1) last[1] = row;
    else spans.push([row, row]);
  }
  return spans;
}

/** Cells (1-based) as few rectangles: runs along each row, stacked where consecutive rows have the same run. */
export function rectangles(cells: { row: number; col: number }[]): string[] {
  const byRow = new Map<number, number[]>();
  for (const c of cells) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c.col]);
  const open = new Map<string, { top: number; bottom: number; from: number; to: number }>();
  const done: { top: number; bottom: number; from: number; to: number }[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cols = [...new Set(byRow.get(row))].sort((a, b) => a - b);
    const runs: [number, number][] = [];
    for (const col of cols) {
      const last = runs[runs.length - 1];
      if (last && last[1] === col - 1) last[1] = col;
      else runs.push([col, col]);
    }
    const still = new Set<string>();
    for (const [from, to] of runs) {
      const key = `${from}:${to}`;
      const rect = open.get(key);
      if (rect && rect.bottom === row - 1) rect.bottom = row;
      else {
        if (rect) done.push(rect);
        open.set(key, { top: row, bottom: row, from, to });
      }
      still.add(key);
    }
    for (const [key, rect] of open) {
      if (still.has(key) || rect.bottom >= row) continue;
      done.push(rect);
      open.delete(key);
    }
  }
  done.push(...open.values());
  return done
    .sort((a, b) => a.top - b.top || a.from - b.from)
    .map((r) => {
      const tl = `${columnLetter(r.from)}${r.top}`;
      const br = `${columnLetter(r.to)}${r.bottom}`;
      return tl === br ? tl : `${tl}:${br}`;
    });
}

/** Address lists of at most AREAS_ADDRESS_LIMIT characters. */
function addressChunks(addresses: string[]): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const a of addresses) {
    if (current && current.length + 1 + a.length > AREAS_ADDRESS_LIMIT) {
      chunks.push(current);
      current = "";
    }
    current = current ? `${current},${a}` : a;
  }
  if (current) chunks.push(current);
  return chunks;
}

const BORDER_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const;

/** One property of a look, set on every cell that has it in a single operation per address chunk. */
function aspects(look: CellLook): [string, (f: Excel.RangeFormat) => void][] {
  const out: [string, (f: Excel.RangeFormat) => void][] = [];
  if (look.bold) out.push(["bold", (f) => (f.font.bold = true)]);
  if (look.size && look.size !== BASE_FONT.size) out.push([`size ${look.size}`, (f) => (f.font.size = look.size!)]);
  if (look.color) out.push([`color ${look.color}`, (f) => (f.font.color = look.color!)]);
  if (look.underline) out.push(["underline", (f) => (f.font.underline = "Single")]);
  if (look.fill) out.push([`fill ${look.fill}`, (f) => (f.fill.color = look.fill!)]);
  if (look.horizontal) out.push(["center", (f) => (f.horizontalAlignment = "Center")]);
  if (look.vertical) out.push([`vertical ${look.vertical}`, (f) => (f.verticalAlignment = look.vertical === "top" ? "Top" : "Center")]);
  if (look.wrap) out.push(["wrap", (f) => (f.wrapText = true)]);
  if (look.border)
    out.push([
      "border",
      (f) => {
        for (const edge of BORDER_EDGES) {
          const border = f.borders.getItem(edge);
          border.style = "Continuous";
          border.color = BORDER_COLOR;
        }
      },
    ]);
  if (look.unlocked) out.push(["unlocked", (f) => (f.protection.locked = false)]);
  return out;
}

/** Counts what is queued and sends the batch when it is full. */
class Batches {
  syncs = 0;
  private pending = 0;
  constructor(private readonly context: Excel.RequestContext) {}
  queued(argumentBytes = 0, operations = 1) {
    this.pending += argumentBytes + operations * OPERATION_BYTES;
  }
  async sync() {
    this.syncs++;
    this.pending = 0;
    await this.context.sync();
  }
  async syncIfFull() {
    if (this.pending >= BATCH_BYTES) await this.sync();
  }
}

async function writeSheet(
  batches: Batches,
  context: Excel.RequestContext,
  layout: SheetLayout,
  name: string,
  renamed: Record<string, string>,
  table: string | null,
) {
  const sheet = context.workbook.worksheets.add(name);
  // (reduce, not Math.max(...cells): a sheet of a big document has more cells than a call has arguments)
  const rows = layout.cells.reduce((m, c) => Math.max(m, c.row), 1);
  const cols = layout.cells.reduce((m, c) => Math.max(m, c.col), Math.max(1, layout.columnWidths.length));
  const formulas: (string | number)[][] = Array.from({ length: rows }, () => new Array<string | number>(cols).fill(""));
  const formats: string[][] = Array.from({ length: rows }, () => new Array<string>(cols).fill("General"));
  const byAspect = new Map<string, { apply: (f: Excel.RangeFormat) => void; cells: { row: number; col: number }[] }>();
  for (const c of layout.cells) {
    const value = "formula" in c.content ? renameReferences(c.content.formula, renamed) : c.content.value;
    formulas[c.row - 1][c.col - 1] = value ?? "";
    const look = lookOf(c.style, c.bold);
    formats[c.row - 1][c.col - 1] = look.numberFormat ?? "General";
    for (const [key, apply] of aspects(look)) {
      const entry = byAspect.get(key) ?? { apply, cells: [] };
      entry.cells.push(c);
      byAspect.set(key, entry);
    }
  }
  const all = sheet.getRangeByIndexes(0, 0, rows, cols);
  all.format.font.name = BASE_FONT.name;
  all.format.font.size = BASE_FONT.size;
  batches.queued(0, 3);
  for (let top = 0; top < rows; top += ROWS_PER_WRITE) {
    const height = Math.min(ROWS_PER_WRITE, rows - top);
    const block = sheet.getRangeByIndexes(top, 0, height, cols);
    const blockFormats = formats.slice(top, top + height);
    const blockFormulas = formulas.slice(top, top + height);
    block.numberFormat = blockFormats; // before the values, so that codes such as 2010301 stay text
    block.formulas = blockFormulas;
    batches.queued(JSON.stringify(blockFormats).length + JSON.stringify(blockFormulas).length, 3);
    await batches.syncIfFull();
  }
  for (const { apply, cells } of byAspect.values()) {
    for (const address of addressChunks(rectangles(cells))) {
      apply(sheet.getRanges(address).format);
      batches.queued(address.length, 3);
    }
  }
  for (const m of layout.merges) sheet.getRangeByIndexes(m.from[0] - 1, m.from[1] - 1, m.to[0] - m.from[0] + 1, m.to[1] - m.from[1] + 1).merge(false);
  // Column widths by runs of equal width (C:H at once).
  for (let i = 0; i < layout.columnWidths.length;) {
    let j = i;
    while (j + 1 < layout.columnWidths.length && layout.columnWidths[j + 1] === layout.columnWidths[i]) j++;
    sheet.getRange(`${columnLetter(i + 1)}:${columnLetter(j + 1)}`).format.columnWidth = layout.columnWidths[i] * 6;
    i = j + 1;
  }
  if (layout.frozenRows > 0) sheet.freezePanes.freezeRows(layout.frozenRows);
  for (const level of [1, 2]) for (const [from, to] of outlineSpans(layout.outline, level)) sheet.getRange(`${from}:${to}`).group(Excel.GroupOption.byRows);
  batches.queued(0, 2 * (layout.merges.length + layout.columnWidths.length + layout.outline.length + 1));
  if (layout.body && table) {
    const b = layout.body;
    const body = sheet.getRangeByIndexes(b.headerRow - 1, b.firstCol - 1, b.lastRow - b.headerRow + 1, b.lastCol - b.firstCol + 1);
    const added = sheet.tables.add(body, true);
    added.name = table;
    added.style = "TableStyleLight1";
    added.showFilterButton = false;
    batches.queued(table.length, 5);
  }
  // Flags: errors red, 尾差 and 提示 yellow, ✓ green — on every sheet and every check column.
  // A sheet's check columns are side by side: one set of formats over the block, relative to its first cell.
  const checkColumns = layout.checkColumns ?? (layout.checkColumn ? [layout.checkColumn] : []);
  if (checkColumns.length > 0) {
    const col = columnLetter(Math.min(...checkColumns));
    const first = layout.frozenRows + 1;
    const flags = sheet.getRange(`${col}${first}:${columnLetter(Math.max(...checkColumns))}${Math.max(first, rows)}`);
    for (const flag of CHECK_FLAG_FORMATS) {
      const rule = flags.conditionalFormats.add(Excel.ConditionalFormatType.custom);
      rule.custom.rule.formula = `=LEFT(${col}${first},${flag.prefix.length})="${flag.prefix}"`;
      if (flag.fill) rule.custom.format.fill.color = flag.fill;
      if (flag.color) rule.custom.format.font.color = flag.color;
      batches.queued(40, 5);
    }
  }
  for (const chart of layout.charts ?? []) {
    const data = sheet.getRange(`${columnLetter(chart.labelCol)}${chart.firstRow}:${columnLetter(chart.labelCol + 1)}${chart.lastRow}`);
    const drawn = sheet.charts.add(Excel.ChartType.pie, data, Excel.ChartSeriesBy.columns);
    drawn.title.text = chart.title;
    drawn.setPosition(`${columnLetter(chart.anchor.col)}${chart.anchor.row}`);
    drawn.dataLabels.showPercentage = true;
    batches.queued(chart.title.length, 6);
  }
  // The add-in's own function beside the native flags: recomputes in Excel's calculation as figures change.
  // Its English name works in every display language (functions-zh-cn.json keeps the English names).
  if (layout.kind === "table" && layout.body && !layout.templateTable) {
    const b = layout.body;
    // The table's figures end before its check columns (or its 原文行 when it has none); the function goes after both.
    const lastData = (layout.checkColumn ?? b.lastCol) - 1;
    const fnCol = Math.max(lastData, ...(layout.checkColumns ?? [])) + 3;
    const header = sheet.getCell(b.headerRow - 1, fnCol - 1);
    header.values = [["BUDGET.CHECK.TOTALS"]];
    header.format.font.bold = true;
    sheet.getCell(b.headerRow, fnCol - 1).formulas = [[`=BUDGET.CHECK.TOTALS(A${b.headerRow + 1}:${columnLetter(lastData)}${b.lastRow})`]];
    batches.queued(100, 5);
  }
  applyPrintSetup(sheet, layout.print);
  batches.queued(200 + 6 * Object.keys(layout.print?.rowHeights ?? {}).length, 24);
  if (layout.protect) {
    // Derived cells stay locked; the input cells were unlocked by their look; no password, so the user can lift it.
    sheet.protection.protect({ allowFormatColumns: true, allowFormatRows: true, selectionMode: Excel.ProtectionSelectionMode.normal });
    batches.queued(80, 2);
  }
  await batches.syncIfFull();
  return sheet;
}

/** Imports the workbook layout into the open workbook. All or nothing. */
export async function importWorkbook(context: Excel.RequestContext, layout: WorkbookLayout, disclosure?: Disclosure): Promise<ImportResult> {
  const batches = new Batches(context);
  const worksheets = context.workbook.worksheets;
  const names = context.workbook.names;
  const tables = context.workbook.tables;
  worksheets.load("items/name");
  names.load("items/name");
  tables.load("items/name");
  const stored = disclosure ? loadImports(context) : null;
  await batches.sync(); // 1: what exists

  const renamed = uniqueSheetNames(
    layout.sheets.map((s) => s.name),
    worksheets.items.map((w) => w.name),
  );
  const existingNames = new Set(names.items.map((n) => n.name.toLowerCase()));
  const takenTableNames = new Set([...existingNames, ...tables.items.map((t) => t.name.toLowerCase())]);
  const tableNames: Record<string, string> = {};
  for (const s of layout.sheets) if (s.body && !s.protect) tableNames[s.name] = tableName(s, takenTableNames);
  const liveTables = Object.fromEntries(layout.sheets.filter((s) => s.kind === "table" && tableNames[s.name]).map((s) => [s.name, tableNames[s.name]]));
  const session: LiveSession | null = disclosure ? { disclosure, sheets: renamed, tables: liveTables } : null;
  const result: ImportResult = { sheets: renamed, namesAdded: [], namesSkipped: [], syncs: 0, session };
  let settingsWritten = false;
  try {
    const written = [];
    for (const s of layout.sheets) written.push(await writeSheet(batches, context, s, renamed[s.name], renamed, tableNames[s.name] ?? null));
    for (const n of layout.names) {
      if (existingNames.has(n.name.toLowerCase())) {
        result.namesSkipped.push(n.name);
        continue;
      }
      const sheet = written[layout.sheets.findIndex((s) => s.name === n.sheet)];
      names.add(n.name, sheet.getRange(`$${columnLetter(n.col)}$${n.row}`));
      result.namesAdded.push(n.name);
      batches.queued(n.name.length + 20, 2);
    }
    // Live checking resumes when the workbook is reopened: what it needs is kept in the workbook.
    if (stored && session) {
      saveImportsIn(context, [...stored.imports(), session]);
      settingsWritten = true;
      batches.queued(JSON.stringify(disclosure).length, 1);
    }
    written[0].activate();
    await batches.sync(); // the last (for a seed-sized document the only) write
  } catch (error) {
    // Take back what this import added; the user's own sheets and names were never touched.
    try {
      const sheetProbes = Object.values(renamed).map((name) => worksheets.getItemOrNullObject(name));
      const nameProbes = result.namesAdded.map((name) => names.getItemOrNullObject(name));
      await batches.sync(); // which of them exist
      for (const probe of [...nameProbes, ...sheetProbes]) if (!probe.isNullObject) probe.delete();
      if (settingsWritten && stored) stored.restore();
      await batches.sync(); // delete them
    } catch {
      // Nothing more can be done; the message below says what happened.
    }
    result.syncs = batches.syncs;
    throw new ImportError(`导入未完成，已撤销本次添加的工作表：${error instanceof Error ? error.message : String(error)}`, error);
  }
  result.syncs = batches.syncs;
  return result;
}
