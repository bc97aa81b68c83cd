import { budgetHyperFormula } from "../support/hyperformulaBudget";
import { findTable } from "../../src/core/model";
import { readSeed } from "../helpers";

/**
 * Seed 000's table 3 laid out in a sheet with =BUDGET.CHECK.TOTALS beside it, recalculated by a
 * spreadsheet engine: editing one leaf flips the flags of that row and its ancestors; undoing clears them.
 */
const t3 = findTable(readSeed("000_206854ab748b39c9.txt"), 3)!;
const rows = t3.rows.map((r) => [r.code ?? "", r.name, ...r.values.map((v) => (v === null ? null : v / 100))]);
const height = rows.length;

function sheet() {
  const data: (string | number | null)[][] = [["科目编码", "科目名称", "合计", "基本支出", "项目支出", `=BUDGET.CHECK.TOTALS(A1:E${height + 1})`], ...rows];
  return budgetHyperFormula({ T3: data });
}

const flags = (hf: ReturnType<typeof sheet>) => Array.from({ length: height }, (_, i) => hf.getCellValue({ sheet: 0, row: i + 1, col: 5 }));
const rowOf = (code: string) => rows.findIndex((r) => r[0] === code) + 1;

test("the published table is consistent: every row ✓, the header blank", () => {
  const hf = sheet();
  expect(hf.getCellValue({ sheet: 0, row: 0, col: 5 })).toBe("");
  expect(flags(hf)).toEqual(Array(height).fill("✓"));
});

test("editing a leaf flags that row and every ancestor up to 合计; changing it back clears them", () => {
  const hf = sheet();
  const leaf = rowOf("2010301"); // 行政运行 122.68, basic expenditure
  hf.setCellContents({ sheet: 0, row: leaf, col: 3 }, 130);
  const after = flags(hf);
  const flagged = new Map(rows.map((r, i) => [r[0] || "合计", after[i]]));
  expect(flagged.get("2010301")).toBe("差 -7.32：应为 130.00"); // 合计 122.68 ≠ 基本 130 + 项目 0
  expect(flagged.get("20103")).toMatch(/^差 -7\.32：应为 130\.00/);
  expect(flagged.get("201")).toMatch(/^差 -7\.32/);
  expect(flagged.get("合计")).toMatch(/^差 -7\.32/);
  expect(flagged.get("208")).toBe("✓");
  expect(flagged.get("2010306")).toBe("✓");
  hf.setCellContents({ sheet: 0, row: leaf, col: 3 }, 122.68);
  expect(flags(hf)).toEqual(Array(height).fill("✓"));
});

test("a one-cent change in a 2-item subtotal is 尾差 there, but its single-child parent must copy it exactly", () => {
  const hf = sheet();
  hf.setCellContents({ sheet: 0, row: rowOf("21011"), col: 2 }, 9.17);
  hf.setCellContents({ sheet: 0, row: rowOf("21011"), col: 3 }, 9.17);
  const flagged = new Map(rows.map((r, i) => [r[0] || "合计", flags(hf)[i]]));
  expect(flagged.get("21011")).toBe("尾差 0.01");
  expect(flagged.get("210")).toBe("差 -0.01：应为 9.17（另有1处）"); // 合计 and 基本支出 columns
});

test("BUDGET.CHECK.TIE between tables 6 and 5 recomputes as figures change", () => {
  const hf = budgetHyperFormula({ S: [[438.68, 172.13, "=BUDGET.CHECK.TIE(A1,B1)"]] });
  expect(hf.getCellValue({ sheet: 0, row: 0, col: 2 })).toBe("差 266.55：应为 172.13");
  hf.setCellContents({ sheet: 0, row: 0, col: 0 }, 172.13);
  expect(hf.getCellValue({ sheet: 0, row: 0, col: 2 })).toBe("✓");
});
