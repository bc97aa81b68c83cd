/**
 * What each disclosure template requires of its narrative: which sections must be there, which must
 * explain their changes against last year, where 三公, 政府采购 and 绩效目标 are stated, and how deep
 * the tables' codes go. Shanxi's 13-table template numbers its sections 一 … 十二 of 第三部分 (the reader
 * finds them); the Shanghai and Jiangsu templates' sections are found by their headings (`heading`,
 * tested on the folded line without quotes), because their numbering differs between years.
 */
import type { Disclosure } from "../model";
import { L, quote, type Localized } from "../messages";

export type TemplateId = "shanxi-13" | "shanghai-9" | "jiangsu";

export interface RequiredSection {
  /** Shanxi: 1..12 for 一 … 十二 of 第三部分; other templates: this requirement's own number. */
  no: number;
  title: string;
  /** Other templates: matches the section's heading (folded, quotes removed). */
  heading?: RegExp;
  /** Required from this budget year on (the template gained the section that year). */
  from?: number;
  /** Found but not required (a heading that only delimits the sections before it). */
  optional?: boolean;
}

/** A table whose codes must reach a depth: 7 digits (项) for function codes, 5 (款) for economic ones. */
export interface CodeDepth {
  /** Shanxi: the table number; other templates: the table's key in the template. */
  table: number | string;
  digits: 5 | 7;
  level: "项" | "款";
}

export interface TemplateRequirements {
  id: TemplateId;
  name: string;
  /** The narrative's sections the template requires, in order. */
  requiredSections: RequiredSection[];
  /** Parts before the narrative the template requires (Shanghai: 主要职能, 机构设置), by heading. */
  requiredFront: RequiredSection[];
  /** Sections whose changes against last year must each be followed by a reason. */
  reasonSections: number[];
  /** The glossary part (exempt from the wording rules, required to be present). */
  glossaryTitle: string;
  /** The sections that state 三公经费, 政府采购 and 绩效目标. */
  threePublicSection: number;
  procurementSection: number;
  performanceSection: number;
  /** The vehicle items 三公 must name, even when 0: in the narrative and in the 三公 table (the template's own words). */
  vehicleItems: { name: string; narrative: RegExp; table: RegExp; tableName?: string }[];
  /** The 三公 table (Shanxi: its number; others: its key), whose vehicle rows or columns must be printed. */
  threePublicTable: number | string;
  codeDepths: CodeDepth[];
  /** Sections that may name other years (截至…, 国有资产; 其他说明): exempt from stray-year. */
  datedSections: number[];
  /** Sections that may quote other bodies' documents (其他说明): exempt from level-wording. */
  quotingSections: number[];
}

const SHANXI_13: TemplateRequirements = {
  id: "shanxi-13",
  name: "山西省单位/部门预算公开模板（13张表）",
  requiredSections: [
    { no: 1, title: "收支数据变动情况及原因" },
    { no: 2, title: "收入预算情况说明" },
    { no: 3, title: "支出预算情况说明" },
    { no: 4, title: "财政拨款收支预算总体情况说明" },
    { no: 5, title: "一般公共预算支出情况说明" },
    { no: 6, title: "一般公共预算基本支出情况说明" },
    { no: 7, title: "“三公”经费增减变动原因说明" },
    { no: 8, title: "机关运行经费增减变动原因说明" },
    { no: 9, title: "政府采购情况" },
    { no: 10, title: "绩效管理情况" },
    { no: 11, title: "国有资产占有使用情况" },
  ],
  requiredFront: [],
  reasonSections: [1, 7, 8],
  glossaryTitle: "名词解释",
  threePublicSection: 7,
  procurementSection: 9,
  performanceSection: 10,
  vehicleItems: [
    { name: "公务用车购置费", narrative: /公务用车购置费/, table: /^[①1]?公务用车购置费/, tableName: "①公务用车购置费" },
    { name: "公务用车运行维护费", narrative: /运行维护费/, table: /^[②2]?公务用车运行(维护)?费/, tableName: "②公务用车运行维护费" },
  ],
  threePublicTable: 10,
  codeDepths: [
    { table: 5, digits: 7, level: "项" },
    { table: 6, digits: 5, level: "款" },
  ],
  datedSections: [11, 12],
  quotingSections: [12],
};

/**
 * Shanghai's 9-table 部门/单位 budget: 预算编制说明 (changes of the income and expenditure and their
 * reasons), then 其他相关情况说明 with 一、“三公”经费 二、机关运行经费 三、政府采购 四、绩效目标 五、国有资产;
 * 主要职能, 机构设置 and 名词解释 come before them.
 */
const NUMBERED = "(?:[一二三四五六七八九十]{1,3}、)?";
const SHANGHAI_9: TemplateRequirements = {
  id: "shanghai-9",
  name: "上海市部门/单位预算公开模板（9张表）",
  requiredSections: [
    { no: 1, title: "预算编制说明", heading: /^(?:20\d\d年)?(?:区级)?(?:部门|单位)预算编制说明$/ },
    { no: 2, title: "“三公”经费预算情况说明", heading: new RegExp(`^${NUMBERED}(?:20\\d\\d年度?)?三公经费预算(?:情况)?(?:说明)?$`) },
    { no: 3, title: "机关运行经费预算", heading: new RegExp(`^${NUMBERED}(?:20\\d\\d年度?)?机关运行经费预算(?:情况)?(?:说明)?$`) },
    { no: 4, title: "政府采购预算情况", heading: new RegExp(`^${NUMBERED}(?:20\\d\\d年度?)?政府采购预算(?:情况)?(?:说明)?$`) },
    { no: 5, title: "绩效目标设置情况", heading: new RegExp(`^${NUMBERED}(?:20\\d\\d年度?)?(?:预算)?绩效目标设置情况(?:说明)?$`) },
    { no: 6, title: "国有资产占有使用情况", heading: new RegExp(`^${NUMBERED}国有资产占有使用情况(?:说明)?$`) },
  ],
  requiredFront: [
    { no: 101, title: "主要职能", heading: /主要职能$/ },
    { no: 102, title: "机构设置", heading: /机构设置$/ },
  ],
  reasonSections: [1, 2],
  glossaryTitle: "名词解释",
  threePublicSection: 2,
  procurementSection: 4,
  performanceSection: 5,
  vehicleItems: [
    { name: "公务用车购置费", narrative: /公务用车购置费/, table: /^购置费$/ },
    { name: "公务用车运行费", narrative: /公务用车运行(?:维护)?费/, table: /^运行(?:维护)?费$/ },
  ],
  threePublicTable: "three-public-and-admin",
  codeDepths: [
    { table: "income", digits: 7, level: "项" },
    { table: "expenditure", digits: 7, level: "项" },
    { table: "general", digits: 7, level: "项" },
    { table: "fund", digits: 7, level: "项" },
    { table: "state-capital", digits: 7, level: "项" },
    { table: "basic-economic", digits: 5, level: "款" },
  ],
  datedSections: [6],
  quotingSections: [],
};

/**
 * The Jiangsu provincial 部门预算's 第三部分: twelve sections (thirteen from 2018, with 其他重要事项说明 and
 * its 预算绩效目标设置情况), each with “与上年相比增加（减少）…，主要原因是…”. The 2017 template orders them
 * differently from the 2018 one, so they are found by heading.
 */
const SECTION = (words: string) => new RegExp(`^[一二三四五六七八九十]{1,3}、(?:20\\d\\d年度?)?(?:部门)?${words}$`);
const JIANGSU: TemplateRequirements = {
  id: "jiangsu",
  name: "江苏省级部门预算公开模板",
  requiredSections: [
    { no: 1, title: "收支预算总体情况说明", heading: SECTION("收支预算总(?:体|表)情况说明") },
    { no: 2, title: "收入预算情况说明", heading: SECTION("收入预算(?:总体|总表)?情况说明") },
    { no: 3, title: "支出预算情况说明", heading: SECTION("支出预算(?:总体|总表)?情况说明") },
    { no: 4, title: "财政拨款收支预算总体情况说明", heading: SECTION("财政拨款收支预算总(?:体|表)情况说明") },
    { no: 5, title: "财政拨款支出预算情况说明", heading: SECTION("财政拨款支出预算表?(?:情况)?说明") },
    { no: 6, title: "财政拨款基本支出预算情况说明", heading: SECTION("财政拨款基本支出预算表?(?:情况)?说明") },
    { no: 7, title: "一般公共预算支出预算情况说明", heading: SECTION("一般公共预算支出预算表?(?:情况)?说明") },
    { no: 8, title: "一般公共预算基本支出预算情况说明", heading: SECTION("一般公共预算基本支出预算表?(?:情况)?说明") },
    {
      no: 9,
      title: "“三公”经费、会议费、培训费支出预算情况说明",
      heading: SECTION("(?:一般公共预算)?三公经费、会议费、培训费支出(?:预(?:算(?:表)?)?)?(?:情况)?(?:说明)?"),
    },
    { no: 10, title: "政府性基金支出预算情况说明", heading: SECTION("政府性基金(?:预算|基本)?支出预算表?(?:情况)?说明") },
    { no: 11, title: "机关运行经费支出预算情况说明", heading: SECTION("(?:一般公共预算)?机关运行经费支出预算表?(?:情况)?说明") },
    { no: 12, title: "政府采购支出预算情况说明", heading: SECTION("政府采购(?:支出)?预算表?(?:情况)?说明") },
    { no: 13, title: "其他重要事项说明", heading: SECTION("其他重要事项(?:的情况)?说明"), from: 2018 },
    { no: 14, title: "预算绩效目标设置情况说明", heading: /^(?:[(（][一二三四五六七八九十]{1,2}[)）])?预算绩效目标设置情况说明$/, from: 2018 },
  ],
  requiredFront: [],
  reasonSections: [1, 4, 5, 7, 9, 10, 11],
  glossaryTitle: "名词解释",
  threePublicSection: 9,
  procurementSection: 12,
  performanceSection: 14,
  vehicleItems: [
    { name: "公务用车购置费", narrative: /公务用车购置(?!及)/, table: /^公务用车购置费$/ },
    { name: "公务用车运行维护费", narrative: /公务用车运行(?:维护)?费/, table: /^公务用车运行(?:维护)?费$/ },
  ],
  threePublicTable: "three-public",
  codeDepths: [
    { table: "fiscal-functional", digits: 7, level: "项" },
    { table: "general-functional", digits: 7, level: "项" },
    { table: "fund", digits: 7, level: "项" },
    { table: "fiscal-basic-economic", digits: 5, level: "款" },
    { table: "general-basic-economic", digits: 5, level: "款" },
  ],
  datedSections: [13, 14],
  quotingSections: [],
};

const TEMPLATES: Record<TemplateId, TemplateRequirements> = { "shanxi-13": SHANXI_13, "shanghai-9": SHANGHAI_9, jiangsu: JIANGSU };

/** The template a disclosure follows: the one it was read by (Shanxi's when the model does not say). */
export function templateOf(disclosure: Disclosure): TemplateRequirements {
  const id = disclosure.template;
  return id && id in TEMPLATES ? TEMPLATES[id as TemplateId] : SHANXI_13;
}

/** Whether the disclosure was read by another template than Shanxi's 13 tables. */
export function isOtherTemplate(disclosure: Disclosure): boolean {
  return templateOf(disclosure).id !== "shanxi-13";
}

/** The sections a disclosure of `year` must have (a section the template gained later is not required before). */
export function sectionsRequiredIn(template: TemplateRequirements, year: number | null): RequiredSection[] {
  return template.requiredSections.filter((s) => !s.optional && (s.from === undefined || (year !== null && year >= s.from)));
}

const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

/** 1 → 一, 11 → 十一. */
export function sectionNumeral(no: number): string {
  return NUMERALS[no - 1] ?? String(no);
}

/** How a message names a section: Shanxi's by its numeral, the others' by their title. */
export function sectionName(template: TemplateRequirements, no: number): Localized {
  if (template.id === "shanxi-13") return L(`情况说明第${sectionNumeral(no)}部分`, `narrative section ${no}`);
  const section = [...template.requiredSections, ...template.requiredFront].find((s) => s.no === no);
  return section ? L(`情况说明“${section.title}”部分`, `the narrative's section ${quote(section.title)}`) : L(`情况说明第${no}部分`, `narrative section ${no}`);
}
