/** @jest-environment jsdom */
import * as React from "react";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { CompareLastYear } from "../../src/taskpane/components/CompareLastYear";
import { readSeed } from "../helpers";
import { lastYearText } from "../support/lastYear";
import { CJK, withoutQuotes } from "../../src/core/messages";

async function chooseLastYear(text: string) {
  const bytes = new TextEncoder().encode(text);
  const file = new File([bytes], "2024.txt", { type: "text/plain" });
  if (!("arrayBuffer" in file)) Object.assign(file, { arrayBuffer: async () => bytes.buffer });
  await act(async () => {
    fireEvent.change(screen.getByTestId("last-year-input"), { target: { files: [file] } });
    await new Promise((r) => setTimeout(r, 50));
  });
}

const renderPart = (english = false) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <CompareLastYear disclosure={readSeed("000_206854ab748b39c9.txt")} english={english} />
    </FluentProvider>,
  );

test("对比上年: a consistent last year agrees with every statement", async () => {
  renderPart();
  await chooseLastYear(lastYearText());
  const part = screen.getByRole("region", { name: "对比上年" });
  expect(within(part).getByText("同比说法10条：一致10条，不一致0条，尾差0条，未能核对0条；对比13张表")).toBeTruthy();
  expect(within(part).getByText("没有发现与上年不符之处")).toBeTruthy();
});

test("对比上年: a figure last year published otherwise is listed with both documents' lines", async () => {
  renderPart();
  await chooseLastYear(lastYearText({ "15.98": "19.96" }));
  const items = within(screen.getByRole("list", { name: "对比上年" })).getAllByRole("listitem");
  expect(items[0].textContent).toBe(
    "[错误] 情况说明第八项“机关运行经费财政拨款预算”15.98万元，比上年减少2.98万元，但上年表11“合计”为19.96万元，应为比上年减少3.98万元（本年第441行）（上年第347行）",
  );
});

test("对比上年: a file that is not a disclosure gets a message, in English under an English Office", async () => {
  renderPart(true);
  await chooseLastYear("会议通知\n");
  expect(screen.getByText(/^Last year's file could not be read: /)).toBeTruthy();
});

test("对比上年 in English: the finding and its places in English, the document's words quoted", async () => {
  renderPart(true);
  await chooseLastYear(lastYearText({ "15.98": "19.96" }));
  const items = within(screen.getByRole("list", { name: "Compare with last year" })).getAllByRole("listitem");
  expect(items[0].textContent).toBe(
    "[Error] narrative section 8, “机关运行经费财政拨款预算” 15.98 (10k yuan), down 2.98 (10k yuan) on last year, but last year's table 11, the total is 19.96 (10k yuan): it should be down 3.98 (10k yuan) on last year (this year line 441) (last year line 347)",
  );
  for (const item of items) expect(CJK.test(withoutQuotes(item.textContent ?? ""))).toBe(false);
});
