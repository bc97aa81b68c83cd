/** Names the tables and the narrative use for the same figure, as data. */

/** Table 1's income items → the column of table 2 that totals them. */
export const T1_INCOME_TO_T2_COLUMN: [RegExp, number][] = [
  [/^一般公共预算/, 1],
  [/^政府性基金/, 2],
  [/^国有资本经营/, 3],
  [/^财政专户/, 4],
  [/^单位资金/, 5],
  // Not part of 本年收入, but the same figure: table 2's 上年结转 column.
  [/^上年结转$/, 6],
];

/** The sources of income as the narrative names them (二), and the table 1 rows they restate. */
export const INCOME_SOURCES: [RegExp, RegExp][] = [
  [/一般公共预算/, /^一般公共预算/],
  [/政府性基金/, /^政府性基金/],
  [/国有资本经营/, /^国有资本经营/],
  [/财政专户/, /^财政专户/],
  [/单位资金/, /^单位资金/],
  [/^上年结转/, /^上年结转$/],
];

/** The kinds of appropriation as the narrative names them (四), and the table 4 income rows. */
export const APPROPRIATION_KINDS: [RegExp, RegExp][] = [
  [/^一般公共预算拨款$/, /^一般公共预算$/],
  [/^政府性基金预算拨款$/, /^政府性基金预算$/],
  [/^国有资本经营预算拨款$/, /^国有资本经营预算$/],
];

/** The items of 三公经费 as the narrative names them, and the table 10 rows they restate. */
export const THREE_PUBLIC_ITEMS: [RegExp, RegExp][] = [
  [/因公出国/, /^因公出国/],
  [/公务接待费/, /^公务接待费/],
  [/公务用车购置及运行/, /^公务用车购置及运行/],
  [/运行维护费/, /^公务用车运行/],
  [/^公务用车购置费$/, /^公务用车购置费$/],
];

/** Economic items of table 6 and the functional codes (table 5) that pay for them. */
export const ECONOMIC_TO_FUNCTIONAL: [RegExp, string[]][] = [
  [/^机关事业单位基本养老保险缴费$/, ["2080505"]],
  [/^职业年金缴费$/, ["2080506"]],
  [/^职工基本医疗保险缴费$/, ["2101101", "2101102"]],
  [/^公务员医疗补助缴费$/, ["2101103"]],
  [/^住房公积金$/, ["2210201"]],
  [/^退休费$/, ["2080501", "2080502"]],
];
