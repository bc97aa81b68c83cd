import fc from "fast-check";
import { readDisclosure } from "../../src/core/reader";
import { SEEDS } from "../goldens";
import { readSeed, seedText } from "../helpers";
import { projection } from "./project";

/**
 * Noise a PDF extractor adds must leave the model unchanged. Each property picks a seed and random
 * places to add noise; fast-check shrinks a failure to the smallest set of places.
 */
const seedArb = fc.constantFrom(...SEEDS.map((s) => s.file));
const placesArb = fc.array(fc.nat(), { minLength: 1, maxLength: 40 });

function readOk(text: string) {
  const result = readDisclosure(text);
  if (!result.ok) throw new Error(result.error);
  return result.disclosure;
}

function mutateLines(text: string, places: number[], mutate: (line: string) => string[]): string {
  const lines = text.split("\n");
  const chosen = new Set(places.map((p) => p % lines.length));
  return lines.flatMap((line, i) => (chosen.has(i) ? mutate(line) : [line])).join("\n");
}

const RUNS = { numRuns: 25 };

test("spaces inside numbers (OCR: 341. 11, 1, 200) leave the model unchanged", () => {
  fc.assert(
    fc.property(seedArb, placesArb, (file, places) => {
      const noisy = mutateLines(seedText(file), places, (line) => [line.replace(/(\d)\.(\d\d)(?!\d)/g, "$1. $2")]);
      expect(projection(readOk(noisy))).toEqual(projection(readSeed(file)));
    }),
    RUNS,
  );
});

test("extra blank lines and page-number lines leave the model unchanged", () => {
  fc.assert(
    fc.property(seedArb, placesArb, fc.boolean(), (file, places, pageNumbers) => {
      const noisy = mutateLines(seedText(file), places, (line) => [line, pageNumbers ? String((line.length % 40) + 1) : ""]);
      expect(projection(readOk(noisy))).toEqual(projection(readSeed(file)));
    }),
    RUNS,
  );
});

test("watermark lines leave the model unchanged", () => {
  fc.assert(
    fc.property(seedArb, placesArb, (file, places) => {
      const noisy = mutateLines(seedText(file), places, (line) => [line, "", "仅供内部审核", ""]);
      expect(projection(readOk(noisy))).toEqual(projection(readSeed(file)));
    }),
    RUNS,
  );
});

test("trailing tabs leave the model unchanged", () => {
  fc.assert(
    fc.property(seedArb, placesArb, fc.integer({ min: 1, max: 4 }), (file, places, tabs) => {
      const noisy = mutateLines(seedText(file), places, (line) => [line + "\t".repeat(tabs)]);
      expect(projection(readOk(noisy))).toEqual(projection(readSeed(file)));
    }),
    RUNS,
  );
});

test.each(SEEDS.map((s) => s.file))("CRLF line ends and a BOM leave %s unchanged, line numbers included", (file) => {
  const noisy = "\ufeff" + seedText(file).replace(/\n/g, "\r\n");
  const a = readOk(noisy);
  const b = readSeed(file);
  expect(projection(a)).toEqual(projection(b));
  expect(a.tables.map((t) => t.rows.map((r) => r.line))).toEqual(b.tables.map((t) => t.rows.map((r) => r.line)));
});
