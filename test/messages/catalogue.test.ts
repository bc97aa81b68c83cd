import {
  CJK,
  L,
  amountWithUnit,
  columnLabel,
  inLang,
  join,
  linesLabel,
  messageIn,
  quote,
  splitMessage,
  tableTitle,
  tablesLabel,
  withoutQuotes,
} from "../../src/core/messages";
import { roundingTail, shareMessage, sumBase } from "../../src/core/messages/findings";
import { checkDisclosure, toFinding } from "../../src/core/rules";
import { mergeFindings } from "../../src/core/findings/merge";
import { readSeed } from "../helpers";

test("a message in both languages; a Chinese-only string stays as it is", () => {
  const m = L("表6合计", "table 6 total");
  expect(inLang(m, "zh")).toBe("表6合计");
  expect(inLang(m, "en")).toBe("table 6 total");
  expect(inLang("只有中文", "en")).toBe("只有中文");
  expect(join([L("表", "table "), 6, L("合计", " total")])).toEqual({ zh: "表6合计", en: "table 6 total" });
  expect(splitMessage(m)).toEqual({ message: "表6合计", messageEn: "table 6 total" });
  expect(splitMessage("只有中文")).toEqual({ message: "只有中文" });
  expect(messageIn({ message: "中文", messageEn: "English" }, "en")).toBe("English");
  expect(messageIn({ message: "中文" }, "en")).toBe("中文");
});

test("quoted document text is one span, even with quotes of its own", () => {
  expect(quote("基本支出")).toBe("“基本支出”");
  expect(quote("注明“本表无数据”")).toBe("“注明‘本表无数据’”");
  expect(withoutQuotes(`table 6 ${quote("注明“本表无数据”")} differs`)).toBe("table 6 “” differs");
  expect(CJK.test(withoutQuotes(`line 3 ${quote("增加（减少）")}`))).toBe(false);
  expect(CJK.test(withoutQuotes("line 3 增加"))).toBe(true);
  expect(CJK.test("，")).toBe(true); // full-width punctuation counts as Chinese too
});

test("labels: tables, columns, lines, amounts", () => {
  expect(tablesLabel([5])).toEqual({ zh: "表5", en: "table 5" });
  expect(tablesLabel([5, 6])).toEqual({ zh: "表5、表6", en: "tables 5 and 6" });
  expect(tablesLabel([2, 3, 5]).en).toBe("tables 2, 3 and 5");
  expect(tableTitle(6, "一般公共预算安排基本支出分经济科目表").en).toBe("Basic expenditure by economic class");
  expect(columnLabel("基本支出")).toEqual({ zh: "基本支出", en: "basic expenditure" });
  expect(columnLabel("某个新列")).toEqual({ zh: "某个新列", en: "“某个新列”" });
  expect(linesLabel([232, 258])).toEqual({ zh: "第232、258行", en: "lines 232, 258" });
  expect(linesLabel([12]).en).toBe("line 12");
  expect(linesLabel([1, 2, 3, 4, 5], 3).en).toBe("lines 1, 2, 3…");
  expect(amountWithUnit("2.80", "万元")).toEqual({ zh: "2.80万元", en: "2.80 (10k yuan)" });
  expect(amountWithUnit("26000.00", "元").en).toBe("26000.00 (yuan)");
});

test("the shared finding texts: sums, 尾差 and shares", () => {
  const base = sumBase(L("表6合计", "table 6 total"), 40652, 40654, 2);
  expect(base.zh).toBe("表6合计：各项之和为406.52，表中为406.54，相差0.02");
  expect(base.en).toBe("table 6 total: the parts add up to 406.52, the table prints 406.54, difference 0.02");
  expect(roundingTail(base, 7).en).toMatch(/rounding of 7 parts, within the allowance\)$/);
  expect(shareMessage(L("占比", "the share"), 1, 3, "33.33%", "33.34%", true).en).toMatch(/last digit off by one/);
  expect(sumBase("中文", 1, null, -1).en).toMatch(/prints blank/);
});

test("a rule's report becomes a finding with message (Chinese) and messageEn", () => {
  const rule = { id: "x", scope: "table" as const, severity: "error" as const };
  const f = toFinding(rule, { tables: [6], message: L("表6", "table 6"), expected: 1, actual: 2, lines: [3] });
  expect(f).toMatchObject({ rule: "x", severity: "error", message: "表6", messageEn: "table 6" });
  expect(toFinding(rule, { tables: [], message: "中文", expected: null, actual: null, lines: [] }).messageEn).toBeUndefined();
});

test("seed 000 in English: the real findings, merged places named in English", () => {
  const findings = mergeFindings(checkDisclosure(readSeed("000_206854ab748b39c9.txt")));
  const basic = findings.find((f) => f.rule === "t6-t5-basic")!;
  expect(basic.messageEn).toBe("general public budget basic expenditure: table 6 total 438.68, table 5 basic expenditure total 172.13, difference 266.55");
  const wages = findings.find((f) => f.rule === "t6-categories")!;
  expect(wages.places.map((p) => p.labelEn)).toEqual(["total", "personnel costs"]);
  expect(wages.messageEn).toBe(
    "table 6 “工资福利支出” (sum of its items): the parts add up to 406.52, the table prints 406.54, difference 0.02 (rounding of 7 parts, within the allowance)",
  );
  const admin = findings.find((f) => f.rule === "t11-t6-admin-cost")!;
  expect(admin.messageEn).toMatch(/^administrative operating costs of a unit managed like the civil service: table 11/);
});
