/**
 * The Excel wrappers in src/functions: no raw JavaScript exception ever reaches Excel; bad input is an
 * Excel error with a message in Chinese (CustomFunctions.Error, as the API documents).
 */
class FakeCustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}
Object.assign(globalThis, {
  CustomFunctions: {
    Error: FakeCustomFunctionsError,
    ErrorCode: { invalidValue: "#VALUE!", divisionByZero: "#DIV/0!", notAvailable: "#N/A" },
    associate: () => undefined,
  },
});

// eslint-disable-next-line @typescript-eslint/no-require-imports
const functions = require("../../src/functions/functions") as typeof import("../../src/functions/functions");

const thrown = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error as FakeCustomFunctionsError;
  }
  throw new Error("did not throw");
};

test("values come back as Excel expects them: 2-D arrays for ranges", () => {
  expect(functions.share_([[172.13]], 856.71)).toEqual([[0.2009]]);
  expect(functions.share_([[394.41], [40.01], [15.84], [21.75]], 472.01, 2, true)).toEqual([[0.8356], [0.0848], [0.0335], [0.0461]]);
  expect(functions.yoy_(856.71, 770.18)).toBe("增加86.53万元，增长11.24%");
  expect(
    functions.checkTotals_([
      ["合计", "", 3],
      ["201", "a", 1],
      ["202", "b", 2],
    ]),
  ).toEqual([["✓"], ["✓"], ["✓"]]);
});

test("bad arguments: #VALUE! with a message", () => {
  const error = thrown(() => functions.share_([["abc"]], 10));
  expect(error).toBeInstanceOf(FakeCustomFunctionsError);
  expect(error.code).toBe("#VALUE!");
  expect(error.message).toBe("部分必须是数值：“abc”不是数字");
});

test("a zero total: #DIV/0!; an unknown code: #N/A", () => {
  expect(thrown(() => functions.share_([[1]], 0)).code).toBe("#DIV/0!");
  expect(thrown(() => functions.rollup_([["201"]], [[1]], "202")).code).toBe("#N/A");
});

test("an unexpected failure is still an Excel error, never a raw exception", () => {
  const error = thrown(() => functions.checkTotals_(null as unknown as unknown[][]));
  expect(error).toBeInstanceOf(FakeCustomFunctionsError);
  expect(error.code).toBe("#VALUE!");
});
