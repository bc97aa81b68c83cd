import { OfficeMockObject } from "office-addin-mock";
import { buildWorkbookLayout } from "../../src/core/layout";
import { checkDisclosure } from "../../src/core/rules";
import { importWorkbook, ImportError, uniqueSheetNames } from "../../src/excel/importWorkbook";
import { readSeed } from "../helpers";

/** Records what the writer asks of a sheet: the values, formats and features it sets. */
function fakeSheet(name: string) {
  const writes: { address: string; property: string; value: unknown }[] = [];
  const range = (address: string): Record<string, unknown> => {
    const protection = new Proxy({} as Record<string, unknown>, {
      set(obj, property, value) {
        writes.push({ address, property: String(property), value });
        obj[property as string] = value;
        return true;
      },
    });
    const format = { font: {}, fill: {}, borders: { getItem: () => ({}) }, protection };
    const target: Record<string, unknown> = {
      format,
      merge: () => writes.push({ address, property: "merge", value: true }),
      group: (how: string) => writes.push({ address, property: "group", value: how }),
      conditionalFormats: {
        add: () => {
          const cf = { custom: { rule: {}, format: { fill: {}, font: {} } } };
          writes.push({ address, property: "conditionalFormat", value: cf });
          return cf;
        },
      },
    };
    return new Proxy(target, {
      set(obj, property, value) {
        writes.push({ address, property: String(property), value });
        obj[property as string] = value;
        return true;
      },
    });
  };
  const tables: unknown[] = [];
  return {
    name,
    writes,
    tables,
    deleted: false,
    frozenRows: 0,
    getRangeByIndexes: (r: number, c: number, h: number, w: number) => range(`R${r + 1}C${c + 1}:${h}x${w}`),
    getCell: (r: number, c: number) => range(`R${r + 1}C${c + 1}`),
    getRange: (address: string) => range(address),
    freezePanes: {
      freezeRows(this: void, n: number) {
        writes.push({ address: "freeze", property: "rows", value: n });
      },
    },
    tables_: tables,
    charts_: [] as { title: string; source: string }[],
    protected_: false,
    activate: () => undefined,
  };
}

function fakeExcel(existingSheets: string[], options: { failOnSync?: number } = {}) {
  const sheets: ReturnType<typeof fakeSheet>[] = [];
  const names: { name: string; target: unknown }[] = [];
  const deletedSheets: string[] = [];
  const mock = new OfficeMockObject({
    workbook: {
      worksheets: {
        items: existingSheets.map((name) => ({ name })),
        add(name: string) {
          const sheet = fakeSheet(name);
          Object.assign(sheet, {
            tables: { add: (range: unknown, header: boolean) => (sheet.tables_.push({ range, header }), {}) },
            charts: {
              add: (_type: string, source: { address?: string }) => {
                const chart = { title: { text: "" }, dataLabels: {}, setPosition: () => undefined };
                sheet.charts_.push({
                  get title() {
                    return chart.title.text;
                  },
                  source: String(source),
                } as { title: string; source: string });
                return chart;
              },
            },
            protection: { protect: () => (sheet.protected_ = true) },
          });
          sheets.push(sheet);
          return sheet;
        },
        getItemOrNullObject(name: string) {
          const exists = sheets.some((s) => s.name === name) || existingSheets.includes(name);
          return { isNullObject: !exists, delete: () => deletedSheets.push(name) };
        },
      },
      names: {
        items: [{ name: "T3_合计" }],
        add(name: string, target: unknown) {
          names.push({ name, target });
        },
        getItemOrNullObject(name: string) {
          return { isNullObject: !names.some((n) => n.name === name), delete: () => undefined };
        },
      },
    },
  });
  let syncs = 0;
  const realSync = mock.sync.bind(mock);
  mock.sync = async () => {
    syncs++;
    if (options.failOnSync === syncs) throw new Error("InvalidArgument: the range is too large");
    return realSync();
  };
  // Office.js enum the writer uses.
  Object.assign(globalThis, {
    Excel: {
      GroupOption: { byRows: "ByRows" },
      ConditionalFormatType: { custom: "Custom" },
      ChartType: { pie: "Pie" },
      ChartSeriesBy: { columns: "Columns" },
      ProtectionSelectionMode: { normal: "Normal" },
    },
  });
  return { context: mock as unknown as Excel.RequestContext, sheets, names, deletedSheets, syncs: () => syncs };
}

const d = readSeed("000_206854ab748b39c9.txt");
const layout = buildWorkbookLayout(d, checkDisclosure(d));

test("the whole document in two round trips: sheets, values, number formats, names", async () => {
  const excel = fakeExcel(["Sheet1"]);
  const result = await importWorkbook(excel.context, layout);
  expect(excel.syncs()).toBe(2);
  expect(result.syncs).toBe(2);
  expect(excel.sheets.map((s) => s.name)).toEqual(layout.sheets.map((s) => s.name));

  const t3 = excel.sheets.find((s) => s.name === "表03 支出总表")!;
  const formats = t3.writes.find((w) => w.property === "numberFormat")!.value as string[][];
  const formulas = t3.writes.find((w) => w.property === "formulas" && w.address.startsWith("R1C1:"))!.value as unknown[][];
  const formatIndex = t3.writes.findIndex((w) => w.property === "numberFormat");
  const formulaIndex = t3.writes.findIndex((w) => w.property === "formulas");
  expect(formatIndex).toBeLessThan(formulaIndex); // text format first, so codes stay text
  expect(formulas[0][0]).toBe("2025年预算支出总表");
  expect(formulas[2].slice(0, 3)).toEqual(["项目", "", "2025年预算数"]);
  expect(formulas[4].slice(0, 5)).toEqual(["", "合计", 856.71, 172.13, 684.58]);
  expect(formulas[7][0]).toBe("2010301");
  expect(formats[7][0]).toBe("@");
  expect(formats[4][2]).toBe("0.00");
  expect(String(formulas[5][5])).toMatch(/^=IF\(AND\(COUNT\(/); // a relation's live flag
  expect(t3.writes).toContainEqual({ address: "freeze", property: "rows", value: 4 });
  expect(t3.writes.filter((w) => w.property === "group").map((w) => w.address)).toEqual(["7:9", "11:13", "15:17", "19:21", "8:9", "12:13", "16:17", "20:21"]); // 款 under 类, then 项 under 款
  expect(t3.tables_).toHaveLength(1);
  expect(t3.writes.some((w) => w.property === "formulas" && String((w.value as string[][])[0][0]).startsWith("=BUDGET.CHECK.TOTALS(A5:E21)"))).toBe(true);

  expect(result.namesSkipped).toEqual(["T3_合计"]); // the workbook already had one: left alone
  expect(excel.names.map((n) => n.name)).toEqual(expect.arrayContaining(["T3_基本支出合计", "T6_合计", "CHECK.TOTALS"]));
  expect(excel.names.map((n) => n.name)).not.toContain("T3_合计");
});

test("a sheet name in use gets a suffix, and formulas follow the new names", async () => {
  const excel = fakeExcel(["表03 支出总表", "说明"]);
  const result = await importWorkbook(excel.context, layout);
  expect(result.sheets["表03 支出总表"]).toBe("表03 支出总表 (2)");
  expect(result.sheets["说明"]).toBe("说明 (2)");
  const narrative = excel.sheets.find((s) => s.name === "说明 (2)")!;
  const formulas = JSON.stringify(narrative.writes.find((w) => w.property === "formulas")!.value);
  expect(formulas).toContain("'表03 支出总表 (2)'!D5");
  expect(formulas).not.toContain("'表03 支出总表'!");
});

test("all or nothing: when writing fails, what this import added is removed and the user is told in Chinese", async () => {
  const excel = fakeExcel(["Sheet1", "我的预算"], { failOnSync: 2 });
  const error = await importWorkbook(excel.context, layout).catch((e) => e);
  expect(error).toBeInstanceOf(ImportError);
  expect(error.message).toMatch(/^导入未完成，已撤销本次添加的工作表：InvalidArgument/);
  expect(excel.deletedSheets.sort()).toEqual(layout.sheets.map((s) => s.name).sort());
  expect(excel.deletedSheets).not.toContain("我的预算");
  expect(excel.deletedSheets).not.toContain("Sheet1");
});

test("unique names respect Excel's 31-character limit and ignore case", () => {
  expect(uniqueSheetNames(["校验", "A"], ["校验", "a", "A (2)"])).toEqual({ 校验: "校验 (2)", A: "A (3)" });
  const long = "表13 项目支出表(结转)一二三四五六七八九十一二三四";
  expect(uniqueSheetNames([long], [long])[long].length).toBeLessThanOrEqual(31);
});

test("next year's draft: protected sheets with unlocked inputs, and the two charts the documents publish", async () => {
  const { buildDraftLayout } = await import("../../src/core/draft/draftLayout");
  const excel = fakeExcel(["Sheet1"]);
  const result = await importWorkbook(excel.context, buildDraftLayout(readSeed("003_dd2c9fa6441a52f3.txt"), { prefill: true }));
  expect(result.syncs).toBe(2);
  const t3 = excel.sheets.find((s) => s.name === "表03 支出总表")!;
  expect(t3.protected_).toBe(true);
  expect(t3.writes.some((w) => w.address === "R8C4" && w.property === "locked" && w.value === false)).toBe(true); // an input cell
  const narrative = excel.sheets.find((s) => s.name === "说明（草稿）")!;
  expect(narrative.charts_.map((c) => c.title)).toEqual(["一般公共预算当年拨款结构图", "三公经费分布图"]);
});
