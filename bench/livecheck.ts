/**
 * bench/livecheck: the work of one live recheck after an edit (figures read back from the sheets,
 * whole catalogue re-run), on each seed document. Excel's own round trip is not part of it.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { buildWorkbookLayout, disclosureFromSheets, type SheetGrid } from "../src/core/layout";
import { readDisclosure } from "../src/core/reader";
import { checkDisclosure } from "../src/core/rules";

export function runLivecheckBench(): { worstMs: number; meanMs: number } {
  const dir = join(__dirname, "..", "..", "..", "test", "fixtures", "seeds");
  const times: number[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
    const result = readDisclosure(readFileSync(join(dir, file), "utf8"));
    if (!result.ok) continue;
    const d = result.disclosure;
    const grids: Record<string, SheetGrid> = {};
    for (const sheet of buildWorkbookLayout(d, []).sheets.filter((s) => s.kind === "table")) {
      const grid: SheetGrid = Array.from({ length: Math.max(...sheet.cells.map((c) => c.row)) }, () => []);
      for (const c of sheet.cells) grid[c.row - 1][c.col - 1] = "value" in c.content ? c.content.value : null;
      grids[sheet.name] = grid;
    }
    for (let i = 0; i < 20; i++) checkDisclosure(disclosureFromSheets(d, grids)); // warm up
    const start = performance.now();
    const runs = 100;
    for (let i = 0; i < runs; i++) checkDisclosure(disclosureFromSheets(d, grids));
    times.push((performance.now() - start) / runs);
  }
  return { worstMs: Math.max(...times), meanMs: times.reduce((a, b) => a + b, 0) / times.length };
}

if (require.main === module) {
  const { worstMs, meanMs } = runLivecheckBench();
  console.log(`livecheck: ${meanMs.toFixed(2)} ms mean, ${worstMs.toFixed(2)} ms worst per recheck (target 100 ms)`);
}
