import { type Amount, amountToNumber, formatAmount, percentOf, formatPercent, type Percent } from "../amount";
import type { DisclosureTable, TableRow, RowSide } from "../model";
import { foldKey } from "../reader/text";
import type { FindingInput, RuleContext } from "./types";

/**
 * The rounding model (尾差). A printed total of n addends, each printed rounded to 0.01, may differ
 * from their exact sum by up to n × 0.005, i.e. n half-hundredths. Beyond that it is an error.
 */
export type SumVerdict = "ok" | "rounding" | "error";

export function judgeSum(sumOfAddends: Amount, printed: Amount, addendCount: number): SumVerdict {
  const difference = Math.abs(sumOfAddends - printed);
  if (difference === 0) return "ok";
  return difference * 2 <= Math.max(addendCount, 1) ? "rounding" : "error";
}

export const num = (value: Amount | null): number | null => (value === null ? null : amountToNumber(value));
export const fmt = (value: Amount | null): string => (value === null ? "空" : formatAmount(value));

/** A printed total checked against the sum of its parts, with the 尾差 allowance. */
export function checkSum(
  ctx: RuleContext,
  params: { what: string; addends: (Amount | null)[]; printed: Amount | null; tables: FindingInput["tables"]; lines: number[] },
): void {
  // A cell missing from a short row counts as blank.
  const present = params.addends.filter((v): v is Amount => v !== null && v !== undefined);
  if ((params.printed ?? null) === null && present.length === 0) return;
  const printed = params.printed ?? 0;
  const sum = present.reduce((a, b) => a + b, 0);
  const verdict = judgeSum(sum, printed, present.length);
  if (verdict === "ok") return;
  const difference = printed - sum;
  const base = `${params.what}：各项之和为${fmt(sum)}，表中为${fmt(params.printed)}，相差${fmt(difference)}`;
  ctx.report({
    severity: verdict === "rounding" ? "warning" : undefined,
    ...(verdict === "rounding" ? { rounding: true } : {}),
    tables: params.tables,
    message: verdict === "rounding" ? `${base}（${present.length}项四舍五入的尾差，在允许范围内）` : `${base}，应为${fmt(sum)}`,
    expected: num(sum),
    actual: num(params.printed),
    lines: params.lines,
  });
}

/** Two figures that must be the same number (a copied value: no rounding allowance). */
export function checkSame(
  ctx: RuleContext,
  params: {
    what: string;
    expected: Amount | null;
    actual: Amount | null;
    tables: FindingInput["tables"];
    lines: number[];
    expectedLabel: string;
    actualLabel: string;
  },
): void {
  const expected = params.expected ?? 0;
  const actual = params.actual ?? 0;
  if (expected === actual) return;
  ctx.report({
    tables: params.tables,
    message: `${params.what}：${params.actualLabel}为${fmt(actual)}，${params.expectedLabel}为${fmt(expected)}，相差${fmt(actual - expected)}`,
    expected: num(expected),
    actual: num(actual),
    lines: params.lines,
  });
}

/** A stated percentage compared with the recomputed one at the precision it is stated in. */
export function checkPercent(
  ctx: RuleContext,
  params: { what: string; stated: Percent; part: Amount; whole: Amount; tables: FindingInput["tables"]; lines: number[] },
): void {
  const recomputed = percentOf(params.part, params.whole, params.stated.decimals);
  if (recomputed === null) return;
  if (recomputed === params.stated.basisPoints) return;
  const unit = 10 ** (2 - params.stated.decimals); // one unit of the last stated digit, in basis points
  const offByOne = Math.abs(recomputed - params.stated.basisPoints) <= unit;
  ctx.report({
    severity: offByOne ? "warning" : undefined,
    ...(offByOne ? { rounding: true } : {}),
    tables: params.tables,
    message: `${params.what}：按${fmt(params.part)}÷${fmt(params.whole)}应为${formatPercent(recomputed, params.stated.decimals)}，文中为${formatPercent(params.stated.basisPoints, params.stated.decimals)}${offByOne ? "（末位相差1，可能为凑整）" : ""}`,
    expected: formatPercent(recomputed, params.stated.decimals),
    actual: formatPercent(params.stated.basisPoints, params.stated.decimals),
    lines: params.lines,
  });
}

/** Class names without their numbering: "一、一般公共服务支出" → "一般公共服务支出". */
export function bareName(name: string): string {
  return foldKey(name)
    .replace(/^[一二三四五六七八九十]+、/, "")
    .replace(/^[①②③④⑤⑥⑦⑧⑨]/, "");
}

export function rowsOn(table: DisclosureTable | undefined, side?: RowSide): TableRow[] {
  if (!table) return [];
  return side ? table.rows.filter((r) => r.side === side) : table.rows;
}

export function rowNamed(table: DisclosureTable | undefined, name: string | RegExp, side?: RowSide): TableRow | undefined {
  return rowsOn(table, side).find((r) => (typeof name === "string" ? bareName(r.name) === name : name.test(bareName(r.name))));
}

export function totalRow(table: DisclosureTable | undefined, side?: RowSide): TableRow | undefined {
  return rowsOn(table, side).find((r) => r.kind === "total");
}

export function value(row: TableRow | undefined, column: number): Amount | null {
  return row?.values[column] ?? null;
}

/** The column total of a table: its 合计 row if it has one. */
export function columnTotal(table: DisclosureTable | undefined, column: number): Amount | null {
  return value(totalRow(table), column);
}

export function linesOf(...rows: (TableRow | undefined)[]): number[] {
  return rows.filter((r): r is TableRow => r !== undefined).map((r) => r.line);
}
