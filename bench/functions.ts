/**
 * bench/functions: BUDGET.CHECK.TOTALS over a synthetic 10,000-row 科目编码 tree, and in the same run
 * the same check written as native SUMIF formulas evaluated by HyperFormula (a devDependency).
 */
import { HyperFormula } from "hyperformula";
import { checkTotals, type Grid } from "../src/core/sheetFunctions";

/** 20 classes × 10 款 × 49 项: 10,020 rows plus 合计, consistent, amounts with two decimals. */
export function syntheticTree(): Grid {
  const rows: Grid = [];
  let total = 0;
  const body: Grid = [];
  for (let c = 1; c <= 20; c++) {
    const classCode = String(200 + c);
    const classRow: (string | number)[] = [classCode, `类${c}`, 0, 0, 0];
    body.push(classRow);
    for (let k = 1; k <= 10; k++) {
      const kuanCode = classCode + String(k).padStart(2, "0");
      const kuanRow: (string | number)[] = [kuanCode, `款${c}-${k}`, 0, 0, 0];
      body.push(kuanRow);
      for (let x = 1; x <= 49; x++) {
        const basic = ((c * 7919 + k * 104729 + x * 1299709) % 100000) / 100;
        const project = ((c * 31 + k * 17 + x * 13) % 5000) / 100;
        body.push([kuanCode + String(x).padStart(2, "0"), `项${c}-${k}-${x}`, Math.round((basic + project) * 100) / 100, basic, project]);
        for (const row of [kuanRow, classRow]) {
          row[2] = Math.round(((row[2] as number) + basic + project) * 100) / 100;
          row[3] = Math.round(((row[3] as number) + basic) * 100) / 100;
          row[4] = Math.round(((row[4] as number) + project) * 100) / 100;
        }
        total = Math.round((total + basic + project) * 100) / 100;
      }
    }
  }
  rows.push(["", "合计", total, null, null], ...body);
  return rows;
}

/**
 * Mean of `repeats` runs after `warmUp` discarded ones. In Excel the functions live in the add-in's
 * long-lived shared runtime, so after the first few recalculations V8 runs them optimised: the warm
 * mean is what a user editing a sheet meets, and the first (cold) call is reported beside it.
 */
function timeMs(run: () => void, repeats: number, warmUp: number): number {
  for (let i = 0; i < warmUp; i++) run();
  const start = performance.now();
  for (let i = 0; i < repeats; i++) run();
  return (performance.now() - start) / repeats;
}

export function runFunctionsBench(): { rows: number; ms: number; coldMs: number; nativeMs: number; flagsOk: boolean } {
  const grid = syntheticTree();
  let flags: string[][] = [];
  const coldStart = performance.now();
  checkTotals(grid);
  const coldMs = performance.now() - coldStart;
  const ms = timeMs(() => (flags = checkTotals(grid)), 20, 10);
  const flagsOk = flags.slice(1).every(([f]) => f === "✓");

  // The same check as native formulas, as a workbook would carry them: a parent-code helper column
  // and one SUMIF per row over that row's own block of descendants (the table is in code order).
  const n = grid.length;
  const codeAt = (i: number) => String(grid[i][0] ?? "");
  const blockEnd = (i: number) => {
    const length = codeAt(i).length;
    let end = i + 1;
    while (end < n && codeAt(end).length > length) end++;
    return end; // exclusive, 0-based
  };
  const sheet = grid.map((row, i) => {
    const r = i + 1;
    const code = codeAt(i);
    const helper = code.length > 3 ? `=LEFT(A${r},LEN(A${r})-2)` : code.length === 3 ? "T" : "";
    const [from, to] = code === "" ? [2, n] : [r + 1, blockEnd(i)];
    const key = code === "" ? '"T"' : `A${r}`;
    const check = to < from ? '"✓"' : `IF(ABS(C${r}-SUMIF(F${from}:F${to},${key},C${from}:C${to}))<0.005,"✓","差")`;
    return [...row, helper, `=${check}`];
  });
  let nativeFlags: unknown[] = [];
  const nativeMs = timeMs(
    () => {
      const hf = HyperFormula.buildFromArray(sheet, { licenseKey: "gpl-v3", useColumnIndex: true });
      nativeFlags = hf.getSheetValues(0).map((row) => row[6]);
      hf.destroy();
    },
    1,
    1,
  );
  if (nativeFlags.some((f) => f !== "✓")) throw new Error("the native formulas disagree with the synthetic data");
  return { rows: n, ms, coldMs, nativeMs, flagsOk };
}

if (require.main === module) {
  const { rows, ms, coldMs, nativeMs, flagsOk } = runFunctionsBench();
  if (!flagsOk) throw new Error("CHECK.TOTALS flagged a consistent synthetic table");
  console.log(`check.totals first (cold) call: ${coldMs.toFixed(1)} ms; mean of 20 calls after 10 warm-up calls follows`);
  console.log(`check.totals ${rows} rows: ${ms.toFixed(1)} ms, native formulas: ${nativeMs.toFixed(0)} ms, ratio: ${(nativeMs / ms).toFixed(1)}`);
}
