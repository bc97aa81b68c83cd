/**
 * Workbook names that let users type the functions without the add-in's namespace, e.g.
 * =CHECK.TOTALS(A1:E20) for =BUDGET.CHECK.TOTALS(A1:E20): each is a LAMBDA around the custom function.
 * (An add-in has exactly one custom-functions namespace; names are Excel's own way to alias.)
 */
export interface FunctionAlias {
  /** The workbook name. */
  name: string;
  /** The custom function it calls. */
  target: string;
  required: string[];
  optional: string[];
  comment: string;
  /** A call with arguments the function accepts: evaluated after the name is added, to see that it works in this Excel. */
  probe: string;
}

export const FUNCTION_ALIASES: readonly FunctionAlias[] = [
  {
    name: "CHECK.TOTALS",
    target: "BUDGET.CHECK.TOTALS",
    required: ["range"],
    optional: ["tolerance"],
    comment: "逐行核对合计（预算公开助手）",
    probe: 'CHECK.TOTALS({"合计",3;"甲",1;"乙",2})',
  },
  {
    name: "CHECK.TIE",
    target: "BUDGET.CHECK.TIE",
    required: ["a", "b"],
    optional: ["tolerance"],
    comment: "核对两个应相等的数（预算公开助手）",
    probe: "CHECK.TIE(1,1)",
  },
  // Not plain SHARE: SHARE is an Excel 4.0 macro command name, which Microsoft says not to use for names.
  {
    name: "SHARE.OF",
    target: "BUDGET.SHARE",
    required: ["part", "total"],
    optional: ["decimals", "balanced"],
    comment: "计算占比（预算公开助手）",
    probe: "SHARE.OF(1,4)",
  },
  { name: "YOY", target: "BUDGET.YOY", required: ["this_year", "last_year"], optional: ["style"], comment: "同比变动（预算公开助手）", probe: "YOY(2,1)" },
  {
    name: "ROLLUP",
    target: "BUDGET.ROLLUP",
    required: ["codes", "amounts", "code"],
    optional: [],
    comment: "科目汇总（预算公开助手）",
    probe: 'ROLLUP({"201";"20101"},{0;5},"201")',
  },
];

/**
 * The LAMBDA for an alias. Optional parameters are passed on only when given, so the custom function
 * sees them as omitted: =LAMBDA(range,[tolerance],IF(ISOMITTED(tolerance),F(range),F(range,tolerance))).
 */
export function lambdaFormula(alias: FunctionAlias): string {
  const call = (args: string[]) => `${alias.target}(${args.join(",")})`;
  // Nest from the last optional parameter: each level either stops here or passes one more argument.
  let body = call([...alias.required, ...alias.optional]);
  for (let i = alias.optional.length - 1; i >= 0; i--) {
    body = `IF(ISOMITTED(${alias.optional[i]}),${call([...alias.required, ...alias.optional.slice(0, i)])},${body})`;
  }
  const parameters = [...alias.required, ...alias.optional.map((p) => `[${p}]`)];
  return `=LAMBDA(${parameters.join(",")},${body})`;
}
