/** @jest-environment jsdom */
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import * as iconv from "iconv-lite";
import { App } from "../../src/taskpane/App";
import { stringsFor } from "../../src/taskpane/strings";
import { groupFindings } from "../../src/taskpane/components/Findings";
import { checkDisclosure } from "../../src/core/rules";
import { readSeed, seedText } from "../helpers";

function renderPane(language = "zh-CN") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App strings={stringsFor(language)} inExcel={false} />
    </FluentProvider>,
  );
}

async function paste(text: string) {
  fireEvent.change(screen.getByRole("textbox"), { target: { value: text } });
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "读取并检查" }));
    await new Promise((r) => setTimeout(r, 20));
  });
}

test("preview: unit, year, the 13 tables with row counts or 无数据", async () => {
  renderPane();
  await paste(seedText("000_206854ab748b39c9.txt"));
  const preview = screen.getByRole("region", { name: "2. 预览" });
  expect(within(preview).getByText(/大同市政务服务中心/)).toBeTruthy();
  const rows = within(preview).getAllByRole("row");
  expect(rows).toHaveLength(14); // header + 13 tables
  expect(within(rows[3]).getByText("17")).toBeTruthy(); // 表3: 17 rows with figures
  expect(within(rows[8]).getByText("无数据")).toBeTruthy(); // 表7
});

test("findings: counts by severity, errors first grouped by table, each rule explained", async () => {
  renderPane();
  await paste(seedText("000_206854ab748b39c9.txt"));
  const findings = screen.getByRole("region", { name: "3. 检查结果" });
  expect(within(findings).getByText("错误 2")).toBeTruthy();
  expect(within(findings).getByText("提示 7")).toBeTruthy();
  const headings = within(findings)
    .getAllByText(/^(错误|提示|说明) · /)
    .map((h) => h.textContent);
  expect(headings[0]).toBe("错误 · 表5、表6（1）");
  expect(headings[1]).toBe("错误 · 表6、表11（1）");
  expect(within(findings).getAllByText(/规则 t6-t5-basic：表6基本支出合计等于表5基本支出合计/)).toHaveLength(1);
});

test("the filter shows one severity at a time", async () => {
  renderPane();
  await paste(seedText("000_206854ab748b39c9.txt"));
  const groups = groupFindings(checkDisclosure(readSeed("000_206854ab748b39c9.txt")).filter((f) => f.severity === "error"));
  expect(groups.map((g) => g.where)).toEqual(["表5、表6", "表6、表11"]);
  expect(screen.getAllByText(/^提示 · /).length).toBeGreaterThan(0);
  fireEvent.click(screen.getByRole("combobox", { name: "filter" }));
  await act(async () => {
    fireEvent.click(await screen.findByRole("option", { name: "错误" }));
  });
  await waitFor(() => expect(screen.queryAllByText(/^提示 · /)).toHaveLength(0));
  expect(screen.getAllByText(/^错误 · /)).toHaveLength(2);
});

test("bad input: a clear message in Chinese, no preview", async () => {
  renderPane();
  await paste("会议通知\n请各科室参加。");
  expect(screen.getByText(/这似乎不是预算公开文件/)).toBeTruthy();
  expect(screen.queryByRole("region", { name: "2. 预览" })).toBeNull();
});

test("opening a GB18030 text file reads it like the UTF-8 one", async () => {
  const { container } = renderPane();
  const input = container.querySelector('input[type="file"]') as HTMLInputElement;
  const bytes = iconv.encode(seedText("002_5fdab3ab01a01bfd.txt"), "gb18030");
  const file = new File([new Uint8Array(bytes)], "002.txt", { type: "text/plain" });
  if (!("arrayBuffer" in file)) Object.assign(file, { arrayBuffer: async () => new Uint8Array(bytes).buffer });
  await act(async () => {
    fireEvent.change(input, { target: { files: [file] } });
    await new Promise((r) => setTimeout(r, 50));
  });
  await waitFor(() => expect(within(screen.getByRole("region", { name: "2. 预览" })).getByText(/大同市行政审批服务管理局/)).toBeTruthy());
  expect(screen.getByText("错误 0")).toBeTruthy();
});

test("English when Office's display language is English", () => {
  renderPane("en-US");
  expect(screen.getByRole("button", { name: "Read and check" })).toBeTruthy();
});
