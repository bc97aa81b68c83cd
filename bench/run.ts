/** Runs every benchmark in bench/; each prints its closing line. */
import { runParseBench } from "./parse";
import { runFunctionsBench } from "./functions";
import { runLivecheckBench } from "./livecheck";
import { runPdfBench } from "./pdf";
import { runCliStartBench } from "./cliStart";

const seconds = Number(process.env.BENCH_SECONDS ?? 3);
const parse = runParseBench(seconds);
console.log(`parse: ${Math.round(parse.parse)} docs/s, baseline: ${Math.round(parse.baseline)} docs/s, ratio: ${parse.ratio.toFixed(1)}`);
const functions = runFunctionsBench();
if (!functions.flagsOk) throw new Error("CHECK.TOTALS flagged a consistent synthetic table");
console.log(`check.totals first (cold) call: ${functions.coldMs.toFixed(1)} ms; mean of 20 calls after 10 warm-up calls follows`);
console.log(
  `check.totals ${functions.rows} rows: ${functions.ms.toFixed(1)} ms, native formulas: ${functions.nativeMs.toFixed(0)} ms, ratio: ${(functions.nativeMs / functions.ms).toFixed(1)}`,
);
const live = runLivecheckBench();
console.log(`livecheck: ${live.meanMs.toFixed(2)} ms mean, ${live.worstMs.toFixed(2)} ms worst per recheck (target 100 ms)`);
const cli = runCliStartBench();
console.log(`cli: check of one seed ${cli.checkMs.toFixed(0)} ms as a command, start-up alone (--version) ${cli.versionMs.toFixed(0)} ms (median of 10)`);

void runPdfBench().then((pdf) => {
  console.log(
    `pdf: ${pdf.oursPagesPerSecond.toFixed(1)} pages/s, pdf.js extraction: ${pdf.pdfjsPagesPerSecond.toFixed(1)} pages/s, ratio: ${pdf.ratio.toFixed(2)} (${pdf.files} PDFs, ${pdf.pages} pages)`,
  );
  console.log(
    `pdf peak memory, largest PDF (${pdf.largest.megabytes.toFixed(1)} MB, ${pdf.largest.pagesRead} pages): ${pdf.largest.peakRssMB.toFixed(0)} MB max RSS (${pdf.largest.baselineRssMB.toFixed(0)} MB before reading)`,
  );
});
