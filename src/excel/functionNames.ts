/**
 * Adds the workbook names of src/core/functionAliases (CHECK.TOTALS → BUDGET.CHECK.TOTALS …), only
 * when the user asks (never inside an import). LAMBDA needs Excel for Microsoft 365 or Excel 2024, and
 * a custom function called from a LAMBDA is documented for recent builds only (office-js#3592), so
 * each name is its own step: added in its own round trip, then tried out through a temporary name
 * that calls it; a name that evaluates to an error (or that Excel refuses) is removed and reported.
 * A name the user already has with another meaning is left alone and reported, never overwritten.
 */
import { FUNCTION_ALIASES, lambdaFormula, type FunctionAlias } from "../core/functionAliases";

export interface NamesResult {
  added: string[];
  alreadyPresent: string[];
  /** Names that exist in the workbook with another formula: not touched. */
  conflicting: string[];
  /** Names this Excel refused or could not evaluate: removed again, with Excel's answer. */
  failed: { name: string; reason: string }[];
}

const PROBE_NAME = "BudgetNameProbe";
/** A custom function computes asynchronously: while its result is #BUSY!, ask again a few times. */
const BUSY_RETRIES = 10;

async function evaluate(context: Excel.RequestContext, alias: FunctionAlias, wait: (ms: number) => Promise<void>): Promise<{ ok: boolean; value: string }> {
  const names = context.workbook.names;
  const probe = names.add(PROBE_NAME, `=${alias.probe}`);
  probe.load("type,value");
  await context.sync(); // when Excel refuses the probe, nothing was added
  try {
    for (let k = 0; k < BUSY_RETRIES && String(probe.value) === "#BUSY!"; k++) {
      await wait(300);
      probe.load("type,value");
      await context.sync();
    }
    const value = String(probe.value);
    return { ok: probe.type !== "Error" && !value.startsWith("#"), value };
  } finally {
    probe.delete();
    await context.sync();
  }
}

export async function addFunctionNames(
  context: Excel.RequestContext,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<NamesResult> {
  const names = context.workbook.names;
  const existing = FUNCTION_ALIASES.map((alias) => {
    const item = names.getItemOrNullObject(alias.name);
    item.load("formula");
    return { alias, item };
  });
  const leftover = names.getItemOrNullObject(PROBE_NAME); // from an attempt that was interrupted
  await context.sync();
  if (!leftover.isNullObject) {
    leftover.delete();
    await context.sync();
  }
  const result: NamesResult = { added: [], alreadyPresent: [], conflicting: [], failed: [] };
  for (const { alias, item } of existing) {
    const formula = lambdaFormula(alias);
    if (!item.isNullObject) {
      (item.formula === formula ? result.alreadyPresent : result.conflicting).push(alias.name);
      continue;
    }
    try {
      names.add(alias.name, formula, alias.comment);
      await context.sync(); // its own step: a name Excel refuses stops only itself
    } catch (error) {
      result.failed.push({ name: alias.name, reason: error instanceof Error ? error.message : String(error) });
      continue;
    }
    let probe: { ok: boolean; value: string };
    try {
      probe = await evaluate(context, alias, wait);
    } catch (error) {
      probe = { ok: false, value: error instanceof Error ? error.message : String(error) };
    }
    if (probe.ok) {
      result.added.push(alias.name);
      continue;
    }
    names.getItem(alias.name).delete();
    await context.sync();
    result.failed.push({ name: alias.name, reason: probe.value });
  }
  return result;
}
