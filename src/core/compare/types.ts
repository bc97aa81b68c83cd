import type { Amount } from "../amount";
import type { Finding, Severity } from "../rules/types";
import type { TablePair } from "./match";

export interface CompareOptions {
  /** A change is large from this share of last year's figure on, in percent (default 30). */
  largeChangePercent: number;
  /** …and from this amount on, in 万元 (default 10). */
  largeChangeWanyuan: number;
}

export const DEFAULT_COMPARE_OPTIONS: CompareOptions = { largeChangePercent: 30, largeChangeWanyuan: 10 };

/** A finding of the comparison: `lines` are this year's document's, `lastLines` last year's. */
export interface PriorYearFinding extends Finding {
  scope: "prior-year";
  lastLines: number[];
}

/** What one year-on-year statement of this year's document was checked against. */
export interface StatementCheck {
  section: number;
  label: string;
  line: number;
  /** The figure last year published for it (万元 hundredths), or null when none was found. */
  lastValue: Amount | null;
  /** Where last year published it ("上年表3“行政运行”"). */
  lastSource: string | null;
  /** The same in English (document names quoted). */
  lastSourceEn: string | null;
  lastLines: number[];
  verdict: "agrees" | "rounding" | "differs" | "not-found";
}

export interface Comparison {
  findings: PriorYearFinding[];
  statements: StatementCheck[];
  tables: TablePair[];
}

export interface PriorYearRule {
  id: string;
  severity: Severity;
  description: { zh: string; en: string };
}

/** The comparison's findings by kind, with stable ids like the rule catalogue's. */
export const PRIOR_YEAR_RULES = {
  change: {
    id: "prior-year-change",
    severity: "error",
    description: {
      zh: "“比上年增加/减少X，增长/下降y%”与上年公开的数字不符（照抄的数须完全一致，合计数允许n×0.005的尾差）",
      en: "A stated change over last year disagrees with the figure last year's disclosure published (exact for copies, n × 0.005 for sums)",
    },
  },
  same: {
    id: "prior-year-same",
    severity: "error",
    description: { zh: "说“与上年相同/持平/一致”，但上年公开的数字不同", en: "Said to be the same as last year, but last year published another figure" },
  },
  largeChange: {
    id: "prior-year-large-change",
    severity: "warning",
    description: {
      zh: "表中某行比上年变动较大（默认±30%且不少于10万元），情况说明未说明原因",
      en: "A table row changed a lot over last year (default ±30% and at least 10 (10k yuan)) and the narrative gives no reason",
    },
  },
  items: {
    id: "prior-year-items",
    severity: "info",
    description: {
      zh: "新增或取消的项目、科目、“三公”经费项目（情况说明未提及其变动的）",
      en: "Projects, subjects and “three public” expense items that appeared or disappeared, where the narrative does not state their change",
    },
  },
  unit: {
    id: "prior-year-unit",
    severity: "warning",
    description: {
      zh: "两份公开的单位名称、预算级次（部门/单位）或年度不衔接",
      en: "The two documents' unit name, level (department or unit) or years do not follow on",
    },
  },
  unmatched: {
    id: "prior-year-unmatched",
    severity: "info",
    description: {
      zh: "同比说法在上年公开中找不到对应的数字，未能核对",
      en: "A year-on-year statement whose figure could not be found in last year's disclosure, so it was not checked",
    },
  },
} as const satisfies Record<string, PriorYearRule>;
