/** The words of a check flag, shared by the native formulas and =BUDGET.CHECK.TOTALS (coloured by their first characters). */
export const FLAG_OK = "✓";
export const FLAG_ROUNDING = "尾差";
export const FLAG_ERROR = "差";
export const FLAG_WARNING = "提示";
