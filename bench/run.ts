/** Runs every benchmark in bench/; each prints its own closing line. */
import { runParseBench } from "./parse";

const { parse, baseline, ratio } = runParseBench(Number(process.env.BENCH_SECONDS ?? 3));
console.log(`parse: ${Math.round(parse)} docs/s, baseline: ${Math.round(baseline)} docs/s, ratio: ${ratio.toFixed(1)}`);
