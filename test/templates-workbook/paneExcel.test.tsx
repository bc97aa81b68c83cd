/**
 * @jest-environment jsdom
 *
 * Importing inside Excel: a Shanxi workbook is re-checked live from its sheets; another template's
 * workbook is checked by its own formulas only, and the pane says so instead of leaving its findings
 * looking live. (Excel itself is replaced here; the import is tested under office-addin-mock in test/excel.)
 */
import * as React from "react";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { App } from "../../src/taskpane/App";
import { stringsFor } from "../../src/taskpane/strings";
import { SEED_DIR } from "../helpers";

const imports: { template: boolean }[] = [];
jest.mock("../../src/taskpane/workbookActions", () => ({
  ...jest.requireActual("../../src/taskpane/workbookActions"),
  resumeImported: jest.fn(async () => null),
  importIntoExcel: jest.fn(async (disclosure: { templateTables?: unknown }) => {
    imports.push({ template: !!disclosure.templateTables });
    // What importWorkbook returns: the sheets written and, for a Shanxi document only, the live session.
    return { sheets: { a: "表1", b: "表2", c: "校验" }, session: disclosure.templateTables ? undefined : { disclosure } };
  }),
  watchImported: jest.fn(async () => async () => undefined),
}));

async function importInExcel(input: string, language: string) {
  render(
    <FluentProvider theme={webLightTheme}>
      <App strings={stringsFor(language)} inExcel={true} />
    </FluentProvider>,
  );
  const strings = stringsFor(language);
  fireEvent.change(screen.getAllByRole("textbox")[0], { target: { value: input } });
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: language.startsWith("en") ? "Read and check" : "读取并检查" }));
    await new Promise((r) => setTimeout(r, 20));
  });
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: strings.importWorkbook }));
    await new Promise((r) => setTimeout(r, 20));
  });
  return screen.getAllByRole("status").map((s) => s.textContent ?? "");
}

const jiangsu = readFileSync(join(__dirname, "..", "fixtures", "corpus", "text", "rd-2018.txt"), "utf8");

test("a Jiangsu document imported in Excel: the pane says its findings are the import's and the workbook's formulas check edits", async () => {
  const status = await importInExcel(jiangsu, "zh-CN");
  expect(imports.at(-1)).toEqual({ template: true });
  expect(status).toContain(
    "已导入：新建工作表3张。此格式的工作簿在修改后由表内公式校验（见各表的校验列和“校验”表），任务窗格中的结果是导入时的检查结果，不随修改更新",
  );
});

test("the same in English", async () => {
  const status = await importInExcel(jiangsu, "en-US");
  expect(status.some((s) => /^Imported: new sheets 3\. This layout's workbook is checked by its own formulas/.test(s))).toBe(true);
});

test("a Shanxi document imported in Excel is checked live: no such note", async () => {
  const status = await importInExcel(readFileSync(join(SEED_DIR, "002_5fdab3ab01a01bfd.txt"), "utf8"), "zh-CN");
  expect(imports.at(-1)).toEqual({ template: false });
  expect(status).toContain("已导入：新建工作表3张");
  expect(status.join("\n")).not.toContain("不随修改更新");
});
