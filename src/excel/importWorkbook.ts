/**
 * The task pane's back end of the workbook layout (src/core/layout), over Office.js.
 * - Two context.sync round trips whatever the size: read what exists, write everything. Only when
 *   writing fails, two more find and delete what this import had added (Office.js batches are not
 *   transactional: operations before the failing one stay applied).
 * - Only new sheets are written: a sheet name already in use gets a suffix; nothing of the user's
 *   is modified or deleted; a defined name already in use is left alone.
 */
import type { CellStyle, SheetLayout, WorkbookLayout } from "../core/layout";
import { columnLetter, quoteSheet, safeSheetName } from "../core/layout/address";
import { FUNCTION_ALIASES, lambdaFormula } from "../core/functionAliases";

export interface ImportResult {
  /** Layout sheet name → the name it was given in the workbook. */
  sheets: Record<string, string>;
  namesAdded: string[];
  /** Names that already existed: not touched. */
  namesSkipped: string[];
  syncs: number;
}

export class ImportError extends Error {
  constructor(
    message: string,
    override readonly cause: unknown,
  ) {
    super(message);
  }
}

const NUMBER_FORMATS: Partial<Record<CellStyle, string>> = { code: "@", amount: "0.00", total: "0.00", percent: "0.00%", input: "0.00", previous: "0.00" };

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

function writeSheet(context: Excel.RequestContext, layout: SheetLayout, name: string, renamed: Record<string, string>) {
  const sheet = context.workbook.worksheets.add(name);
  const rows = Math.max(1, ...layout.cells.map((c) => c.row));
  const cols = Math.max(1, ...layout.cells.map((c) => c.col), layout.columnWidths.length);
  const formulas: (string | number)[][] = Array.from({ length: rows }, () => new Array<string | number>(cols).fill(""));
  const formats: string[][] = Array.from({ length: rows }, () => new Array<string>(cols).fill("General"));
  for (const c of layout.cells) {
    const value = "formula" in c.content ? renameReferences(c.content.formula, renamed) : c.content.value;
    formulas[c.row - 1][c.col - 1] = value ?? "";
    formats[c.row - 1][c.col - 1] = (c.style && NUMBER_FORMATS[c.style]) ?? "General";
  }
  const all = sheet.getRangeByIndexes(0, 0, rows, cols);
  all.numberFormat = formats; // before the values, so that codes such as 2010301 stay text
  all.formulas = formulas;
  all.format.font.name = "Microsoft YaHei";
  all.format.font.size = 10;

  for (const c of layout.cells) {
    if (!c.style && !c.bold) continue;
    const cell = sheet.getCell(c.row - 1, c.col - 1);
    if (c.bold) cell.format.font.bold = true;
    switch (c.style) {
      case "title":
        cell.format.font.size = 14;
        cell.format.font.bold = true;
        break;
      case "header":
        cell.format.font.bold = true;
        cell.format.fill.color = "#E7EEF7";
        cell.format.horizontalAlignment = "Center";
        cell.format.wrapText = true;
        break;
      case "line":
        cell.format.font.size = 8;
        cell.format.font.color = "#808080";
        break;
      case "note":
        cell.format.wrapText = true;
        break;
      case "error":
        cell.format.font.color = "#C00000";
        cell.format.font.bold = true;
        break;
      case "warning":
        cell.format.font.color = "#C65911";
        break;
      case "link":
        cell.format.font.color = "#0563C1";
        cell.format.font.underline = "Single";
        break;
    }
  }
  for (const m of layout.merges) sheet.getRangeByIndexes(m.from[0] - 1, m.from[1] - 1, m.to[0] - m.from[0] + 1, m.to[1] - m.from[1] + 1).merge(false);
  layout.columnWidths.forEach((width, i) => (sheet.getRangeByIndexes(0, i, 1, 1).format.columnWidth = width * 6));
  if (layout.frozenRows > 0) sheet.freezePanes.freezeRows(layout.frozenRows);
  for (const level of [1, 2]) for (const [from, to] of outlineSpans(layout.outline, level)) sheet.getRange(`${from}:${to}`).group(Excel.GroupOption.byRows);
  if (layout.body && !layout.protect) {
    const b = layout.body;
    const body = sheet.getRangeByIndexes(b.headerRow - 1, b.firstCol - 1, b.lastRow - b.headerRow + 1, b.lastCol - b.firstCol + 1);
    body.format.borders.getItem("InsideHorizontal").color = "#BFBFBF";
    body.format.borders.getItem("EdgeBottom").color = "#BFBFBF";
    const table = sheet.tables.add(body, true);
    table.style = "TableStyleLight1";
    table.showFilterButton = false;
  }
  // Flags: errors red, 尾差 and 提示 yellow, ✓ green — on every sheet and every check column.
  for (const checkCol of layout.checkColumns ?? (layout.checkColumn ? [layout.checkColumn] : [])) {
    const col = columnLetter(checkCol);
    const first = layout.frozenRows + 1;
    const flags = sheet.getRange(`${col}${first}:${col}${Math.max(first, rows)}`);
    const errors = flags.conditionalFormats.add(Excel.ConditionalFormatType.custom);
    errors.custom.rule.formula = `=LEFT(${col}${first},1)="差"`;
    errors.custom.format.fill.color = "#FFC7CE";
    errors.custom.format.font.color = "#9C0006";
    const rounding = flags.conditionalFormats.add(Excel.ConditionalFormatType.custom);
    rounding.custom.rule.formula = `=OR(LEFT(${col}${first},2)="尾差",LEFT(${col}${first},2)="提示")`;
    rounding.custom.format.fill.color = "#FFEB9C";
    rounding.custom.format.font.color = "#9C5700";
    const ok = flags.conditionalFormats.add(Excel.ConditionalFormatType.custom);
    ok.custom.rule.formula = `=${col}${first}="✓"`;
    ok.custom.format.font.color = "#006100";
  }
  for (const chart of layout.charts ?? []) {
    const data = sheet.getRange(`${columnLetter(chart.labelCol)}${chart.firstRow}:${columnLetter(chart.labelCol + 1)}${chart.lastRow}`);
    const drawn = sheet.charts.add(Excel.ChartType.pie, data, Excel.ChartSeriesBy.columns);
    drawn.title.text = chart.title;
    drawn.setPosition(`${columnLetter(chart.anchor.col)}${chart.anchor.row}`);
    drawn.dataLabels.showPercentage = true;
  }
  // The add-in's own function beside the native flags: recomputes in Excel's calculation as figures change.
  if (layout.kind === "table" && layout.body && layout.checkColumn) {
    const b = layout.body;
    // After the check columns and 原文行.
    const fnCol = Math.max(...(layout.checkColumns ?? [layout.checkColumn])) + 3;
    sheet.getCell(b.headerRow - 1, fnCol - 1).values = [["BUDGET.CHECK.TOTALS"]];
    sheet.getCell(b.headerRow - 1, fnCol - 1).format.font.bold = true;
    sheet.getCell(b.headerRow, fnCol - 1).formulas = [[`=BUDGET.CHECK.TOTALS(A${b.headerRow + 1}:${columnLetter(layout.checkColumn - 1)}${b.lastRow})`]];
  }
  if (layout.protect) {
    // Derived cells stay locked; the input cells are unlocked; no password, so the user can lift it.
    for (const c of layout.cells) if (c.style === "input") sheet.getCell(c.row - 1, c.col - 1).format.protection.locked = false;
    sheet.protection.protect({ allowFormatColumns: true, allowFormatRows: true, selectionMode: Excel.ProtectionSelectionMode.normal });
  }
  return sheet;
}

/** Imports the workbook layout into the open workbook. All or nothing. */
export async function importWorkbook(context: Excel.RequestContext, layout: WorkbookLayout): Promise<ImportResult> {
  let syncs = 0;
  const sync = async () => {
    syncs++;
    await context.sync();
  };
  const worksheets = context.workbook.worksheets;
  const names = context.workbook.names;
  worksheets.load("items");
  names.load("items");
  await sync(); // 1: what exists

  const renamed = uniqueSheetNames(
    layout.sheets.map((s) => s.name),
    worksheets.items.map((w) => w.name),
  );
  const existingNames = new Set(names.items.map((n) => n.name.toLowerCase()));
  const result: ImportResult = { sheets: renamed, namesAdded: [], namesSkipped: [], syncs: 0 };
  try {
    const written = layout.sheets.map((s) => writeSheet(context, s, renamed[s.name], renamed));
    for (const n of layout.names) {
      if (existingNames.has(n.name.toLowerCase())) {
        result.namesSkipped.push(n.name);
        continue;
      }
      const sheet = written[layout.sheets.findIndex((s) => s.name === n.sheet)];
      names.add(n.name, sheet.getRange(`$${columnLetter(n.col)}$${n.row}`));
      result.namesAdded.push(n.name);
    }
    // =CHECK.TOTALS(...) as the user typed it: workbook names (LAMBDA) over the BUDGET functions.
    for (const alias of FUNCTION_ALIASES) {
      if (existingNames.has(alias.name.toLowerCase())) result.namesSkipped.push(alias.name);
      else {
        names.add(alias.name, lambdaFormula(alias), alias.comment);
        result.namesAdded.push(alias.name);
      }
    }
    written[0].activate();
    await sync(); // 2: everything at once
  } catch (error) {
    // Take back what this import added; the user's own sheets and names were never touched.
    try {
      const sheetProbes = Object.values(renamed).map((name) => worksheets.getItemOrNullObject(name));
      const nameProbes = result.namesAdded.map((name) => names.getItemOrNullObject(name));
      await sync(); // 3: which of them exist
      for (const probe of [...nameProbes, ...sheetProbes]) if (!probe.isNullObject) probe.delete();
      await sync(); // 4: delete them
    } catch {
      // Nothing more can be done; the message below says what happened.
    }
    result.syncs = syncs;
    throw new ImportError(`导入未完成，已撤销本次添加的工作表：${error instanceof Error ? error.message : String(error)}`, error);
  }
  result.syncs = syncs;
  return result;
}
