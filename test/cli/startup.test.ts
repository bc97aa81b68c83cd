/**
 * The CLI loads what a command needs: checking a text file loads neither exceljs (half a second of
 * start-up, only for writing a workbook) nor pdf.js (only for a PDF). bench/cliStart.ts measures the time.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../build";
import { SEED_DIR } from "../helpers";
import { tempDir } from "../support/tempDir";

const CLI = join(ROOT, "build", "cli", "src", "cli", "main.js");
const SEED = join(SEED_DIR, "002_5fdab3ab01a01bfd.txt");
const tmp = tempDir("disclosure-startup-");
// Prints, as the process ends, which of the heavy packages it loaded.
const hook = join(tmp, "loaded.js");
writeFileSync(
  hook,
  `process.on("exit", () => { const k = Object.keys(require.cache); process.stderr.write("\\nLOADED " + ["exceljs", "pdfjs-dist"].filter((p) => k.some((f) => f.includes("/node_modules/" + p + "/"))).join(",") + "\\n"); });`,
);
const loaded = (...args: string[]) => {
  const result = spawnSync(process.execPath, ["-r", hook, CLI, ...args], { encoding: "utf8" });
  return /LOADED (.*)$/m.exec(result.stderr)?.[1];
};

test.each([
  ["check SEED", ["check", SEED]],
  ["check SEED --json", ["check", SEED, "--json"]],
  ["parse SEED", ["parse", SEED]],
  ["rules", ["rules"]],
  ["--help", ["--help"]],
])("%s loads neither exceljs nor pdf.js", (_label, args) => {
  expect(loaded(...args)).toBe("");
});

test("writing a workbook does load exceljs (the hook sees it)", () => {
  expect(loaded("import", SEED, "-o", join(tmp, "out.xlsx"))).toBe("exceljs");
});
