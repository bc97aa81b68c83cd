/** @jest-environment jsdom */
/**
 * 对比上年 with last year's PDFs: 政协办公厅 2017 published its text and its tables as two PDFs; both are
 * chosen together and go through the pane's own openFiles (merged as one document). pdf.js cannot run
 * under jsdom, so the browser adapter's output for each file is the PDF source's, made by the built CLI
 * in a Node process (the same PDF source code the pane bundles).
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as React from "react";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { CompareLastYear, rememberPdfSource } from "../../src/taskpane/components/CompareLastYear";
import { readDisclosure } from "../../src/core/reader";
import { type PdfSource, mergeSources } from "../../src/core/sources/pdfSource";
import { ROOT } from "../build";

const FILES = ["zx-2017-text.pdf", "zx-2017-tables.pdf", "zx-2018-text.pdf", "zx-2018-tables.pdf"];
const pdfPath = (name: string) => join(ROOT, "test", "fixtures", "corpus", "jiangsu-budget", name);

/** Each PDF as the PDF source reads it (labelled by its file name, as openFiles labels several files). */
const mockSources: Record<string, PdfSource> = (() => {
  const script = `const { readPdfBytes } = require(${JSON.stringify(join(ROOT, "build", "cli", "src", "pdf", "node.js"))});
const fs = require("fs");
(async () => { const out = {}; for (const f of ${JSON.stringify(FILES)}) out[f] = await readPdfBytes(new Uint8Array(fs.readFileSync(${JSON.stringify(pdfPath("") + "/")} + f)), f);
process.stdout.write(JSON.stringify(out)); })();`;
  const result = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout);
})();

const mockReadCalls: string[] = [];
jest.mock("../../src/taskpane/pdfBrowser", () => ({
  readPdfInBrowser: async (_bytes: Uint8Array, name: string) => {
    mockReadCalls.push(name);
    return mockSources[name];
  },
}));

function pdfFile(name: string): File {
  const bytes = new Uint8Array(readFileSync(pdfPath(name)));
  const file = new File([bytes], name, { type: "application/pdf" });
  if (!("arrayBuffer" in file)) Object.assign(file, { arrayBuffer: async () => bytes.buffer });
  return file;
}

test("对比上年: last year's text and tables PDFs chosen together are read as one, and the findings name both PDFs' pages", async () => {
  const thisYearSource = mergeSources([mockSources["zx-2018-text.pdf"], mockSources["zx-2018-tables.pdf"]]);
  const read = readDisclosure(thisYearSource.text);
  if (!read.ok) throw new Error(read.error);
  rememberPdfSource(read.disclosure, thisYearSource);
  render(
    <FluentProvider theme={webLightTheme}>
      <CompareLastYear disclosure={read.disclosure} />
    </FluentProvider>,
  );
  const input = screen.getByTestId("last-year-input") as HTMLInputElement;
  expect(input.multiple).toBe(true);
  expect(input.accept).toContain(".pdf");
  await act(async () => {
    fireEvent.change(input, { target: { files: [pdfFile("zx-2017-text.pdf"), pdfFile("zx-2017-tables.pdf")] } });
    await new Promise((r) => setTimeout(r, 100));
  });
  expect(mockReadCalls).toEqual(["zx-2017-text.pdf", "zx-2017-tables.pdf"]);
  const part = screen.getByRole("region", { name: "对比上年" });
  // 34 statements: every amount agrees with 2017 (the rate 66.69% is a finding of its own), 国有资本经营预算 not checked.
  expect(within(part).getByText("同比说法34条：一致33条，不一致0条，尾差0条，未能核对1条；对比12张表")).toBeTruthy();
  const items = within(screen.getByRole("list", { name: "对比上年" })).getAllByRole("listitem");
  // 2,233.13 / 3,348.98 = 66.68%: the 2018 text PDF's page 15 against the 2017 tables PDF's page 10.
  const rate = items.find((li) => li.textContent!.includes("66.69%"))!;
  expect(rate.textContent).toContain("[提示]");
  expect(rate.textContent).toContain("（本年zx-2018-text.pdf第15页）（上年zx-2017-tables.pdf第10页）");
}, 120_000);
