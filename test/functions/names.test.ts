import { OfficeMockObject } from "office-addin-mock";
import { FUNCTION_ALIASES, lambdaFormula } from "../../src/core/functionAliases";
import { addFunctionNames } from "../../src/excel/functionNames";

test("the LAMBDA definitions are well-formed: balanced, each parameter used, optional ones passed only when given", () => {
  expect(lambdaFormula(FUNCTION_ALIASES[0])).toBe(
    "=LAMBDA(range,[tolerance],IF(ISOMITTED(tolerance),BUDGET.CHECK.TOTALS(range),BUDGET.CHECK.TOTALS(range,tolerance)))",
  );
  expect(lambdaFormula(FUNCTION_ALIASES.find((a) => a.name === "SHARE")!)).toBe(
    "=LAMBDA(part,total,[decimals],[balanced],IF(ISOMITTED(decimals),BUDGET.SHARE(part,total),IF(ISOMITTED(balanced),BUDGET.SHARE(part,total,decimals),BUDGET.SHARE(part,total,decimals,balanced))))",
  );
  for (const alias of FUNCTION_ALIASES) {
    const formula = lambdaFormula(alias);
    let depth = 0;
    for (const ch of formula) {
      depth += ch === "(" ? 1 : ch === ")" ? -1 : 0;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    // Excel name rules: a letter first; letters, digits, periods, underscores; not a cell reference.
    expect(alias.name).toMatch(/^[A-Z][A-Z0-9._]*$/);
    expect(alias.name).not.toMatch(/^[A-Z]{1,3}\d+$/);
    expect(formula).toContain(`${alias.target}(`);
    // Every parameter is declared and used: it appears at least twice.
    for (const p of [...alias.required, ...alias.optional]) expect(formula.split(p).length).toBeGreaterThan(2);
  }
});

function workbookWith(existing: Record<string, string>) {
  const added: [string, string, string][] = [];
  // Items live inside the mock's object tree so that context.sync() loads what the code asked for.
  const items: Record<string, { formula: string; isNullObject: boolean }> = { missing: { formula: "", isNullObject: true } };
  Object.values(existing).forEach((formula, i) => (items[`item${i}`] = { formula, isNullObject: false }));
  const keys = Object.fromEntries(Object.keys(existing).map((name, i) => [name, `item${i}`]));
  const mock = new OfficeMockObject({
    workbook: {
      names: {
        items,
        getItemOrNullObject(name: string) {
          const item = (this as unknown as { items: Record<string, OfficeMockObject> }).items[keys[name] ?? "missing"];
          item.load("isNullObject"); // Office.js sets isNullObject at the next sync without a load; the mock needs one
          return item;
        },
        add(name: string, reference: string, comment: string) {
          added.push([name, reference, comment]);
        },
      },
    },
  });
  return { context: mock as unknown as Excel.RequestContext, added };
}

test("adds every alias to a workbook that has none", async () => {
  const { context, added } = workbookWith({});
  const result = await addFunctionNames(context);
  expect(result.added).toEqual(FUNCTION_ALIASES.map((a) => a.name));
  expect(added.map(([name, formula]) => [name, formula])).toEqual(FUNCTION_ALIASES.map((a) => [a.name, lambdaFormula(a)]));
});

test("never overwrites a name the user already has with another meaning", async () => {
  const { context, added } = workbookWith({ SHARE: "=Sheet1!$A$1", "CHECK.TOTALS": lambdaFormula(FUNCTION_ALIASES[0]) });
  const result = await addFunctionNames(context);
  expect(result.conflicting).toEqual(["SHARE"]);
  expect(result.alreadyPresent).toEqual(["CHECK.TOTALS"]);
  expect(added.map(([name]) => name)).not.toContain("SHARE");
  expect(added.map(([name]) => name)).not.toContain("CHECK.TOTALS");
});
