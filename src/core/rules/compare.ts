/**
 * How findings print figures. The comparisons themselves (sum with the 尾差 allowance, copy, order,
 * share) are relations: src/core/relations evaluates them.
 */
import { type Amount, amountToNumber, formatAmount } from "../amount";

export const num = (value: Amount | null): number | null => (value === null ? null : amountToNumber(value));
export const fmt = (value: Amount | null): string => (value === null ? "空" : formatAmount(value));

// The model's vocabulary moved to src/core/model; re-exported for rules written against this path.
export { bareName, rowsOn, rowNamed, totalRow, value, columnTotal, linesOf } from "../model/rows";
export { judgeSum, type SumVerdict } from "../amount";
