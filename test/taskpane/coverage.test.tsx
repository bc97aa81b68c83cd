/** @jest-environment jsdom */
import * as React from "react";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { Coverage } from "../../src/taskpane/components/Coverage";
import { stringsFor } from "../../src/taskpane/strings";
import { readDisclosure } from "../../src/core/reader";
import { readSeed, seedText } from "../helpers";

const SEED = "000_206854ab748b39c9.txt";
/** Seed 000 cut inside table 6 (its title is on line 250). */
const cutText = () => seedText(SEED).split("\n").slice(0, 260).join("\n");

function read(text: string) {
  const result = readDisclosure(text);
  if (!result.ok) throw new Error(result.error);
  return result.disclosure;
}

const inPane = (node: React.ReactNode) => render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);

test("a document not read completely: what was and was not read, in Chinese", () => {
  inPane(<Coverage disclosure={read(cutText())} strings={stringsFor("zh-CN")} />);
  const region = screen.getByRole("region", { name: "未能完整读取" });
  expect(region.textContent).toContain("以下检查结果不完整");
  expect(region.textContent).toContain("已读到：表1至表6（6张），没有情况说明，绩效目标表0张");
  expect(region.textContent).toContain("未读到：未读到表7至表13（13张表只读到6张）");
  expect(region.textContent).toContain("未读到：文件在表6“一般公共预算安排基本支出分经济科目表”中结束（第250行起至第260行），文件可能被截断");
});

test("in English under an English display language", () => {
  inPane(<Coverage disclosure={read(cutText())} strings={stringsFor("en-US")} />);
  const region = screen.getByRole("region", { name: "Not read completely" });
  expect(region.textContent).toContain("Missing: tables 7–13 were not found (6 of 13 read)");
});

test("a complete document shows nothing", () => {
  const { container } = inPane(<Coverage disclosure={readSeed(SEED)} strings={stringsFor("zh-CN")} />);
  expect(container.textContent).toBe("");
});

test("undecodable bytes: the lines named, though the document is complete", () => {
  const lines = seedText(SEED).split("\n");
  lines[1] = "\ufffd";
  inPane(<Coverage disclosure={read(lines.join("\n"))} strings={stringsFor("zh-CN")} />);
  expect(screen.getByText("第2行有无法识别的字节，已替换为“\ufffd”，请核对这些行的文字和数字")).toBeTruthy();
  expect(screen.queryByText("未能完整读取")).toBeNull();
});

test("the pane says it above the preview and the findings", async () => {
  inPane(<App strings={stringsFor("zh-CN")} inExcel={false} />);
  fireEvent.change(screen.getByRole("textbox"), { target: { value: cutText() } });
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "读取并检查" }));
    await new Promise((r) => setTimeout(r, 20));
  });
  const coverage = screen.getByRole("region", { name: "未能完整读取" });
  const preview = screen.getByRole("region", { name: "2. 预览" });
  expect(coverage.compareDocumentPosition(preview) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
});
