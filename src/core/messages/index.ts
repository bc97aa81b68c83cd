/**
 * The message catalogue: every text the checker, the reader and the CLI show is built here (or with
 * these helpers) in both languages at once, so English mode never falls back to Chinese. Text quoted
 * from the document (a row's name, a sentence, the unit's name) stays as printed and is marked with
 * `quote()` — curly quotes “…” — which is how the English-mode test tells it from our own words.
 */
import type { TableNo } from "../model";

export type Lang = "zh" | "en";

/** One message in both languages. */
export interface Localized {
  zh: string;
  en: string;
}

/** What a rule may give as a message: both languages, or (older code) Chinese only. */
export type Text = string | Localized;

export const L = (zh: string, en: string): Localized => ({ zh, en });

export const isLocalized = (text: unknown): text is Localized =>
  typeof text === "object" && text !== null && typeof (text as Localized).zh === "string" && typeof (text as Localized).en === "string";

/** A text in the given language; a Chinese-only string is returned as it is (the English test finds it). */
export function inLang(text: Text, lang: Lang): string {
  return typeof text === "string" ? text : text[lang];
}

export const zhOf = (text: Text): string => inLang(text, "zh");
export const enOf = (text: Text): string => inLang(text, "en");

/** Joins localized parts (and plain language-neutral strings such as numbers) into one message. */
export function join(parts: readonly (Localized | string | number)[], separator: Localized | string = ""): Localized {
  const pick = (part: Localized | string | number, lang: Lang) => (typeof part === "object" ? part[lang] : String(part));
  return {
    zh: parts.map((p) => pick(p, "zh")).join(pick(separator, "zh")),
    en: parts.map((p) => pick(p, "en")).join(pick(separator, "en")),
  };
}

/** Document text (a name, a sentence) quoted as printed: “…” (inner curly quotes become ‘…’ so the span stays one). */
export const quote = (documentText: string): string => `“${documentText.replace(/“/g, "‘").replace(/”/g, "’")}”`;

/** Opening and closing marks of quoted document text (for the English-mode test and readers of the output). */
export const QUOTE_MARKS = ["“", "”"] as const;

/** "表3" / "table 3". */
export const tableLabel = (no: TableNo | number): Localized => L(`表${no}`, `table ${no}`);

/** "表3、表5" / "tables 3 and 5". */
export function tablesLabel(nos: readonly (TableNo | number)[]): Localized {
  if (nos.length === 1) return tableLabel(nos[0]);
  const en = nos.length === 2 ? `${nos[0]} and ${nos[1]}` : `${nos.slice(0, -1).join(", ")} and ${nos[nos.length - 1]}`;
  return L(nos.map((n) => `表${n}`).join("、"), `tables ${en}`);
}

/** The standard tables' names in English (Shanxi's 13; other templates' tables are numbered the same way). */
export const EN_TABLE_NAMES: Record<number, string> = {
  1: "Revenue and expenditure summary",
  2: "Revenue summary",
  3: "Expenditure summary",
  4: "Fiscal appropriations summary",
  5: "General public budget expenditure",
  6: "Basic expenditure by economic class",
  7: "Government fund revenue",
  8: "Government fund expenditure",
  9: "State capital operations budget",
  10: "“Three public” expenses",
  11: "Administrative operating costs",
  12: "Project expenditure (this year)",
  13: "Project expenditure (carried over)",
};

/** A table's title in the language: the Chinese title given (the template's), the English one from the catalogue. */
export const tableTitle = (no: number, zhTitle: string): Localized => L(zhTitle, EN_TABLE_NAMES[no] ?? `Table ${no}`);

/** Column headings of the templates' tables in English. */
const EN_COLUMNS: Record<string, string> = {
  合计: "total",
  小计: "subtotal",
  金额: "amount",
  预算数: "budget",
  一般公共预算: "general public budget",
  政府性基金预算: "government funds",
  政府性基金: "government funds",
  国有资本经营预算: "state capital operations",
  财政专户管理资金: "special fiscal account funds",
  单位资金: "unit's own funds",
  基本支出: "basic expenditure",
  项目支出: "project expenditure",
  人员经费: "personnel costs",
  公用经费: "public costs",
  当年预算安排: "this year's budget",
  上年结转安排: "carried over",
  上年结转: "carried over",
  政府性基金收入预算: "government fund revenue",
  财政拨款收入: "fiscal appropriations",
  事业收入: "operating revenue",
  事业单位经营收入: "business revenue",
  其他收入: "other revenue",
  单位预留机动经费: "unit's reserve",
  结转下年资金: "carried to next year",
  三公经费合计: "three public expenses, total",
  "因公出国(境)费": "official travel abroad",
  公务接待费: "official receptions",
  公务用车购置及运行费: "official vehicles (purchase and running)",
  公务用车购置费: "official vehicle purchase",
  公务用车运行费: "official vehicle running",
  机关运行经费: "administrative operating costs",
  会议费: "meetings",
  培训费: "training",
  其他: "other",
};

/** A column's heading: our English name when known, else the heading quoted as printed. */
export const columnLabel = (heading: string): Localized => L(heading, EN_COLUMNS[heading] ?? quote(heading));

/** "第12、13行" / "lines 12, 13"; at most `max` lines, then "…". */
export function linesLabel(lines: readonly number[], max = 4): Localized {
  if (lines.length === 0) return L("", "");
  const shown = lines.slice(0, max);
  const more = lines.length > max ? "…" : "";
  return L(`第${shown.join("、")}${more}行`, `${shown.length > 1 || more ? "lines" : "line"} ${shown.join(", ")}${more}`);
}

/** "第5页第3行" / "page 5 line 3". */
export const pageLineLabel = (page: number, lineOnPage: number): Localized => L(`第${page}页第${lineOnPage}行`, `page ${page} line ${lineOnPage}`);

/** Section numbers of the narrative (一, 二 …) in English: "section 3". */
export const sectionLabel = (numeral: string, no: number): Localized => L(`第${numeral}部分`, `section ${no}`);

export const SEVERITY_LABELS = {
  error: L("错误", "error"),
  warning: L("提示", "warning"),
  info: L("说明", "note"),
  rounding: L("尾差", "rounding"),
} as const;

/** The language of a finding-like object's message. */
export function messageIn(item: { message: string; messageEn?: string }, lang: Lang): string {
  return lang === "en" ? (item.messageEn ?? item.message) : item.message;
}

/** The message of a finding input in both languages (a Chinese-only string gives no English). */
export function splitMessage(text: Text): { message: string; messageEn?: string } {
  return typeof text === "string" ? { message: text } : { message: text.zh, messageEn: text.en };
}

/** CJK characters (ideographs, CJK punctuation, full-width forms): what English mode must not print outside quotes. */
export const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** The text with every quoted span (“…”) removed: what must be free of CJK in English mode. */
export const withoutQuotes = (text: string): string => text.replace(/“[^”\n]*”/g, "“”");

/** A money or count unit in English: 万元 → "10k yuan" (amounts are printed as "12.34 (10k yuan)"). */
export function unitEn(unit: string): string {
  const units: Record<string, string> = { 万元: "10k yuan", 元: "yuan", 亿元: "100m yuan", 千元: "1k yuan", "%": "%", 个: "", 张: "" };
  return units[unit] ?? quote(unit);
}

/** An amount with its unit: "12.34万元" / "12.34 (10k yuan)". */
export const amountWithUnit = (formatted: string, unit: string): Localized =>
  L(`${formatted}${unit}`, unit === "%" ? `${formatted}%` : unitEn(unit) ? `${formatted} (${unitEn(unit)})` : formatted);

/** 增加/减少/增长/下降/持平 in English. */
export function changeWordEn(word: string): string {
  const words: Record<string, string> = {
    增加: "increase",
    减少: "decrease",
    增长: "growth",
    下降: "decline",
    持平: "unchanged",
    减: "decrease",
    增: "increase",
  };
  return words[word] ?? quote(word);
}
