import type { TableNo } from "./model";

export type TableLayout =
  /** 科目编码 | 科目名称 | amounts… (tables 2, 3, 5, 7, 8) */
  | "coded"
  /** 收入 name | amount ‖ 支出 name | amounts… (tables 1, 4) */
  | "twoSided"
  /** coded income ‖ coded expenditure (table 9) */
  | "twoSidedCoded"
  /** 部门经济科目 | 政府经济科目 | amounts (table 6) */
  | "economic"
  /** name | amounts (tables 10, 11) */
  | "named"
  /** project name | amounts, with the unit's subtotal row (tables 12, 13) */
  | "projects";

export interface TableSpec {
  no: TableNo;
  /** The standard title without the year. */
  title: string;
  /** Short name for sheet tabs ("表03 支出总表"). */
  shortTitle: string;
  layout: TableLayout;
  columns: string[];
  incomeColumns?: string[];
  /** Matches the folded title line with the year removed. */
  titlePattern: RegExp;
  /** Which columns make up column 0 (合计/小计) of each row (the expenditure side's in two-sided tables). */
  rowTotalSources?: number[];
  /**
   * The published header's first row over the amount columns: [label, first column, count], columns
   * counted from the first amount column; "{year}" is the budget year. Default: 项目 | {year}年预算数.
   */
  headerGroups?: [string, number, number][];
  /** The name column's header when not 项目. */
  nameHeader?: string;
  /** Rows that total others by name (not by 合计/小计 in their name). */
  subtotalNames?: string[];
  /**
   * In a drafted disclosure, this table's figures are taken from these tables wherever a declared
   * relation says a cell of it equals one of theirs (src/core/draft/draftFormulas.ts).
   */
  draftSources?: TableNo[];
}

const FUND_COLUMNS = ["合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"];
const EXPENDITURE_COLUMNS = ["合计", "基本支出", "项目支出"];

/** The 13 standard tables. Order matters for title matching: specific patterns first. */
export const TABLE_SPECS: readonly TableSpec[] = [
  {
    no: 4,
    title: "财政拨款收支总表",
    shortTitle: "财政拨款收支总表",
    layout: "twoSided",
    incomeColumns: ["金额"],
    columns: ["小计", "一般公共预算", "政府性基金预算", "国有资本经营预算"],
    titlePattern: /财政拨款收支总表/,

    draftSources: [1, 5, 8, 9],
    rowTotalSources: [1, 2, 3],
  },
  {
    no: 9,
    title: "国有资本经营预算收支预算表",
    shortTitle: "国资经营收支表",
    layout: "twoSidedCoded",
    incomeColumns: ["国有资本经营收入预算"],
    columns: EXPENDITURE_COLUMNS,
    titlePattern: /国有资本经营预算收支(预算)?表/,
  },
  {
    no: 1,
    title: "预算收支总表",
    shortTitle: "收支总表",
    layout: "twoSided",
    incomeColumns: ["金额"],
    columns: ["合计", "当年预算安排", "上年结转安排"],
    titlePattern: /预算收支总表/,

    draftSources: [2, 3],
    rowTotalSources: [1, 2],
  },
  {
    no: 2,
    title: "预算收入总表",
    shortTitle: "收入总表",
    layout: "coded",
    columns: ["合计", "一般公共预算", "政府性基金", "国有资本经营预算", "财政专户管理资金", "单位资金", "上年结转"],
    titlePattern: /预算收入总表/,

    rowTotalSources: [1, 2, 3, 4, 5],
    headerGroups: [
      ["本年收入", 0, 6],
      ["上年结转", 6, 1],
    ],
  },
  {
    no: 3,
    title: "预算支出总表",
    shortTitle: "支出总表",
    layout: "coded",
    columns: EXPENDITURE_COLUMNS,
    titlePattern: /预算支出总表/,

    rowTotalSources: [1, 2],
  },
  {
    no: 6,
    title: "一般公共预算安排基本支出分经济科目表",
    nameHeader: "经济科目",
    shortTitle: "基本支出经济科目表",
    layout: "economic",
    columns: ["合计", "人员经费", "公用经费"],
    titlePattern: /基本支出分经济科目/,

    rowTotalSources: [1, 2],
  },
  {
    no: 5,
    title: "一般公共预算支出预算表",
    shortTitle: "一般公共预算支出表",
    layout: "coded",
    columns: EXPENDITURE_COLUMNS,
    titlePattern: /一般公共预算支出(预算)?表/,

    draftSources: [3],
    rowTotalSources: [1, 2],
  },
  {
    no: 7,
    title: "政府性基金预算收入表",
    shortTitle: "政府性基金收入表",
    layout: "coded",
    columns: ["政府性基金收入预算"],
    titlePattern: /政府性基金预算收入表/,

    headerGroups: [["政府性基金收入预算", 0, 1]],
  },
  {
    no: 8,
    title: "政府性基金预算支出表",
    shortTitle: "政府性基金支出表",
    layout: "coded",
    columns: EXPENDITURE_COLUMNS,
    titlePattern: /政府性基金预算支出表/,

    rowTotalSources: [1, 2],
  },
  {
    no: 10,
    title: '"三公"经费支出预算表',
    subtotalNames: ["公务用车购置及运行费"],
    shortTitle: "三公经费表",
    layout: "named",
    columns: FUND_COLUMNS,
    titlePattern: /三公"?经费支出预算表/,

    rowTotalSources: [1, 2, 3],
  },
  {
    no: 11,
    title: "机关运行经费预算表",
    shortTitle: "机关运行经费表",
    layout: "named",
    columns: FUND_COLUMNS,
    titlePattern: /机关运行经费预算表/,

    draftSources: [6],
    rowTotalSources: [1, 2, 3],
    nameHeader: "单位名称",
  },
  {
    no: 13,
    title: "项目支出预算表(上年结转)",
    shortTitle: "项目支出表(结转)",
    layout: "projects",
    columns: FUND_COLUMNS,
    titlePattern: /项目支出预算表\(?上年结转/,

    rowTotalSources: [1, 2, 3],
    headerGroups: [
      ["合计", 0, 1],
      ["{year}年财政拨款", 1, 3],
    ],
    nameHeader: "项目名称",
  },
  {
    no: 12,
    title: "项目支出预算表(本年预算)",
    shortTitle: "项目支出表",
    layout: "projects",
    columns: [...FUND_COLUMNS, "财政专户管理资金", "单位资金"],
    titlePattern: /项目支出预算表(\(?本年预算\)?)?$/,

    rowTotalSources: [1, 2, 3, 4, 5],
    headerGroups: [
      ["合计", 0, 1],
      ["{year}年财政拨款", 1, 3],
      ["财政专户管理资金", 4, 1],
      ["单位资金", 5, 1],
    ],
    nameHeader: "项目名称",
  },
];

export function tableSpec(no: TableNo): TableSpec {
  const spec = TABLE_SPECS.find((s) => s.no === no);
  if (!spec) throw new Error(`no spec for table ${no}`);
  return spec;
}

/** Which standard table a folded line titles, or null. */
/** Longer keys are sentences that mention a table, not its title. */
export const TITLE_MAX_LENGTH = 70;

export function matchTableTitle(key: string): TableNo | null {
  if (key.length > TITLE_MAX_LENGTH || key.includes("绩效") || key.endsWith("。")) return null;
  const withoutCaption = key.replace(/^表[一二三四五六七八九十]+/, "");
  if (!/^(20\d\d年度?|[^\d]{0,30}20\d\d年度?)/.test(withoutCaption) && !/^[^\d]{0,4}(预算|财政|一般|政府|国有|项目|"?三公)/.test(withoutCaption)) {
    return null;
  }
  const rest = withoutCaption.replace(/^.*?20\d\d年度?/, "");
  for (const spec of TABLE_SPECS) if (spec.titlePattern.test(rest)) return spec.no;
  return null;
}

/** Which columns make up column 0 (合计/小计) of each single-sided table's rows. */
export const ROW_TOTAL_SOURCES: Partial<Record<TableNo, number[]>> = Object.fromEntries(
  TABLE_SPECS.filter((spec) => spec.rowTotalSources && !spec.incomeColumns).map((spec) => [spec.no, spec.rowTotalSources!]),
);
