/**
 * bench/cliStart: how long `disclosure check` of one seed takes as a command, start-up included (the
 * median of 10 runs), and the same for `--version` (start-up alone). A user checking one file waits
 * for both; exceljs and pdf.js load only when a workbook is written or a PDF read.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..", "..");
const CLI = join(ROOT, "build", "cli", "src", "cli", "main.js");
const SEED = join(ROOT, "test", "fixtures", "seeds", "002_5fdab3ab01a01bfd.txt");

function medianMs(args: string[], runs = 10): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    spawnSync(process.execPath, [CLI, ...args], { stdio: "ignore" });
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

export function runCliStartBench(): { versionMs: number; checkMs: number } {
  return { versionMs: medianMs(["--version"]), checkMs: medianMs(["check", SEED]) };
}
