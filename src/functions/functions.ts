/* global CustomFunctions */
/* eslint-disable @typescript-eslint/no-explicit-any -- the metadata generator accepts only Excel's plain types (any, number, string, boolean and their [][]) */
/**
 * Workbook functions in the BUDGET namespace (=BUDGET.SHARE …). Thin wrappers over src/core:
 * they turn Excel's values into core calls and core input errors into Excel errors with a message.
 * Plain, non-volatile functions: Excel recalculates them whenever an input cell changes.
 * CustomFunctions.associate calls are added by custom-functions-metadata-plugin at build time.
 */
import { type CellValue, type Grid, SheetInputError, checkTie, checkTotals, rollup, share, yoy } from "../core/sheetFunctions";

function excelError(error: unknown): unknown {
  if (typeof CustomFunctions === "undefined") return error instanceof Error ? error : new Error(String(error));
  if (error instanceof SheetInputError) {
    const code =
      error.kind === "divideByZero"
        ? CustomFunctions.ErrorCode.divisionByZero
        : error.kind === "notAvailable"
          ? CustomFunctions.ErrorCode.notAvailable
          : CustomFunctions.ErrorCode.invalidValue;
    return new CustomFunctions.Error(code, error.message);
  }
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `计算失败：${error instanceof Error ? error.message : String(error)}`);
}

/** Runs a core function; no raw JavaScript exception ever reaches Excel. */
function guarded<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw excelError(error);
  }
}

/**
 * Share of a part in a total, rounded the way budget disclosures state it (172.13 of 856.71 → 0.2009, shown as 20.09%).
 * @customfunction SHARE
 * @helpurl https://localhost:3000/help.html#functions
 * @param {any[][]} part The part: one amount, or a range of amounts for a breakdown.
 * @param {number} total The total the shares are of.
 * @param {number} [decimals] Decimals of the percentage (default 2, i.e. 20.09%).
 * @param {boolean} [balanced] For a range: round by the largest-remainder method so the shares add up to exactly 100%.
 * @returns {number[][]} The share as a fraction (format the cell as %); a same-shaped range for a range.
 */
export function share_(part: any[][], total: number, decimals?: number, balanced?: boolean): number[][] {
  return guarded(() => {
    const single = part.length === 1 && part[0].length === 1;
    const result = share(single ? (part[0][0] as CellValue) : (part as Grid), total, decimals ?? null, balanced ?? null);
    return Array.isArray(result) ? result : [[result]];
  });
}

/**
 * Year-on-year change worded as disclosures word it: 增加86.53万元，增长11.24%.
 * @customfunction YOY
 * @helpurl https://localhost:3000/help.html#functions
 * @param {any} thisYear This year's amount.
 * @param {any} lastYear Last year's amount.
 * @param {string} [style] "text" (default) for the sentence, "amount" for the change, "percent" for the rate.
 * @returns {any} The wording, the change, or the rate.
 */
export function yoy_(thisYear: any, lastYear: any, style?: string): any {
  return guarded(() => yoy(thisYear, lastYear, style ?? "text"));
}

/**
 * Two figures that must agree (e.g. table 6 total and table 5 basic expenditure): ✓, 尾差 within the tolerance, or the difference.
 * @customfunction CHECK.TIE
 * @helpurl https://localhost:3000/help.html#functions
 * @param {any} a The figure being checked.
 * @param {any} b The figure it must equal.
 * @param {number} [tolerance] Difference accepted as rounding (default 0: copies must match exactly).
 * @returns {string} ✓, 尾差 x or 差 x：应为 y.
 */
export function checkTie_(a: any, b: any, tolerance?: number): string {
  return guarded(() => checkTie(a, b, tolerance ?? null));
}

/**
 * Sum of a functional-classification (科目编码) subtree, from its most detailed rows.
 * @customfunction ROLLUP
 * @helpurl https://localhost:3000/help.html#functions
 * @param {any[][]} codes The 科目编码 column.
 * @param {any[][]} amounts The amount column, as long as the codes.
 * @param {any} code The 3-, 5- or 7-digit code to total.
 * @returns {number} The subtree's sum.
 */
export function rollup_(codes: any[][], amounts: any[][], code: any): number {
  return guarded(() => rollup(codes as Grid, amounts as Grid, code as CellValue));
}

/**
 * Checks a range laid out like a standard table (code, name, amounts — or name and amounts), one flag per row: ✓, 尾差 0.01, or 差 x：应为 y.
 * @customfunction CHECK.TOTALS
 * @helpurl https://localhost:3000/help.html#functions
 * @param {any[][]} range The table: 科目编码, 科目名称 and amount columns, or a name column and amounts; header rows may be included.
 * @param {number} [tolerance] Difference accepted as rounding on top of the 尾差 rule (n addends × 0.005).
 * @returns {string[][]} One flag per row of the range.
 */
export function checkTotals_(range: any[][], tolerance?: number): string[][] {
  return guarded(() => checkTotals(range as Grid, tolerance ?? null));
}
