/* eslint-disable @typescript-eslint/no-explicit-any -- HyperFormula's plugin API keeps its AST and state types internal */
/**
 * The add-in's workbook functions registered in HyperFormula (GPL-3.0, a devDependency only), so the
 * tests can recalculate a sheet the way Excel does when an input cell changes.
 */
import { ArraySize, EmptyValue, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from "hyperformula";
import type { CellValue, Grid } from "../../src/core/sheetFunctions";
import { checkTie, checkTotals, SheetInputError, share } from "../../src/core/sheetFunctions";

type Ast = { args: unknown[] };

function toCell(value: unknown): CellValue {
  if (value === EmptyValue || value === undefined || value === null) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  const inner = (value as { val?: unknown }).val; // HyperFormula's rich numbers
  return typeof inner === "number" ? inner : String(value);
}

const asGrid = (range: SimpleRangeValue): Grid => range.data.map((row) => row.map(toCell));

export class BudgetFunctionsPlugin extends FunctionPlugin {
  checkTotals(ast: Ast, state: unknown) {
    return this.runFunction(ast.args as any, state as any, this.metadata("BUDGET.CHECK.TOTALS"), (range: SimpleRangeValue, tolerance?: number) => {
      try {
        return SimpleRangeValue.onlyValues(checkTotals(asGrid(range), tolerance ?? null));
      } catch (error) {
        if (error instanceof SheetInputError) return error.message;
        throw error;
      }
    });
  }

  checkTotalsSize(ast: Ast, state: unknown): ArraySize {
    const size = this.arraySizeForAst(ast.args[0] as any, state as any);
    return new ArraySize(1, size.height);
  }

  checkTie(ast: Ast, state: unknown) {
    return this.runFunction(ast.args as any, state as any, this.metadata("BUDGET.CHECK.TIE"), (a: unknown, b: unknown) => checkTie(toCell(a), toCell(b), null));
  }

  share(ast: Ast, state: unknown) {
    return this.runFunction(
      ast.args as any,
      state as any,
      this.metadata("BUDGET.SHARE"),
      (part: unknown, total: unknown) => share(toCell(part), toCell(total)) as number,
    );
  }
}

BudgetFunctionsPlugin.implementedFunctions = {
  "BUDGET.CHECK.TOTALS": {
    method: "checkTotals",
    arraySizeMethod: "checkTotalsSize",
    parameters: [{ argumentType: FunctionArgumentType.RANGE }, { argumentType: FunctionArgumentType.NUMBER, optionalArg: true }],
  },
  "BUDGET.CHECK.TIE": { method: "checkTie", parameters: [{ argumentType: FunctionArgumentType.SCALAR }, { argumentType: FunctionArgumentType.SCALAR }] },
  "BUDGET.SHARE": { method: "share", parameters: [{ argumentType: FunctionArgumentType.SCALAR }, { argumentType: FunctionArgumentType.SCALAR }] },
};

let registered = false;
export function budgetHyperFormula(sheets: Record<string, (string | number | null)[][]>): HyperFormula {
  if (!registered) {
    HyperFormula.registerFunctionPlugin(BudgetFunctionsPlugin, {
      enGB: { "BUDGET.CHECK.TOTALS": "BUDGET.CHECK.TOTALS", "BUDGET.CHECK.TIE": "BUDGET.CHECK.TIE", "BUDGET.SHARE": "BUDGET.SHARE" },
    });
    registered = true;
  }
  return HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3" });
}
