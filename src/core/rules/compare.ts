import { type Amount, amountToNumber, formatAmount, judgeSum, judgePercent, percentOf, formatPercent, type Percent } from "../amount";
import type { FindingInput, RuleContext } from "./types";
import { L, type Text, enOf, zhOf } from "../messages";
import { fmtEn, roundingTail, shareMessage, sumBase } from "../messages/findings";

export const num = (value: Amount | null): number | null => (value === null ? null : amountToNumber(value));
export const fmt = (value: Amount | null): string => (value === null ? "空" : formatAmount(value));

/** A printed total checked against the sum of its parts, with the 尾差 allowance. */
export function checkSum(
  ctx: RuleContext,
  params: { what: Text; addends: (Amount | null)[]; printed: Amount | null; tables: FindingInput["tables"]; lines: number[] },
): void {
  // A cell missing from a short row counts as blank.
  const present = params.addends.filter((v): v is Amount => v !== null && v !== undefined);
  if ((params.printed ?? null) === null && present.length === 0) return;
  const printed = params.printed ?? 0;
  const sum = present.reduce((a, b) => a + b, 0);
  const verdict = judgeSum(sum, printed, present.length);
  if (verdict === "ok") return;
  const difference = printed - sum;
  const base = sumBase(params.what, sum, params.printed, difference);
  ctx.report({
    severity: verdict === "rounding" ? "warning" : undefined,
    ...(verdict === "rounding" ? { rounding: true } : {}),
    tables: params.tables,
    message: verdict === "rounding" ? roundingTail(base, present.length) : L(`${base.zh}，应为${fmt(sum)}`, `${base.en}; it should be ${fmtEn(sum)}`),
    expected: num(sum),
    actual: num(params.printed),
    lines: params.lines,
  });
}

/** Two figures that must be the same number (a copied value: no rounding allowance). */
export function checkSame(
  ctx: RuleContext,
  params: {
    what: Text;
    expected: Amount | null;
    actual: Amount | null;
    tables: FindingInput["tables"];
    lines: number[];
    expectedLabel: Text;
    actualLabel: Text;
  },
): void {
  const expected = params.expected ?? 0;
  const actual = params.actual ?? 0;
  if (expected === actual) return;
  ctx.report({
    tables: params.tables,
    message: L(
      `${zhOf(params.what)}：${zhOf(params.actualLabel)}为${fmt(actual)}，${zhOf(params.expectedLabel)}为${fmt(expected)}，相差${fmt(actual - expected)}`,
      `${enOf(params.what)}: ${enOf(params.actualLabel)} ${fmtEn(actual)}, ${enOf(params.expectedLabel)} ${fmtEn(expected)}, difference ${fmtEn(actual - expected)}`,
    ),
    expected: num(expected),
    actual: num(actual),
    lines: params.lines,
  });
}

/** A stated percentage compared with the recomputed one at the precision it is stated in. */
export function checkPercent(
  ctx: RuleContext,
  params: { what: Text; stated: Percent; part: Amount; whole: Amount; tables: FindingInput["tables"]; lines: number[] },
): void {
  const recomputed = percentOf(params.part, params.whole, params.stated.decimals);
  if (recomputed === null) return;
  const verdict = judgePercent(recomputed, params.stated);
  if (verdict === "ok") return;
  const offByOne = verdict === "rounding";
  ctx.report({
    severity: offByOne ? "warning" : undefined,
    ...(offByOne ? { rounding: true } : {}),
    tables: params.tables,
    message: shareMessage(
      params.what,
      params.part,
      params.whole,
      formatPercent(recomputed, params.stated.decimals),
      formatPercent(params.stated.basisPoints, params.stated.decimals),
      offByOne,
    ),
    expected: formatPercent(recomputed, params.stated.decimals),
    actual: formatPercent(params.stated.basisPoints, params.stated.decimals),
    lines: params.lines,
  });
}

// The model's vocabulary moved to src/core/model; re-exported for rules written against this path.
export { bareName, rowsOn, rowNamed, totalRow, value, columnTotal, linesOf } from "../model/rows";
export { judgeSum, type SumVerdict } from "../amount";
