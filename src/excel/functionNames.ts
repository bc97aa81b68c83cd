/**
 * Adds the workbook names of src/core/functionAliases (CHECK.TOTALS → BUDGET.CHECK.TOTALS …).
 * A name the user already has with another meaning is left alone and reported, never overwritten.
 */
import { FUNCTION_ALIASES, lambdaFormula } from "../core/functionAliases";

export interface NamesResult {
  added: string[];
  alreadyPresent: string[];
  /** Names that exist in the workbook with another formula: not touched. */
  conflicting: string[];
}

export async function addFunctionNames(context: Excel.RequestContext): Promise<NamesResult> {
  const names = context.workbook.names;
  const existing = FUNCTION_ALIASES.map((alias) => {
    const item = names.getItemOrNullObject(alias.name);
    item.load("formula");
    return { alias, item };
  });
  await context.sync();
  const result: NamesResult = { added: [], alreadyPresent: [], conflicting: [] };
  for (const { alias, item } of existing) {
    const formula = lambdaFormula(alias);
    if (!item.isNullObject) {
      (item.formula === formula ? result.alreadyPresent : result.conflicting).push(alias.name);
      continue;
    }
    names.add(alias.name, formula, alias.comment);
    result.added.push(alias.name);
  }
  if (result.added.length > 0) await context.sync();
  return result;
}
