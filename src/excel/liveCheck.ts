/**
 * Live checking of an imported disclosure: when the user edits one of its sheets, re-read every table
 * sheet (one round trip), re-run the whole catalogue, report the findings and move the highlights.
 */
import { disclosureFromSheets, rowsOfLines, tableAreas, type SheetGrid } from "../core/layout";
import type { Disclosure, TableNo } from "../core/model";
import { checkDisclosure, type Finding } from "../core/rules";

export interface LiveSession {
  disclosure: Disclosure;
  /** Layout sheet name → the name it was given in the workbook. */
  sheets: Record<string, string>;
}

const HIGHLIGHT = "#FFE0E0";

/** Rows of the table sheets that error findings point at, by actual sheet name. */
export function highlightRows(session: LiveSession, findings: Finding[]): Record<string, number[]> {
  const rows = rowsOfLines(session.disclosure);
  const tableSheet = (no: TableNo) => Object.keys(rows).find((name) => name.startsWith(`表${String(no).padStart(2, "0")} `));
  const result: Record<string, number[]> = {};
  for (const f of findings) {
    if (f.severity !== "error") continue;
    for (const no of f.tables) {
      const sheet = tableSheet(no);
      if (!sheet) continue;
      for (const line of f.lines) {
        const row = rows[sheet][line];
        if (row === undefined) continue;
        const actual = session.sheets[sheet] ?? sheet;
        result[actual] = [...new Set([...(result[actual] ?? []), row])];
      }
    }
  }
  return result;
}

/** Reads the table sheets, re-runs the catalogue, moves the highlights. Two round trips. */
export async function recheck(context: Excel.RequestContext, session: LiveSession, previous: Record<string, number[]>) {
  const areas = tableAreas(session.disclosure);
  const ranges = areas.map((a) => {
    const range = context.workbook.worksheets.getItem(session.sheets[a.sheet] ?? a.sheet).getRangeByIndexes(0, 0, a.rows, a.cols);
    range.load("values");
    return { sheet: a.sheet, range };
  });
  await context.sync();
  const grids: Record<string, SheetGrid> = {};
  for (const r of ranges) grids[r.sheet] = r.range.values as SheetGrid;
  const edited = disclosureFromSheets(session.disclosure, grids);
  const findings = checkDisclosure(edited);
  const highlights = highlightRows(session, findings);
  for (const [sheet, rows] of Object.entries(previous)) {
    for (const row of rows) if (!highlights[sheet]?.includes(row)) context.workbook.worksheets.getItem(sheet).getRange(`A${row}:B${row}`).format.fill.clear();
  }
  for (const [sheet, rows] of Object.entries(highlights)) {
    for (const row of rows) context.workbook.worksheets.getItem(sheet).getRange(`A${row}:B${row}`).format.fill.color = HIGHLIGHT;
  }
  await context.sync();
  return { disclosure: edited, findings, highlights };
}

/** Selects the cell a finding points at (its first line in a table sheet). */
export async function selectFinding(context: Excel.RequestContext, session: LiveSession, finding: Finding) {
  const rows = rowsOfLines(session.disclosure);
  for (const no of finding.tables) {
    const sheet = Object.keys(rows).find((name) => name.startsWith(`表${String(no).padStart(2, "0")} `));
    if (!sheet) continue;
    const line = finding.lines.find((l) => rows[sheet][l] !== undefined);
    if (line === undefined) continue;
    const target = context.workbook.worksheets.getItem(session.sheets[sheet] ?? sheet);
    target.activate();
    target.getRange(`A${rows[sheet][line]}`).select();
    await context.sync();
    return true;
  }
  return false;
}

/**
 * Watches the workbook: each change to one of the imported sheets schedules a recheck after a pause
 * (the user often types several cells in a row). Returns a function that stops watching.
 */
export async function watchWorkbook(
  session: LiveSession,
  onResult: (result: { findings: Finding[]; elapsedMs: number }) => void,
  onError: (message: string) => void,
  debounceMs = 300,
): Promise<() => Promise<void>> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let highlights: Record<string, number[]> = {};
  const ours = new Set(Object.values(session.sheets));
  const run = () =>
    Excel.run(async (context) => {
      const started = performance.now();
      const result = await recheck(context, session, highlights);
      highlights = result.highlights;
      onResult({ findings: result.findings, elapsedMs: performance.now() - started });
    }).catch((error: unknown) => onError(`重新检查失败：${error instanceof Error ? error.message : String(error)}`));

  const registration = await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/id");
    await context.sync();
    const ids = new Set(sheets.items.filter((s) => ours.has(s.name)).map((s) => s.id));
    const handler = sheets.onChanged.add(async (event) => {
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
