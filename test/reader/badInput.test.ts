import * as iconv from "iconv-lite";
import { readDisclosure, MAX_TEXT_LENGTH } from "../../src/core/reader";
import { decodeDisclosureBytes } from "../../src/core/reader/decode";
import { checkDisclosure } from "../../src/core/rules";
import { readSeed, seedText } from "../helpers";
import { projection } from "./project";

const SEED = "000_206854ab748b39c9.txt";

test("an empty file is refused with a message", () => {
  expect(readDisclosure("")).toEqual({ ok: false, error: "文件为空", errorEn: "the file is empty" });
  expect(readDisclosure(" \n\t\r\n ")).toEqual({ ok: false, error: "文件为空", errorEn: "the file is empty" });
});

test("random bytes are refused, not parsed", () => {
  let state = 7;
  const bytes = Uint8Array.from({ length: 50_000 }, () => (state = (state * 1103515245 + 12345) & 0xff));
  const result = readDisclosure(decodeDisclosureBytes(bytes).text);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.error).toMatch(/不是文本|不是预算公开/);
});

test("another kind of document is refused as not a disclosure", () => {
  const result = readDisclosure("关于召开年度工作会议的通知\n\n各科室：\n定于下周一召开会议。\n");
  expect(result).toEqual({ ok: false, error: expect.stringContaining("不是预算公开"), errorEn: expect.stringContaining("not seem to be a budget disclosure") });
});

test("a GB18030 copy of a seed decodes and parses the same", () => {
  const bytes = iconv.encode(seedText(SEED), "gb18030");
  const decoded = decodeDisclosureBytes(new Uint8Array(bytes));
  expect(decoded.encoding).toBe("gb18030");
  const result = readDisclosure(decoded.text);
  expect(result.ok).toBe(true);
  if (result.ok) expect(projection(result.disclosure)).toEqual(projection(readSeed(SEED)));
});

test("UTF-8 with BOM and UTF-16LE with BOM decode", () => {
  const text = seedText(SEED);
  expect(decodeDisclosureBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text, "utf8")])).text).toBe(text);
  expect(decodeDisclosureBytes(new Uint8Array([0xff, 0xfe, ...Buffer.from(text, "utf16le")])).text).toBe(text);
});

test("a 50 MB text is refused at once, not parsed", () => {
  const huge = "一".repeat(50 * 1024 * 1024);
  expect(huge.length).toBeGreaterThan(MAX_TEXT_LENGTH);
  const started = performance.now();
  const result = readDisclosure(huge);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.error).toMatch(/文件过大/);
  expect(performance.now() - started).toBeLessThan(500);
});

test("a document with one table missing says which", () => {
  const text = seedText(SEED);
  const lines = text.split("\n");
  // Remove table 8 (lines 294-303 of the seed: title to 注：本表无数据).
  const without = [...lines.slice(0, 293), ...lines.slice(303)].join("\n");
  const result = readDisclosure(without);
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(result.disclosure.tables.map((t) => t.no)).not.toContain(8);
  expect(result.disclosure.warnings).toContainEqual({
    line: null,
    message: "缺少表8“政府性基金预算支出表”",
    messageEn: "table 8 (Government fund expenditure) is missing",
  });
  expect(checkDisclosure(result.disclosure).some((f) => f.rule === "empty-table-note" && f.tables[0] === 8 && f.severity === "warning")).toBe(true);
});

test("markup some extractors add (<b>, #, **, - bullets) is ignored", () => {
  const text = seedText(SEED)
    .replace("第三部分 2025年度单位预算情况说明", "# <b>第三部分 2025年度单位预算情况说明</b>")
    .replace("三、支出预算情况说明", "**三、支出预算情况说明**")
    .replace("人员经费424.44万元", "- 人员经费424.44万元");
  const result = readDisclosure(text);
  expect(result.ok && projection(result.disclosure)).toEqual(projection(readSeed(SEED)));
});
