/**
 * @jest-environment jsdom
 *
 * The pane on a document of another province's template: the preview lists that template's tables,
 * found (with their row counts) or missing, never the Shanxi 13; 起草下一年度 says in Chinese that such
 * a draft is not supported yet.
 */
import * as React from "react";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { App } from "../../src/taskpane/App";
import { stringsFor } from "../../src/taskpane/strings";
import { readDisclosure } from "../../src/core/reader";

const text = (name: string) => readFileSync(join(__dirname, "..", "fixtures", "corpus", "text", `${name}.txt`), "utf8");

async function readInPane(input: string, language = "zh-CN") {
  render(
    <FluentProvider theme={webLightTheme}>
      <App strings={stringsFor(language)} inExcel={false} />
    </FluentProvider>,
  );
  fireEvent.change(screen.getAllByRole("textbox")[0], { target: { value: input } });
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: language === "en" ? "Read and check" : "读取并检查" }));
    await new Promise((r) => setTimeout(r, 20));
  });
}

const previewRows = () =>
  within(screen.getByRole("region", { name: "预览：江苏省级部门预算格式" }))
    .getAllByRole("row")
    .slice(1)
    .map((r) => r.textContent);

test("a Jiangsu document: the preview lists its 12 tables with the rows read", async () => {
  const input = text("rd-2018");
  await readInPane(input);
  const read = readDisclosure(input);
  if (!read.ok) throw new Error(read.error);
  const tables = read.disclosure.templateTables!;
  expect(previewRows()).toEqual(
    tables.map(
      (t) =>
        `表${t.no} ${t.title}${t.empty ? "无数据" : t.rows.filter((r) => r.values.some((v) => v !== null) || r.parts?.some((p) => p.values.some((v) => v !== null))).length}`,
    ),
  );
  expect(previewRows()[4]).toBe("表5 财政拨款支出预算表（功能科目）21"); // 合计 and 20 rows of codes, as page 11 prints them
});

test("the text of a Jiangsu document without its tables: each table missing", async () => {
  await readInPane(text("zx-2018-text"));
  expect(previewRows()).toHaveLength(12);
  for (const row of previewRows()) expect(row).toMatch(/缺少$/);
});

test("起草下一年度 on a Jiangsu document: a Chinese refusal, no draft", async () => {
  await readInPane(text("rd-2018"));
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "起草下一年度" }));
    await new Promise((r) => setTimeout(r, 20));
  });
  expect(screen.getByRole("alert").textContent).toContain("暂不支持为该格式起草下一年度");
});
