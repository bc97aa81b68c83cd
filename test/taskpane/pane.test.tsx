/** @jest-environment jsdom */
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import * as iconv from "iconv-lite";
import { App } from "../../src/taskpane/App";
import { stringsFor } from "../../src/taskpane/strings";
import { groupByTable, prepareFindings } from "../../src/taskpane/findingView";
import { checkDisclosure } from "../../src/core/rules";
import { readSeed, seedText } from "../helpers";

function renderPane(language = "zh-CN") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App strings={stringsFor(language)} inExcel={false} />
    </FluentProvider>,
  );
}

async function paste(text: string, button = "读取并检查") {
  fireEvent.change(screen.getAllByRole("textbox")[0], { target: { value: text } });
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: button }));
    await new Promise((r) => setTimeout(r, 20));
  });
}

async function openFile(container: HTMLElement, name: string, bytes: Uint8Array<ArrayBuffer>) {
  const input = container.querySelector('input[type="file"]') as HTMLInputElement;
  const file = new File([bytes], name);
  if (!("arrayBuffer" in file)) Object.assign(file, { arrayBuffer: async () => bytes.buffer });
  await act(async () => {
    fireEvent.change(input, { target: { files: [file] } });
    await new Promise((r) => setTimeout(r, 50));
  });
}

test("the verdict first: unit, counts of merged facts, the first errors with 万元, expected, actual and difference", async () => {
  renderPane();
  await paste(seedText("000_206854ab748b39c9.txt"));
  const verdict = screen.getByRole("region", { name: "检查结论" });
  expect(within(verdict).getByText(/大同市政务服务中心/)).toBeTruthy();
  const counts = within(verdict).getByTestId("verdict-counts").textContent;
  expect(counts).toBe("错误 2提示 5尾差 1说明 0");
  const first = within(verdict).getAllByRole("listitem");
  expect(first).toHaveLength(2);
  expect(first[0].textContent).toContain("应为 172.13万元 · 实际 438.68万元 · 相差 266.55万元");
  // Sections come in the order a reader needs them: input, verdict, workbook, findings, preview.
  const headings = screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);
  expect(headings).toEqual(["导入预算公开", "检查结论", "生成工作簿", "检查结果（按表）", "预览：单位、年度与13张表"]);
  // The live region says the verdict in a sentence.
  expect(screen.getByRole("status").textContent).toBe("大同市政务服务中心 2025：发现错误2条、提示5条、尾差1条、说明0条。");
});

test("findings grouped by table in table order; outside Excel a place is text, not a dead link", async () => {
  renderPane();
  await paste(seedText("000_206854ab748b39c9.txt"));
  const findings = screen.getByRole("region", { name: "检查结果（按表）" });
  const groups = within(findings)
    .getAllByRole("heading", { level: 3 })
    .map((h) => h.textContent);
  expect(groups).toEqual(["表5、表6（5）", "表6（1）", "表6、表11（1）", "绩效目标表（1）"]);
  expect(within(findings).getAllByText("原文第232、258行")).toHaveLength(1);
  expect(findings.querySelectorAll("ul a, ul button")).toHaveLength(0);
  expect(within(findings).getByText(/共2处：合计 第259、260/)).toBeTruthy();
  expect(within(findings).getAllByText(/规则 t6-t5-basic：表6基本支出合计等于表5基本支出合计/)).toHaveLength(1);
});

test("groups sort 表7 before 表10 (numbers, not text)", () => {
  const strings = stringsFor("zh-CN");
  // Seed 004's five empty tables, each as its own finding, given in reverse.
  const single = checkDisclosure(readSeed("004_6562e89d941fc7ec.txt"))
    .filter((f) => f.rule === "empty-table-note")
    .reverse()
    .flatMap((f) => prepareFindings([f]));
  expect(groupByTable(single, strings).map((g) => g.label)).toEqual(["表7", "表8", "表10", "表11", "表13"]);
  // Merged, the same fact in five tables is one finding listing them.
  const merged = prepareFindings(checkDisclosure(readSeed("004_6562e89d941fc7ec.txt")));
  expect(groupByTable(merged, strings).map((g) => g.label)).toEqual(["表2、表3、表5", "表7、表8、表10、表11、表13", "绩效目标表"]);
});

test("the filter shows one kind at a time", async () => {
  renderPane();
  await paste(seedText("002_5fdab3ab01a01bfd.txt"));
  // CSS selectors rather than role queries: jsdom computes roles slowly over the whole pane.
  const findings = document.querySelector('section[aria-labelledby="findings-heading"]')!;
  expect(findings.querySelectorAll("li")).toHaveLength(3); // 9 reported, 3 facts
  fireEvent.click(screen.getByLabelText("按级别筛选"));
  const option = await screen.findByText("尾差", { selector: '[role="option"]' });
  await act(async () => {
    fireEvent.click(option);
  });
  await waitFor(() => expect(findings.querySelectorAll("li")).toHaveLength(2));
}, 60_000);

test("no stale state: changing the text clears the results and disables the download until read again", async () => {
  renderPane();
  await paste(seedText("000_206854ab748b39c9.txt"));
  const download = () => screen.getByRole("button", { name: "下载 Excel 工作簿" });
  expect(download().getAttribute("aria-disabled")).not.toBe("true");
  fireEvent.change(screen.getAllByRole("textbox")[0], { target: { value: seedText("002_5fdab3ab01a01bfd.txt") } });
  expect(screen.queryByRole("region", { name: "检查结论" })).toBeNull();
  expect(download().getAttribute("aria-disabled")).toBe("true");
  expect(screen.getByText("文字已改动：请重新读取并检查，再生成工作簿。")).toBeTruthy();
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "读取并检查" }));
    await new Promise((r) => setTimeout(r, 20));
  });
  expect(within(screen.getByRole("region", { name: "检查结论" })).getByText(/大同市行政审批服务管理局/)).toBeTruthy();
  expect(download().getAttribute("aria-disabled")).not.toBe("true");
});

test("an empty box says why the read button is disabled", () => {
  renderPane();
  const read = screen.getByRole("button", { name: "读取并检查" });
  expect(read.getAttribute("aria-disabled")).toBe("true");
  const hint = document.getElementById(read.getAttribute("aria-describedby")!);
  expect(hint?.textContent).toBe("先打开预算公开的PDF文件或粘贴其文字，才能读取并检查。");
});

test("a refused file leaves the box and the results as they were", async () => {
  const { container } = renderPane();
  await paste(seedText("002_5fdab3ab01a01bfd.txt"));
  const before = (screen.getAllByRole("textbox")[0] as HTMLTextAreaElement).value;
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(64).fill(0x41)]);
  await openFile(container, "chart.png", png);
  expect(screen.getByRole("alert").textContent).toMatch(/文件不是文本/);
  expect((screen.getAllByRole("textbox")[0] as HTMLTextAreaElement).value).toBe(before);
  expect(screen.getByRole("region", { name: "检查结论" })).toBeTruthy();
});

test("bad input: a clear message in Chinese, in the alert region, no preview", async () => {
  renderPane();
  await paste("会议通知\n请各科室参加。");
  expect(within(screen.getByRole("alert")).getByText(/这似乎不是预算公开文件/)).toBeTruthy();
  expect(screen.queryByRole("region", { name: /预览/ })).toBeNull();
});

test("opening a GB18030 text file reads it like the UTF-8 one", async () => {
  const { container } = renderPane();
  await openFile(container, "002.txt", Uint8Array.from(iconv.encode(seedText("002_5fdab3ab01a01bfd.txt"), "gb18030")));
  await waitFor(() => expect(within(screen.getByRole("region", { name: "检查结论" })).getByText(/大同市行政审批服务管理局/)).toBeTruthy());
  expect(screen.getByTestId("verdict-counts").textContent).toContain("错误 0");
});

test("English: labels, table names and line references in English", async () => {
  renderPane("en-US");
  await paste(seedText("000_206854ab748b39c9.txt"), "Read and check");
  const findings = screen.getByRole("region", { name: "Findings by table" });
  expect(within(findings).getByText("source lines 232, 258")).toBeTruthy();
  expect(within(findings).getAllByRole("heading", { level: 3 })[0].textContent).toBe("Tables 5, 6 (5)");
  expect(screen.getByText("Table 6 Basic expenditure by economic class")).toBeTruthy();
  expect(document.querySelector("main")!.getAttribute("lang")).toBe("en");
});
