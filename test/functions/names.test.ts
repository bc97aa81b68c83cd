import { OfficeMockObject } from "office-addin-mock";
import { FUNCTION_ALIASES, lambdaFormula } from "../../src/core/functionAliases";
import { addFunctionNames } from "../../src/excel/functionNames";

test("the LAMBDA definitions are well-formed: balanced, each parameter used, optional ones passed only when given", () => {
  expect(lambdaFormula(FUNCTION_ALIASES[0])).toBe(
    "=LAMBDA(range,[tolerance],IF(ISOMITTED(tolerance),BUDGET.CHECK.TOTALS(range),BUDGET.CHECK.TOTALS(range,tolerance)))",
  );
  expect(lambdaFormula(FUNCTION_ALIASES.find((a) => a.name === "SHARE.OF")!)).toBe(
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

test("no alias is an Excel 4.0 macro command name (SHARE is one: Microsoft says to avoid them)", () => {
  expect(FUNCTION_ALIASES.map((a) => a.name)).not.toContain("SHARE");
  for (const alias of FUNCTION_ALIASES) expect(alias.probe.startsWith(`${alias.name}(`)).toBe(true);
});

type Behaviour = {
  /** Excel refuses names.add for these (e.g. it cannot parse LAMBDA). */
  refuse?: string[];
  /** What a probe of each alias evaluates to, in turn; the last one repeats. Default: a value. */
  evaluates?: Record<string, { type: string; value: unknown }[]>;
};

/** A workbook over office-addin-mock that behaves like an Excel with or without LAMBDA. */
function workbookWith(existing: Record<string, string>, behaviour: Behaviour = {}) {
  const defined = new Map(Object.entries(existing));
  const pending: (() => void)[] = [];
  let syncs = 0;
  let addsSinceSync: string[] = [];
  const mock = new OfficeMockObject({ workbook: {} }) as unknown as { workbook: Record<string, unknown>; sync: () => Promise<void> };
  const realSync = mock.sync.bind(mock);
  mock.sync = async () => {
    syncs++;
    const adds = addsSinceSync;
    addsSinceSync = [];
    const queued = pending.splice(0);
    const refused = adds.find((name) => behaviour.refuse?.includes(name));
    if (refused) {
      defined.delete(refused);
      throw new Error("InvalidArgument: The argument is invalid or missing or has an incorrect format.");
    }
    for (const run of queued) run();
    return realSync();
  };
  const probeRounds = new Map<string, number>();
  const item = (name: string) => {
    const it = {
      isNullObject: !defined.has(name),
      formula: defined.get(name) ?? "",
      type: "",
      value: undefined as unknown,
      load() {
        pending.push(() => {
          const formula = defined.get(name) ?? "";
          const alias = FUNCTION_ALIASES.find((a) => formula === `=${a.probe}`);
          if (alias) {
            const answers = behaviour.evaluates?.[alias.name] ?? [{ type: "String", value: "✓" }];
            const k = probeRounds.get(alias.name) ?? 0;
            probeRounds.set(alias.name, k + 1);
            Object.assign(it, answers[Math.min(k, answers.length - 1)]);
          }
        });
      },
      delete() {
        pending.push(() => defined.delete(name));
      },
    };
    return it;
  };
  mock.workbook.names = {
    getItemOrNullObject: (name: string) => item(name),
    getItem: (name: string) => item(name),
    add(name: string, formula: string) {
      defined.set(name, formula);
      addsSinceSync.push(name);
      return item(name);
    },
  };
  return { context: mock as unknown as Excel.RequestContext, defined, syncs: () => syncs };
}

const noWait = async () => undefined;

test("each name is added in its own round trip, tried out, and kept when it works; the probe is removed", async () => {
  const excel = workbookWith({});
  const result = await addFunctionNames(excel.context, noWait);
  expect(result.added).toEqual(FUNCTION_ALIASES.map((a) => a.name));
  expect(result.failed).toEqual([]);
  expect([...excel.defined.entries()]).toEqual(FUNCTION_ALIASES.map((a) => [a.name, lambdaFormula(a)]));
  expect(excel.syncs()).toBeGreaterThanOrEqual(1 + 3 * FUNCTION_ALIASES.length); // read, then add / probe / remove probe for each
});

test("Excel without LAMBDA (2021): names that evaluate to #NAME? are removed and reported, nothing is left behind", async () => {
  const evaluates = Object.fromEntries(FUNCTION_ALIASES.map((a) => [a.name, [{ type: "Error", value: "#NAME?" }]]));
  const excel = workbookWith({ 我的名称: "=Sheet1!$A$1" }, { evaluates });
  const result = await addFunctionNames(excel.context, noWait);
  expect(result.added).toEqual([]);
  expect(result.failed).toEqual(FUNCTION_ALIASES.map((a) => ({ name: a.name, reason: "#NAME?" })));
  expect([...excel.defined.keys()]).toEqual(["我的名称"]);
});

test("a name Excel refuses stops only itself; a custom function still computing (#BUSY!) is waited for", async () => {
  const excel = workbookWith(
    {},
    {
      refuse: ["CHECK.TIE"],
      evaluates: {
        "SHARE.OF": [
          { type: "Error", value: "#BUSY!" },
          { type: "Error", value: "#BUSY!" },
          { type: "Double", value: 0.25 },
        ],
      },
    },
  );
  const result = await addFunctionNames(excel.context, noWait);
  expect(result.failed.map((f) => f.name)).toEqual(["CHECK.TIE"]);
  expect(result.failed[0].reason).toMatch(/^InvalidArgument/);
  expect(result.added).toEqual(FUNCTION_ALIASES.map((a) => a.name).filter((n) => n !== "CHECK.TIE"));
  expect(excel.defined.has("CHECK.TIE")).toBe(false);
});

test("never overwrites a name the user already has with another meaning", async () => {
  const excel = workbookWith({ "SHARE.OF": "=Sheet1!$A$1", "CHECK.TOTALS": lambdaFormula(FUNCTION_ALIASES[0]) });
  const result = await addFunctionNames(excel.context, noWait);
  expect(result.conflicting).toEqual(["SHARE.OF"]);
  expect(result.alreadyPresent).toEqual(["CHECK.TOTALS"]);
  expect(excel.defined.get("SHARE.OF")).toBe("=Sheet1!$A$1");
});
