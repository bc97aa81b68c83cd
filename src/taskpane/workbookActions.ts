/**
 * What the pane does with a checked disclosure: import it into the open workbook (inside Excel) or
 * download it as an .xlsx (the standalone page, e.g. for WPS or LibreOffice users). The .xlsx writer
 * is loaded on demand so the task pane itself stays small.
 */
import { buildWorkbookLayout } from "../core/layout";
import { buildDraftLayout } from "../core/draft/draftLayout";
import type { Disclosure } from "../core/model";
import type { Finding } from "../core/rules";
import { recheckNow, resumeSession, selectFinding, watchWorkbook, type LiveSession } from "../excel/liveCheck";

/** Imports the checked disclosure; the result's session starts live checking (and is kept in the workbook). */
export async function importIntoExcel(disclosure: Disclosure, findings: Finding[]) {
  const { importWorkbook } = await import("../excel/importWorkbook");
  const layout = buildWorkbookLayout(disclosure, findings);
  // Live checking re-reads Shanxi's tables; another template's workbook checks itself by its formulas only.
  return Excel.run((context) => importWorkbook(context, layout, disclosure.templateTables ? undefined : disclosure));
}

/**
 * A workbook reopened with imported sheets: the newest import whose Tables are still there, rechecked
 * once. Null when the workbook has none.
 */
export async function resumeImported() {
  const session = await Excel.run((context) => resumeSession(context));
  if (!session) return null;
  return { session, result: await recheckNow(session) };
}

export async function watchImported(session: LiveSession, onResult: Parameters<typeof watchWorkbook>[1], onError: (message: string) => void) {
  return watchWorkbook(session, onResult, onError);
}

export async function selectFindingInExcel(session: LiveSession, finding: Finding) {
  await Excel.run((context) => selectFinding(context, session, finding));
}

export function workbookFileName(disclosure: Disclosure): string {
  return `${disclosure.unit ?? "预算公开"}${disclosure.year ?? ""}年度预算公开（核对）.xlsx`.replace(/[\\/:*?"<>|]/g, "_");
}

/** Next year's draft: imported as new sheets inside Excel (with charts), downloaded outside. */
export async function importDraftIntoExcel(disclosure: Disclosure) {
  const { importWorkbook } = await import("../excel/importWorkbook");
  const layout = buildDraftLayout(disclosure, { prefill: true });
  return Excel.run((context) => importWorkbook(context, layout));
}

export async function downloadDraft(disclosure: Disclosure): Promise<void> {
  const { writeXlsx } = await import(/* webpackChunkName: "xlsx" */ "../xlsx/writeXlsx");
  const name = `${disclosure.unit ?? "预算公开"}${(disclosure.year ?? 0) + 1}年度预算公开（草稿）.xlsx`.replace(/[\\/:*?"<>|]/g, "_");
  saveBytes(await writeXlsx(buildDraftLayout(disclosure, { prefill: true })), name);
}

function saveBytes(bytes: Uint8Array, fileName: string) {
  const blob = new Blob([bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer], {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function downloadWorkbook(disclosure: Disclosure, findings: Finding[]): Promise<void> {
  const { writeXlsx } = await import(/* webpackChunkName: "xlsx" */ "../xlsx/writeXlsx");
  saveBytes(await writeXlsx(buildWorkbookLayout(disclosure, findings)), workbookFileName(disclosure));
}

/**
 * Adds the workbook names CHECK.TOTALS, SHARE.OF … (LAMBDAs over the BUDGET functions) to the open
 * workbook, one at a time, each tried out and removed again when it does not work in this Excel.
 */
export async function addShortFunctionNames() {
  const { addFunctionNames } = await import("../excel/functionNames");
  return Excel.run((context) => addFunctionNames(context));
}
