/**
 * Tells "inside Excel" from "plain browser" (the standalone page), the job @microsoft/office-js-helpers
 * was once used for; see README's dependency notes for why that package is not used.
 */
export interface HostInfo {
  inExcel: boolean;
  displayLanguage: string | undefined;
}

export async function detectHost(timeoutMs = 3000): Promise<HostInfo> {
  const browserLanguage = typeof navigator !== "undefined" ? navigator.language : undefined;
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    return { inExcel: false, displayLanguage: browserLanguage };
  }
  // Office.onReady resolves outside Office too (host null); the timeout covers a blocked office.js.
  const info = await Promise.race([Office.onReady(), new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs))]);
  const inExcel = info !== null && info.host === Office.HostType.Excel;
  return { inExcel, displayLanguage: inExcel ? Office.context.displayLanguage : browserLanguage };
}
