/**
 * Tells "inside Excel" from "plain browser" (the standalone page), the job @microsoft/office-js-helpers
 * was once used for; see README's dependency notes for why that package is not used.
 *
 * Office.onReady is awaited for as long as it takes: on a cold desktop start it can resolve well after
 * any fixed timeout, and racing it once made the pane the download-only page inside Excel for good.
 * Until it resolves the pane works as the standalone page; when it resolves inside Excel, the pane
 * switches to Excel mode. A long wait only shows a message (onSlow), and a ready that comes after it
 * still switches the pane.
 */
export interface HostInfo {
  inExcel: boolean;
  displayLanguage: string | undefined;
  /** Office.js is present but has not said it is ready within the wait: shown as a message, nothing else. */
  officeNotReady?: boolean;
}

/** How long Office.js may take before the pane says it is still waiting (cold desktop starts are slow). */
export const OFFICE_READY_WAIT_MS = 15_000;

/**
 * Calls onChange with the host as known now, then again when Office.js reports ready (or has not
 * after waitMs). Returns the first answer: outside Office the final one.
 */
export function watchHost(onChange: (host: HostInfo) => void, waitMs = OFFICE_READY_WAIT_MS): HostInfo {
  const browserLanguage = typeof navigator !== "undefined" ? navigator.language : undefined;
  const browser: HostInfo = { inExcel: false, displayLanguage: browserLanguage };
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return browser;
  let ready = false;
  const slow = setTimeout(() => {
    if (!ready) onChange({ ...browser, officeNotReady: true });
  }, waitMs);
  // Office.onReady resolves outside Office too (host null): the pane then stays the standalone page.
  void Office.onReady().then(
    (info) => {
      ready = true;
      clearTimeout(slow);
      const inExcel = info?.host === Office.HostType.Excel;
      onChange({ inExcel, displayLanguage: inExcel ? Office.context.displayLanguage : browserLanguage });
    },
    () => undefined,
  );
  return browser;
}

/** The message shown while Office.js has not answered; the pane meanwhile works as the standalone page. */
export function notReadyMessage(language: string | undefined): string {
  return /^en/i.test(language ?? "")
    ? "Excel has not finished loading the add-in yet. You can read and check a disclosure now; importing into the workbook becomes available as soon as Excel is ready."
    : "Excel 尚未完成加载项的启动。现在可以读取和检查预算公开；Excel 就绪后即可导入到工作簿。";
}
