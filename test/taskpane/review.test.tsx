/** @jest-environment jsdom */
import * as React from "react";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { stringsFor } from "../../src/taskpane/strings";
import { seedText } from "../helpers";

async function openSeed000() {
  render(
    <FluentProvider theme={webLightTheme}>
      <App strings={stringsFor("zh-CN")} inExcel={false} />
    </FluentProvider>,
  );
  fireEvent.change(screen.getByRole("textbox", { name: /粘贴/ }), { target: { value: seedText("000_206854ab748b39c9.txt") } });
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "读取并检查" }));
    await new Promise((r) => setTimeout(r, 20));
  });
}

test("marking a finding 已核实，不是问题 takes it out of the error count; 撤销 brings it back; the report carries the note", async () => {
  await openSeed000();
  const findings = screen.getByRole("region", { name: "检查结论" }); // the verdict's counts
  expect(within(findings).getByText("错误 2")).toBeTruthy();

  const panel = screen.getByRole("region", { name: "4. 审核意见" });
  const select = within(panel).getByRole("combobox", { name: "选择一条检查结果" }) as HTMLSelectElement;
  const option = [...select.options].find((o) => o.text.startsWith("〔t11-t6-admin-cost〕258行 参公事业单位的机关运行经费"))!;
  const accept = within(panel).getByRole("button", { name: "已核实，不是问题" });
  fireEvent.change(select, { target: { value: option.value } });
  expect((accept as HTMLButtonElement).disabled).toBe(true); // a note is required
  fireEvent.change(within(panel).getByRole("textbox", { name: /核实意见/ }), { target: { value: "含上年结转1.74万元，已核实" } });
  await act(async () => fireEvent.click(accept));

  expect(within(findings).getByText("错误 1")).toBeTruthy();
  const accepted = within(panel).getByRole("list", { name: "已核实，不是问题" });
  expect(within(accepted).getByText(/含上年结转1\.74万元，已核实/)).toBeTruthy();

  // The report (HTML) lists the decision in its 核实意见 column.
  const blobs: Blob[] = [];
  const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
  URL.createObjectURL = (blob: Blob) => (blobs.push(blob), "blob:report");
  URL.revokeObjectURL = () => undefined;
  const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
  try {
    fireEvent.click(within(panel).getByRole("button", { name: "下载检查报告（HTML）" }));
    const html = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as string);
      reader.readAsText(blobs[0]);
    });
    expect(html).toContain("大同市政务服务中心2025年度单位预算公开检查情况表");
    expect(html).toContain("已核实，不是问题：含上年结转1.74万元，已核实");
    expect(click).toHaveBeenCalled();
  } finally {
    URL.createObjectURL = original.create;
    URL.revokeObjectURL = original.revoke;
    click.mockRestore();
  }

  await act(async () => fireEvent.click(within(accepted).getByRole("button", { name: "撤销" })));
  expect(within(findings).getByText("错误 2")).toBeTruthy();
});
