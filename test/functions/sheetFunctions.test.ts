import { balancedShares, checkTie, checkTotals, rollup, share, SheetInputError, yoy } from "../../src/core/sheetFunctions";
import { findTable } from "../../src/core/model";
import { readSeed } from "../helpers";

const tableGrid = (file: string, no: 3 | 6 | 12, withCodes = true) =>
  findTable(readSeed(file), no)!.rows.map((r) => [
    ...(withCodes ? [r.code ?? ""] : []),
    r.kind === "total" ? "合计" : r.name,
    ...(no === 6 ? [r.detail ?? ""] : []),
    ...r.values.map((v) => (v === null ? null : v / 100)),
  ]);

describe("BUDGET.SHARE", () => {
  test("one value, rounded as disclosures print it", () => {
    expect(share(172.13, 856.71)).toBe(0.2009);
    expect(share(684.58, 856.71)).toBe(0.7991);
    expect(share("341. 11", "3,011.46")).toBe(0.1133);
    expect(share(253, 10117, 1)).toBe(0.025);
  });

  test("a range gives a same-shaped range; balanced shares of seed 003's classes add to exactly 100%", () => {
    const parts = [[394.41], [40.01], [15.84], [21.75]];
    const naive = share(parts, 472.01) as number[][];
    expect(naive.flat()).toEqual([0.8356, 0.0848, 0.0336, 0.0461]); // 100.01%, as the document publishes
    const balanced = share(parts, 472.01, 2, true) as number[][];
    expect(balanced.flat()).toEqual([0.8356, 0.0848, 0.0335, 0.0461]);
    expect(Math.round(balanced.flat().reduce((a, b) => a + b, 0) * 10000)).toBe(10000);
  });

  test("blank cells in a range count as zero share", () => {
    expect(share([[100, null, ""]], 200)).toEqual([[0.5, 0, 0]]);
  });

  test("errors say what is wrong", () => {
    expect(() => share("abc", 10)).toThrow(new SheetInputError("部分必须是数值：“abc”不是数字"));
    expect(() => share(1, 0)).toThrow(expect.objectContaining({ kind: "divideByZero" }));
    expect(() => share(1, null)).toThrow("总数不能为空");
    expect(() => share(1, 2, 9)).toThrow("小数位必须是0到4之间的整数");
    expect(() => share(true, 2)).toThrow(/TRUE\/FALSE/);
  });

  test("largest remainder distributes exactly the missing units", () => {
    expect(balancedShares([1, 1, 1], 3, 0)).toEqual([34, 33, 33]);
  });
});

describe("BUDGET.YOY", () => {
  test("worded as disclosures word it", () => {
    expect(yoy(856.71, 770.18)).toBe("增加86.53万元，增长11.24%");
    expect(yoy(3011.46, 3500)).toBe("减少488.54万元，下降13.96%");
    expect(yoy(15.98, 15.98)).toBe("与上年持平");
    expect(yoy(5, 0)).toBe("增加5万元");
  });
  test("the amount or the rate alone", () => {
    expect(yoy(856.71, 770.18, "amount")).toBe(86.53);
    expect(yoy(856.71, 770.18, "percent")).toBe(0.1124);
    expect(() => yoy(1, 0, "percent")).toThrow(expect.objectContaining({ kind: "divideByZero" }));
    expect(() => yoy(1, 2, "words")).toThrow(/格式/);
  });
});

describe("BUDGET.CHECK.TIE", () => {
  test("✓, 尾差 within a tolerance, or the difference", () => {
    expect(checkTie(172.13, "172.13")).toBe("✓");
    expect(checkTie(438.68, 172.13)).toBe("差 266.55：应为 172.13");
    expect(checkTie(52.38, 52.37, 0.01)).toBe("尾差 0.01");
    expect(checkTie(null, 0)).toBe("✓");
  });
});

describe("BUDGET.ROLLUP", () => {
  const t3 = tableGrid("000_206854ab748b39c9.txt", 3).slice(1);
  const codes = t3.map((r) => [r[0]]);
  const amounts = t3.map((r) => [r[2]]);
  test("sums the most detailed rows of a subtree", () => {
    expect(rollup(codes, amounts, "201")).toBe(807.26);
    expect(rollup(codes, amounts, "20805")).toBe(24.01);
    expect(rollup(codes, amounts, 2210201)).toBe(14.95);
  });
  test("explains a wrong shape or an unknown code", () => {
    expect(() => rollup(codes, amounts.slice(1), "201")).toThrow(/两者应一样长/);
    expect(() => rollup(codes, amounts, "999")).toThrow(expect.objectContaining({ kind: "notAvailable" }));
    expect(() => rollup(codes, amounts, "20")).toThrow(/不是3、5或7位/);
  });
});

describe("BUDGET.CHECK.TOTALS", () => {
  test("a consistent coded table: ✓ on every row", () => {
    expect(checkTotals(tableGrid("000_206854ab748b39c9.txt", 3)).flat()).toEqual(Array(17).fill("✓"));
  });

  test("seed 002: 40.74 + 11.64 printed as 52.37 is 尾差 0.01 on that row only", () => {
    const grid = tableGrid("002_5fdab3ab01a01bfd.txt", 3);
    const flags = checkTotals(grid).flat();
    const row = grid.findIndex((r) => r[0] === "21011");
    expect(flags[row]).toBe("尾差 0.01");
    expect(flags.filter((f) => f !== "✓")).toEqual(["尾差 0.01"]);
  });

  test("rows out of 科目编码 order (a sorted or filtered copy) get the same flag each", () => {
    const grid = tableGrid("002_5fdab3ab01a01bfd.txt", 3);
    const flagOf = (g: typeof grid) => {
      const flags = checkTotals(g).flat();
      return new Map(g.map((r, i) => [r.join("|"), flags[i]]));
    };
    const inOrder = flagOf(grid);
    const [total, ...rest] = grid;
    const reordered = [total, ...rest.reverse()];
    expect(flagOf(reordered)).toEqual(inOrder);
    expect([...inOrder.values()].filter((f) => f !== "✓")).toEqual(["尾差 0.01"]);
  });

  test("table 6 layout: categories against their items, 合计 against categories, 合计 = 人员 + 公用", () => {
    const grid = tableGrid("000_206854ab748b39c9.txt", 6, false);
    const flags = checkTotals(grid).flat();
    expect(flags[grid.findIndex((r) => r[0] === "工资福利支出")]).toBe("尾差 0.02"); // 7 items: 406.52 vs 406.54
    expect(flags.filter((f) => f !== "✓")).toEqual(["尾差 0.02"]);
    grid[grid.findIndex((r) => r[0] === "办公费")][2] = 1.8;
    const changed = checkTotals(grid).flat();
    expect(changed[grid.findIndex((r) => r[0] === "办公费")]).toBe("差 1.00：应为 0.80"); // 合计 1.80 ≠ 公用 0.80
    expect(changed[grid.findIndex((r) => r[0] === "商品和服务支出")]).toBe("差 -1.00：应为 15.24");
  });

  test("table 12 layout: the unit subtotal above its projects, printed twice, counted once", () => {
    const grid = tableGrid("001_4cf549d8e949f1ac.txt", 12, false);
    const flags = checkTotals(grid).flat();
    expect(flags.slice(0, 3)).toEqual(["✓", "重复行（按一行计）", "✓"]);
    expect(flags.every((f) => f === "✓" || f.startsWith("重复"))).toBe(true);
  });

  test("header rows are blank; a plain name + amounts range with a 合计 row", () => {
    const flags = checkTotals([
      ["项目", "金额"],
      ["货物", 2],
      ["工程", 0],
      ["服务", 305.25],
      ["合计", 307.26],
    ]).flat();
    expect(flags).toEqual(["", "✓", "✓", "✓", "尾差 0.01"]); // 3 addends: up to 0.015 is rounding
    expect(
      checkTotals([
        ["货物", 2],
        ["服务", 305.25],
        ["合计", 307.3],
      ]).flat(),
    ).toEqual(["✓", "✓", "差 0.05：应为 307.25"]);
  });

  test("blank cells are blanks, not zeros: a blank parent over blank children is ✓, a blank parent over figures is not", () => {
    const grid = [
      ["", "合计", 30, null],
      ["201", "类", 30, null],
      ["20101", "款", 10, null],
      ["20102", "款", 20, null],
    ];
    expect(checkTotals(grid).flat()).toEqual(["✓", "✓", "✓", "✓"]);
    grid[1][3] = null;
    grid[2][3] = 5;
    // 201's blank second column is read as 0 against its child's 5; 合计 (also blank) against 201's detail rows.
    expect(checkTotals(grid).flat()).toEqual(["差 -5.00：应为 5.00", "差 -5.00：应为 5.00", "✓", "✓"]);
  });

  test("the same code printed twice: each copy is checked against the rows under it", () => {
    const flags = checkTotals([
      ["201", "类", 30],
      ["20101", "款", 30],
      ["201", "类", 8],
      ["20101", "款", 5],
    ]).flat();
    expect(flags).toEqual(["✓", "✓", "差 3.00：应为 5.00", "✓"]);
  });

  test("text numbers with OCR spaces are read; bad input is explained", () => {
    expect(
      checkTotals([
        ["合计", "", "341. 11"],
        ["201", "x", "341.11"],
      ]).flat(),
    ).toEqual(["✓", "✓"]);
    expect(() => checkTotals([])).toThrow("请选择一个区域");
    expect(() => checkTotals([["a"], ["b"]])).toThrow(/至少要有名称列和一列金额/);
    expect(() =>
      checkTotals([
        ["合计", "", 1, "abc"],
        ["201", "x", 1, 0],
      ]),
    ).toThrow("第1行第4列必须是数值：“abc”不是数字");
  });
});
