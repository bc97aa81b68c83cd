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

function docsPerSecond(texts: string[], run: (text: string) => unknown, seconds: number): number {
  for (let i = 0; i < 50; i++) run(texts[i % texts.length]); // warm up the JIT
  let docs = 0;
  const start = performance.now();
  const deadline = start + seconds * 1000;
  while (performance.now() < deadline) {
    for (const text of texts) run(text);
    docs += texts.length;
  }
  return docs / ((performance.now() - start) / 1000);
}

export function runParseBench(seconds = 3): { parse: number; baseline: number; ratio: number } {
  const dir = join(__dirname, "..", "..", "..", "test", "fixtures", "seeds");
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readFileSync(join(dir, f), "utf8"));
  const parse = docsPerSecond(texts, (t) => readDisclosure(t), seconds);
  const baseline = docsPerSecond(texts, baselineScan, seconds);
  return { parse, baseline, ratio: baseline / parse };
}

if (require.main === module) {
  const { parse, baseline, ratio } = runParseBench(Number(process.env.BENCH_SECONDS ?? 3));
  console.log(`documents: 5 seeds, ${process.env.BENCH_SECONDS ?? 3}s each measurement, one core`);
  console.log(`parse: ${Math.round(parse)} docs/s, baseline: ${Math.round(baseline)} docs/s, ratio: ${ratio.toFixed(1)}`);
}
