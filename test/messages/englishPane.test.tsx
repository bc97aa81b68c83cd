/** @jest-environment jsdom */
/**
 * The pane in English over the five seeds and the corpus's text fixtures: the verdict, the findings, the
 * preview with the reader's warnings and any refusal hold no Chinese outside quoted document text.
 */
import * as React from "react";
import { readFileSync } from "node:fs";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { stringsFor } from "../../src/taskpane/strings";
import { CJK, withoutQuotes } from "../../src/core/messages";
import { ROOT } from "../build";
import { TEXT_FIXTURES } from "../helpers";

const FIXTURES = TEXT_FIXTURES;

/** Text outside quoted document text that holds Chinese, text node by text node (the pasted text itself excepted). */
function chineseLeft(root: HTMLElement): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest("textarea")) continue;
    const text = node.textContent ?? "";
    if (CJK.test(withoutQuotes(text))) out.push(text);
  }
  return [...new Set(out)];
}

test.each(FIXTURES.map((f) => [f.slice(ROOT.length + 1), f]))("the English pane shows %s without Chinese outside quotes", async (_name, file) => {
  const { container } = render(
    <FluentProvider theme={webLightTheme}>
      <App strings={stringsFor("en-US")} inExcel={false} />
    </FluentProvider>,
  );
  fireEvent.change(screen.getAllByRole("textbox")[0], { target: { value: readFileSync(file, "utf8") } });
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Read and check" }));
    await new Promise((r) => setTimeout(r, 20));
  });
  // The preview (tables and the reader's warnings) opened too.
  const preview = screen.queryByRole("button", { name: /Preview/ });
  if (preview) await act(async () => void fireEvent.click(preview));
  const main = container.querySelector("main")!;
  expect(main.textContent!.length).toBeGreaterThan(200);
  expect(chineseLeft(main)).toEqual([]);
});

test("the check can fail: the Chinese pane shows Chinese outside quotes", async () => {
  const { container } = render(
    <FluentProvider theme={webLightTheme}>
      <App strings={stringsFor("zh-CN")} inExcel={false} />
    </FluentProvider>,
  );
  fireEvent.change(screen.getAllByRole("textbox")[0], { target: { value: readFileSync(FIXTURES[0], "utf8") } });
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "读取并检查" }));
    await new Promise((r) => setTimeout(r, 20));
  });
  expect(chineseLeft(container.querySelector("main")!).length).toBeGreaterThan(5);
});
