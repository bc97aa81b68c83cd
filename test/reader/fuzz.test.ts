import { readDisclosure } from "../../src/core/reader";
import { checkDisclosure } from "../../src/core/rules";
import { SEEDS } from "../goldens";
import { seedText } from "../helpers";

/** A small seeded PRNG so that a failing mutation can be replayed from its number. */
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mutate(lines: string[], random: () => number): string[] {
  const out = [...lines];
  const operations = 1 + Math.floor(random() * 8);
  for (let k = 0; k < operations && out.length > 0; k++) {
    const i = Math.floor(random() * out.length);
    switch (Math.floor(random() * 6)) {
      case 0:
        out.splice(i, 1 + Math.floor(random() * 20)); // delete lines
        break;
      case 1:
        out.splice(i, 0, ...out.slice(i, i + 1 + Math.floor(random() * 10))); // duplicate
        break;
      case 2: {
        const j = Math.floor(random() * out.length);
        [out[i], out[j]] = [out[j], out[i]]; // swap
        break;
      }
      case 3:
        out[i] = out[i].slice(0, Math.floor(random() * out[i].length)); // truncate
        break;
      case 4: {
        const bytes = Array.from({ length: 1 + Math.floor(random() * 30) }, () => String.fromCharCode(Math.floor(random() * 0x3000)));
        const at = Math.floor(random() * (out[i].length + 1));
        out[i] = out[i].slice(0, at) + bytes.join("") + out[i].slice(at); // random characters
        break;
      }
      case 5:
        out[i] = out[i].replace(/\d/g, () => String(Math.floor(random() * 10))); // scramble digits
        break;
    }
  }
  return out;
}

test("10,000 random mutations of the seeds: the reader and the checks never throw and never hang", () => {
  const seeds = SEEDS.map((s) => seedText(s.file).split("\n"));
  const random = mulberry32(20261123);
  let refused = 0;
  let slowest = 0;
  for (let n = 0; n < 10_000; n++) {
    const text = mutate(seeds[n % seeds.length], random).join("\n");
    const started = performance.now();
    let result: ReturnType<typeof readDisclosure>;
    try {
      result = readDisclosure(text);
      if (result.ok) checkDisclosure(result.disclosure);
    } catch (error) {
      throw new Error(`mutation ${n} threw: ${(error as Error).stack}`);
    }
    slowest = Math.max(slowest, performance.now() - started);
    if (!result.ok) {
      refused++;
      expect(result.error).toMatch(/[\u4e00-\u9fff]/);
    }
  }
  // A hang would show as one very slow document; a normal one takes about a millisecond.
  expect(slowest).toBeLessThan(2000);
  expect(refused).toBeLessThan(10_000);
});
