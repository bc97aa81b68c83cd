/**
 * The Jiangsu provincial 部门预算 (2017–2018): twelve tables in 万元 (收支预算总表 … 一般公共预算基本支出
 * 预算表（经济科目）, "三公"经费、会议费、培训费, 机关运行经费, 政府采购), codes in one 科目编码 column, the
 * narrative as 第三部分 …部门预算情况说明. Some departments publish the text and the tables as two PDFs.
 */
import type { Template } from "./types";

export const JIANGSU: Template = {
  id: "jiangsu",
  name: { zh: "江苏省级部门预算格式", en: "Jiangsu provincial department budget layout" },
  tables: [
    {
      no: 1,
      key: "income-expenditure",
      title: "收支预算总表",
      titles: [/(?<!财政拨款)收支预算总表$/],
      layout: "sides",
      sides: [1, 1, 1],
      columns: ["金额"],
      moneyUnit: "万元",
    },
    { no: 2, key: "income", title: "收入预算总表", titles: [/收入预算总表$/], layout: "grouped", columns: ["金额"], moneyUnit: "万元" },
    {
      no: 3,
      key: "expenditure",
      title: "支出预算总表",
      titles: [/支出预算总表$/],
      layout: "values",
      columns: ["合计", "基本支出", "项目支出", "单位预留机动经费", "结转下年资金"],
      moneyUnit: "万元",
      rowTotalSources: [1, 2, 3, 4],
    },
    {
      no: 4,
      key: "fiscal",
      title: "财政拨款收支预算总表",
      titles: [/财政拨款收支预算总表$/],
      layout: "sides",
      sides: [1, 1],
      columns: ["金额"],
      moneyUnit: "万元",
    },
    {
      no: 5,
      key: "fiscal-functional",
      title: "财政拨款支出预算表（功能科目）",
      // Not 政府性基金预算财政拨款支出预算表 (table 10).
      titles: [/(?<![基金预算])财政拨款支出预算表$/],
      layout: "singleCode",
      columns: ["金额"],
      moneyUnit: "万元",
    },
    {
      no: 6,
      key: "fiscal-basic-economic",
      title: "财政拨款基本支出预算表（经济科目）",
      titles: [/财政拨款基本支出预算表$/],
      layout: "singleCode",
      columns: ["金额"],
      moneyUnit: "万元",
    },
    {
      no: 7,
      key: "general-functional",
      title: "一般公共预算支出预算表（功能科目）",
      titles: [/一般公共预算支出预算表$/],
      layout: "singleCode",
      columns: ["金额"],
      moneyUnit: "万元",
    },
    {
      no: 8,
      key: "general-basic-economic",
      title: "一般公共预算基本支出预算表（经济科目）",
      titles: [/一般公共预算基本支出预算表$/],
      layout: "singleCode",
      columns: ["金额"],
      moneyUnit: "万元",
    },
    {
      no: 9,
      key: "three-public",
      title: "“三公”经费、会议费、培训费支出预算表",
      // rd-2017 prints the title without its last character (…支出预算).
      titles: [/三公"?经费、会议费、培训费支出预算表?$/],
      layout: "values",
      // As printed: 合计 | "三公"经费 (小计, 因公出国, 公务用车 (小计, 购置, 运行维护), 公务接待) | 会议费 | 培训费.
      columns: [
        "合计",
        "“三公”经费小计",
        "因公出国(境)费",
        "公务用车购置及运行维护费",
        "公务用车购置费",
        "公务用车运行维护费",
        "公务接待费",
        "会议费",
        "培训费",
      ],
      moneyUnit: "万元",
    },
    {
      no: 10,
      key: "fund",
      title: "政府性基金支出预算表",
      titles: [/政府性基金(预算)?(财政拨款)?支出预算表$/],
      layout: "singleCode",
      columns: ["金额"],
      moneyUnit: "万元",
    },
    {
      no: 11,
      key: "admin-cost",
      title: "一般公共预算机关运行经费支出预算表",
      titles: [/机关运行经费支出预算表$/],
      layout: "singleCode",
      columns: ["金额"],
      moneyUnit: "万元",
    },
    {
      no: 12,
      key: "procurement",
      title: "政府采购支出预算表",
      titles: [/政府采购(支出)?预算表$/],
      layout: "named",
      columns: ["金额"],
      moneyUnit: "万元",
      optional: true,
    },
  ],
  narrativePart: { zh: "第三部分 部门预算情况说明", en: "part three, the narrative" },
  sections: [
    { no: 1, title: { zh: "收支预算总体情况说明", en: "revenue and expenditure overall" }, heading: /^[一二三四五六七八九十]+、收支预算总(体|表)情况说明$/ },
    { no: 2, title: { zh: "收入预算情况说明", en: "revenue" }, heading: /^[一二三四五六七八九十]+、收入预算(总体|总表)?情况说明$/ },
    { no: 3, title: { zh: "支出预算情况说明", en: "expenditure" }, heading: /^[一二三四五六七八九十]+、支出预算(总体|总表)?情况说明$/ },
  ],
  // What the relations (./relations.ts) do not cover: said in the coverage, so no "0 errors" claims more.
  unchecked: {
    zh: "江苏省级部门预算格式已检查表内合计与科目层级、表间关系、情况说明中的总额、占比、人员经费与公用经费、“三公”经费、会议费、培训费、机关运行经费、政府采购和逐项科目金额与表格的对照、增减幅度与金额的一致；与上年数的比较需上年文件（用 compare 对照），未按常见句式书写的说明语句未能识别，均未检查",
    en: "for the Jiangsu layout in-table totals and code levels, relations between tables, the narrative's totals, shares, 人员/公用经费, 三公, 会议费, 培训费, 机关运行经费, procurement and items against the tables, and rates of change against their amounts are checked; comparisons with last year need last year's document (use compare), and narrative sentences not in the usual wording are not recognised, so neither is checked",
  },
  blockEnds: [/^第[一二三四五]部分/],
  level: "部门",
};
