import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readDisclosure } from "../src/core/reader";
import type { Disclosure } from "../src/core/model";

export const SEED_DIR = join(__dirname, "fixtures", "seeds");
/** The corpus PDFs' text as the PDF source reads it (scripts/corpus-text.mjs). */
export const CORPUS_TEXT_DIR = join(__dirname, "fixtures", "corpus", "text");

const textFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => join(dir, f));

/** Every text fixture: the five seeds, then the corpus's text files (paths). */
export const TEXT_FIXTURES: string[] = [...textFiles(SEED_DIR), ...textFiles(CORPUS_TEXT_DIR)];

export function seedText(file: string): string {
  return readFileSync(join(SEED_DIR, file), "utf8");
}

const cache = new Map<string, Disclosure>();

export function readSeed(file: string): Disclosure {
  const cached = cache.get(file);
  if (cached) return cached;
  const result = readDisclosure(seedText(file));
  if (!result.ok) throw new Error(`${file}: ${result.error}`);
  cache.set(file, result.disclosure);
  return result.disclosure;
}

/** Amounts as the JSON contract gives them: numbers in the table's unit. */
export const asNumbers = (values: (number | null)[]) => values.map((v) => (v === null ? null : v / 100));
