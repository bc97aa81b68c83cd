/**
 * @jest-environment jsdom
 */
import { OFFICE_READY_WAIT_MS, watchHost, type HostInfo } from "../../src/taskpane/host";

/** Office.js as loaded in a task pane: onReady resolves when the host says so (or never). */
function officeThatIsReadyAfter(ms: number | null, host: string | null = "Excel") {
  Object.assign(globalThis, {
    Office: {
      HostType: { Excel: "Excel" },
      context: { displayLanguage: "zh-CN" },
      onReady: () => new Promise((resolve) => ms !== null && setTimeout(() => resolve({ host, platform: "PC" }), ms)),
    },
  });
}

afterEach(() => {
  jest.useRealTimers();
  delete (globalThis as { Office?: unknown }).Office;
});

async function advance(ms: number) {
  await jest.advanceTimersByTimeAsync(ms);
}

test("a cold desktop start: Excel ready after 8 s still switches the pane to Excel mode, with no error shown", async () => {
  jest.useFakeTimers();
  officeThatIsReadyAfter(8_000);
  const seen: HostInfo[] = [];
  const first = watchHost((h) => seen.push(h));
  expect(first.inExcel).toBe(false); // usable as the standalone page meanwhile
  await advance(3_000);
  expect(seen).toEqual([]); // no answer yet, and no verdict either
  await advance(5_000);
  expect(seen).toEqual([{ inExcel: true, displayLanguage: "zh-CN" }]);
  await advance(OFFICE_READY_WAIT_MS);
  expect(seen).toHaveLength(1); // the wait ended with the ready: no late error
});

test("Excel not ready after the wait: only a message; a ready after that still switches to Excel mode", async () => {
  jest.useFakeTimers();
  expect(OFFICE_READY_WAIT_MS).toBeGreaterThanOrEqual(10_000);
  officeThatIsReadyAfter(OFFICE_READY_WAIT_MS + 20_000);
  const seen: HostInfo[] = [];
  watchHost((h) => seen.push(h));
  await advance(OFFICE_READY_WAIT_MS);
  expect(seen).toEqual([expect.objectContaining({ inExcel: false, officeNotReady: true })]);
  await advance(20_000);
  expect(seen[1]).toEqual({ inExcel: true, displayLanguage: "zh-CN" });
});

test("Office.js in a plain browser (host null): the standalone page, in the browser's language", async () => {
  jest.useFakeTimers();
  officeThatIsReadyAfter(10, null);
  const seen: HostInfo[] = [];
  watchHost((h) => seen.push(h));
  await advance(OFFICE_READY_WAIT_MS * 2);
  expect(seen).toEqual([{ inExcel: false, displayLanguage: navigator.language }]);
});

test("no Office.js at all (blocked, or the page opened from disk): the standalone page at once", () => {
  const seen: HostInfo[] = [];
  expect(watchHost((h) => seen.push(h))).toEqual({ inExcel: false, displayLanguage: navigator.language });
  expect(seen).toEqual([]);
});
