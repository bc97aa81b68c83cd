/**
 * What each disclosure template requires of its 情况说明: which sections must be there and which must
 * explain their changes against last year. Only the Shanxi 13-table template is read today; other
 * provinces' templates add a row here.
 */
import type { Disclosure } from "../model";

export type TemplateId = "shanxi-13";

export interface RequiredSection {
  /** 1..12 for 一 … 十二 of 第三部分. */
  no: number;
  title: string;
}

export interface TemplateRequirements {
  id: TemplateId;
  name: string;
  /** The sections of 第三部分 the template requires, in order. */
  requiredSections: RequiredSection[];
  /** Sections whose changes against last year must each be followed by a reason. */
  reasonSections: number[];
  /** The glossary part (exempt from the wording rules, required to be present). */
  glossaryTitle: string;
  /** The sections that state 三公经费, 政府采购 and 绩效目标. */
  threePublicSection: number;
  procurementSection: number;
  performanceSection: number;
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
  reasonSections: [1, 7, 8],
  glossaryTitle: "名词解释",
  threePublicSection: 7,
  procurementSection: 9,
  performanceSection: 10,
};

const TEMPLATES: Record<TemplateId, TemplateRequirements> = { "shanxi-13": SHANXI_13 };

/** The template a disclosure follows (the reader reads the Shanxi template only, so far). */
export function templateOf(_disclosure: Disclosure): TemplateRequirements {
  return TEMPLATES["shanxi-13"];
}

const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

/** 1 → 一, 11 → 十一. */
export function sectionNumeral(no: number): string {
  return NUMERALS[no - 1] ?? String(no);
}
