/**
 * bench/parse: documents per second over the five seed documents on one core, next to a bare
 * baseline over the same text (split into lines, scan the numbers). Prints both and the ratio.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { readDisclosure } from "../src/core/reader";

const NUMBER = /\d+(?:\.\d+)?/g;

export function baselineScan(text: string): number {
  let count = 0;
  for (const line of text.split(/\r\n|\n|\r/)) {
    const numbers = line.match(NUMBER);
    if (numbers) count += numbers.length;
  }
  return count;
}

function roundRate(texts: string[], run: (text: string) => unknown, ms: number): number {
  let docs = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    for (const text of texts) run(text);
    docs += texts.length;
  }
  return docs / ((performance.now() - start) / 1000);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Parse and baseline measured in alternating short rounds, so that both see the same load on a shared
 * machine; the medians of the rounds are reported, and the ratio is the median of per-round ratios.
 */
export function runParseBench(seconds = 3): { parse: number; baseline: number; ratio: number } {
  const dir = join(__dirname, "..", "..", "..", "test", "fixtures", "seeds");
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readFileSync(join(dir, f), "utf8"));
  const parse = (t: string) => readDisclosure(t);
  for (let i = 0; i < 100; i++) {
    parse(texts[i % texts.length]); // warm up the JIT
    baselineScan(texts[i % texts.length]);
  }
  const rounds = Math.max(5, Math.round((seconds * 1000) / 400));
  const parseRates: number[] = [];
  const baselineRates: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const p = roundRate(texts, parse, 200);
    const b = roundRate(texts, baselineScan, 200);
    parseRates.push(p);
    baselineRates.push(b);
    ratios.push(b / p);
  }
  return { parse: median(parseRates), baseline: median(baselineRates), ratio: median(ratios) };
}

if (require.main === module) {
  const { parse, baseline, ratio } = runParseBench(Number(process.env.BENCH_SECONDS ?? 3));
  console.log(`documents: 5 seeds, ${process.env.BENCH_SECONDS ?? 3}s each measurement, one core`);
  console.log(`parse: ${Math.round(parse)} docs/s, baseline: ${Math.round(baseline)} docs/s, ratio: ${ratio.toFixed(1)}`);
}
