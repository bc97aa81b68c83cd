export const INCOME_SOURCES: [RegExp, RegExp][] = [
  [/一般公共预算/, /^一般公共预算/],
  [/政府性基金/, /^政府性基金/],
  [/国有资本经营/, /^国有资本经营/],
  [/财政专户/, /^财政专户/],
  [/单位资金/, /^单位资金/],
  [/^上年结转/, /^上年结转$/],
];

/** The items of 三公经费 as the narrative names them, and the table 10 rows they restate. */
export const THREE_PUBLIC_ITEMS: [RegExp, RegExp][] = [
  [/因公出国/, /^因公出国/],
  [/公务接待费/, /^公务接待费/],
  [/公务用车购置及运行/, /^公务用车购置及运行/],
  [/运行维护费/, /^公务用车运行/],
  [/^公务用车购置费$/, /^公务用车购置费$/],
];
