import { decide } from "../../src/core/review/decisions";
import { checkDisclosure } from "../../src/core/rules";
import { loadWorkbookDecisions, saveWorkbookDecisions } from "../../src/excel/reviewDecisions";
import { readSeed } from "../helpers";

/** A workbook of named sheets holding values, with the parts of Office.js the two functions use. */
function fakeWorkbook() {
  const sheets = new Map<string, { visibility: string; values: unknown[][]; numberFormat: unknown[][] }>();
  let syncs = 0;
  const sheetProxy = (name: string) => {
    const data = () => sheets.get(name)!;
    return {
      get isNullObject() {
        return !sheets.has(name);
      },
      set visibility(v: string) {
        data().visibility = v;
      },
      getRange: () => ({ clear: () => (data().values = []) }),
      getRangeByIndexes: (_r: number, _c: number, _rows: number, _cols: number) => ({
        set numberFormat(f: unknown[][]) {
          data().numberFormat = f;
        },
        set values(v: unknown[][]) {
          data().values = v;
        },
      }),
      getUsedRangeOrNullObject: () => ({
        isNullObject: data().values.length === 0,
        load: () => undefined,
        get values() {
          return data().values;
        },
      }),
    };
  };
  const context = {
    workbook: {
      worksheets: {
        getItemOrNullObject: (name: string) => sheetProxy(name),
        add: (name: string) => (sheets.set(name, { visibility: "Visible", values: [], numberFormat: [] }), sheetProxy(name)),
      },
    },
    sync: async () => void syncs++,
  };
  return { context: context as unknown as Excel.RequestContext, sheets, syncs: () => syncs };
}

test("decisions saved in a very hidden 审核记录 sheet read back the same; a workbook without one has none", async () => {
  const { context, sheets } = fakeWorkbook();
  expect(await loadWorkbookDecisions(context)).toEqual({ ok: true, decisions: [] });
  const findings = checkDisclosure(readSeed("000_206854ab748b39c9.txt")).filter((f) => f.severity === "error");
  const decisions = findings.map((f) => decide(f, "已核实，不是问题", new Date("2026-03-01T08:00:00Z")));
  await saveWorkbookDecisions(context, decisions);
  expect(sheets.get("审核记录")!.visibility).toBe("VeryHidden");
  expect(
    sheets
      .get("审核记录")!
      .numberFormat.flat()
      .every((f) => f === "@"),
  ).toBe(true);
  expect(await loadWorkbookDecisions(context)).toEqual({ ok: true, decisions });
  // Saving again replaces the sheet's contents.
  await saveWorkbookDecisions(context, decisions.slice(0, 1));
  expect(await loadWorkbookDecisions(context)).toEqual({ ok: true, decisions: decisions.slice(0, 1) });
});
