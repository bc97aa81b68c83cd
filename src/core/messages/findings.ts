/** Messages shared by the relations engine and the rules' helpers (sums, copies, shares), in both languages. */
import { type Amount, amountToNumber, formatAmount } from "../amount";
import { type Localized, L, enOf, zhOf } from "./index";

/** An amount as findings print it: "空" for an empty cell. */
export const fmt = (value: Amount | null): string => (value === null ? "空" : formatAmount(value));
/** An amount as findings give it in --json (expected, actual): a number in the table's unit. */
export const num = (value: Amount | null): number | null => (value === null ? null : amountToNumber(value));

/** An amount in English: "blank" for an empty cell (Chinese: 空). */
export const fmtEn = (value: Amount | null): string => (value === null ? "blank" : formatAmount(value));

/** "X：各项之和为…，表中为…，相差…" in both languages. */
export function sumBase(what: Localized | string, sum: number, printed: number | null, difference: number): Localized {
  return L(
    `${zhOf(what)}：各项之和为${fmt(sum)}，表中为${fmt(printed)}，相差${fmt(difference)}`,
    `${enOf(what)}: the parts add up to ${fmtEn(sum)}, the table prints ${fmtEn(printed)}, difference ${fmtEn(difference)}`,
  );
}

/** The 尾差 ending: n parts rounded, within the allowance. */
export const roundingTail = (base: Localized, parts: number): Localized =>
  L(`${base.zh}（${parts}项四舍五入的尾差，在允许范围内）`, `${base.en} (rounding of ${parts} parts, within the allowance)`);

/** A stated share against the recomputed one. */
export function shareMessage(what: Localized | string, part: number, whole: number, recomputed: string, stated: string, offByOne: boolean): Localized {
  return L(
    `${zhOf(what)}：按${fmt(part)}÷${fmt(whole)}应为${recomputed}，文中为${stated}${offByOne ? "（末位相差1，可能为凑整）" : ""}`,
    `${enOf(what)}: ${fmtEn(part)} ÷ ${fmtEn(whole)} gives ${recomputed}, the text says ${stated}${offByOne ? " (last digit off by one, perhaps rounded to make 100%)" : ""}`,
  );
}
