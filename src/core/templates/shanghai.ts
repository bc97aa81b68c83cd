/**
 * Shanghai's 9-table 部门/单位 budget (上海市普陀区 2024–2025): tables in 元 (the combined "三公"经费和
 * 机关运行经费预算表 in 万元), function codes in 类/款/项 columns, the narrative as 预算编制说明 and
 * 其他相关情况说明. The 单位 edition prints the same tables with 预算单位 in the titles.
 */
import type { Template } from "./types";

const EXPENDITURE = ["合计", "基本支出", "项目支出"];

export const SHANGHAI_9: Template = {
  id: "shanghai-9",
  name: { zh: "上海9张表格式（部门/单位预算）", en: "Shanghai 9-table layout (department/unit budget)" },
  tables: [
    {
      no: 1,
      key: "income-expenditure",
      title: "财务收支预算总表",
      titles: [/^财务收支预算总表$/],
      layout: "sides",
      sides: [1, -1],
      columns: ["预算数"],
      moneyUnit: "元",
    },
    {
      no: 2,
      key: "income",
      title: "收入预算总表",
      titles: [/^收入预算总表$/],
      layout: "splitCode",
      codeColumns: 3,
      columns: ["合计", "财政拨款收入", "事业收入", "事业单位经营收入", "其他收入"],
      moneyUnit: "元",
      rowTotalSources: [1, 2, 3, 4],
    },
    {
      no: 3,
      key: "expenditure",
      title: "支出预算总表",
      titles: [/^支出预算总表$/],
      layout: "splitCode",
      codeColumns: 3,
      columns: EXPENDITURE,
      moneyUnit: "元",
      rowTotalSources: [1, 2],
    },
    {
      no: 4,
      key: "fiscal",
      title: "财政拨款收支预算总表",
      titles: [/^财政拨款收支预算总表$/],
      layout: "sides",
      sides: [1, -1],
      columns: ["合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"],
      moneyUnit: "元",
      rowTotalSources: [1, 2, 3],
    },
    {
      no: 5,
      key: "general",
      title: "一般公共预算支出功能分类预算表",
      titles: [/^一般公共预算支出功能分类预算表$/],
      layout: "splitCode",
      codeColumns: 3,
      columns: EXPENDITURE,
      moneyUnit: "元",
      rowTotalSources: [1, 2],
    },
    {
      no: 6,
      key: "fund",
      title: "政府性基金预算支出功能分类预算表",
      titles: [/^政府性基金预算支出功能分类预算表$/],
      layout: "splitCode",
      codeColumns: 3,
      columns: EXPENDITURE,
      moneyUnit: "元",
      rowTotalSources: [1, 2],
    },
    {
      no: 7,
      key: "state-capital",
      title: "国有资本经营预算支出功能分类预算表",
      titles: [/^国有资本经营预算支出功能分类预算表$/],
      layout: "splitCode",
      codeColumns: 3,
      columns: EXPENDITURE,
      moneyUnit: "元",
      rowTotalSources: [1, 2],
    },
    {
      no: 8,
      key: "basic-economic",
      title: "一般公共预算基本支出部门预算经济分类预算表",
      titles: [/^一般公共预算基本支出部门预算经济分类预算表$/],
      layout: "splitCode",
      codeColumns: 2,
      columns: ["合计", "人员经费", "公用经费"],
      moneyUnit: "元",
      rowTotalSources: [1, 2],
    },
    {
      no: 9,
      key: "three-public-and-admin",
      title: "“三公”经费和机关运行经费预算表",
      titles: [/^"?三公"?经费和机关运行经费预算表$/],
      layout: "values",
      columns: ["三公经费合计", "因公出国(境)费", "公务接待费", "公务用车购置及运行费", "公务用车购置费", "公务用车运行费", "机关运行经费"],
      moneyUnit: "万元",
      combines: ["“三公”经费预算表", "机关运行经费预算表"],
    },
  ],
  narrativePart: { zh: "预算编制说明和其他相关情况说明", en: "the budget notes (预算编制说明, 其他相关情况说明)" },
  sections: [
    { no: 1, title: { zh: "预算编制说明", en: "budget notes" }, heading: /^(20\d\d年)?(区级)?(部门|单位)预算编制说明$/ },
    { no: 2, title: { zh: "其他相关情况说明", en: "other notes" }, heading: /^其他相关情况说明$/ },
  ],
  // What the relations (./relations.ts) do not cover: said in the coverage, so no "0 errors" claims more.
  unchecked: {
    zh: "上海9张表格式已检查表内合计与科目层级、表间合计及功能分类各类的金额、“三公”经费表的小计、情况说明中的收支总数、逐项科目金额、“三公”经费和机关运行经费（万元对元）、收支增减额与增减幅度、政府采购的分项之和；与上年数的比较需上年文件（用 compare 对照），绩效目标和国有资产占用情况没有可对照的表，未按常见句式书写的说明语句未能识别，均未检查",
    en: "for the Shanghai layout in-table totals and code levels, totals and function classes shared by tables, the three public expenses table's subtotals, the narrative's totals, items, three public expenses and administrative operating costs (10k yuan against yuan), its changes and rates and the procurement parts are checked; comparisons with last year need last year's document (use compare), performance targets and state assets have no table to check against, and narrative sentences not in the usual wording are not recognised, so none of these is checked",
  },
  blockEnds: [/^(20\d\d年)?(区级)?(部门|单位)预算编制说明$/, /^其他相关情况说明$/, /项目经费情况说明$/, /^名词解释$/, /(主要职能|机构设置)$/],
};
