/**
 * bench/instructions: machine instructions per document for reading the seeds and for the bare scan
 * of bench/parse, counted by valgrind's cachegrind. Timings on a shared 2-core VM swing by ±10% from
 * run to run; instruction counts repeat within 0.3%, which is what telling a 2% change needs.
 *
 *   npm run build:cli && node build/cli/bench/instructions.js      (needs valgrind)
 *
 * Each count is the difference between a run of 500 and a run of 100 documents, divided by 400, so
 * that start-up and the JIT's first compilations cancel out.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { readDisclosure } from "../src/core/reader";
import { baselineScan } from "./parse";

type Work = "parse" | "baseline";

function seeds(): string[] {
  const dir = join(__dirname, "..", "..", "..", "test", "fixtures", "seeds");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readFileSync(join(dir, f), "utf8"));
}

/** The work valgrind counts: `documents` reads (or scans) over the seeds in turn. */
function run(work: Work, documents: number): void {
  const texts = seeds();
  let sink = 0;
  for (let i = 0; i < documents; i++) {
    const text = texts[i % texts.length];
    if (work === "parse") sink += readDisclosure(text).ok ? 1 : 0;
    else sink += baselineScan(text);
  }
  if (sink < 0) console.log(sink); // keeps the work observable
}

function instructions(work: Work, documents: number): number {
  const result = spawnSync(
    "valgrind",
    ["--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null", process.execPath, "--single-threaded", __filename, work, String(documents)],
    { encoding: "utf8" },
  );
  const refs = /I\s+refs:\s+([\d,]+)/.exec(result.stderr ?? "");
  if (result.status !== 0 || !refs) throw new Error(`valgrind failed: ${result.error?.message ?? result.stderr}`);
  return Number(refs[1].replace(/,/g, ""));
}

function perDocument(work: Work): number {
  return (instructions(work, 500) - instructions(work, 100)) / 400;
}

if (require.main === module) {
  const [work, documents] = process.argv.slice(2);
  if (work === "parse" || work === "baseline") {
    run(work, Number(documents));
  } else if (spawnSync("valgrind", ["--version"]).status !== 0) {
    console.error("bench/instructions needs valgrind (apt-get install valgrind)");
    process.exit(2);
  } else {
    const parse = perDocument("parse");
    const baseline = perDocument("baseline");
    const millions = (n: number) => (n / 1e6).toFixed(2);
    console.log(`instructions per document: parse ${millions(parse)}M, baseline ${millions(baseline)}M, ratio ${(parse / baseline).toFixed(2)}`);
  }
}
