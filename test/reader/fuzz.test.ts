import { readDisclosure } from "../../src/core/reader";
import { checkDisclosure } from "../../src/core/rules";
import { SEEDS } from "../goldens";
import { seedText } from "../helpers";
import { mulberry32, mutate } from "../support/mutations";

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
