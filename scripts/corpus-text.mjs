#!/usr/bin/env node
// Writes test/fixtures/corpus/text/NAME.txt for every corpus PDF: the lines the PDF source makes of it
// (needs `npm run build:cli` first). The template tests read these instead of the PDFs.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { readPdfBytes } = createRequire(import.meta.url)(join(root, "build", "cli", "src", "pdf", "node.js"));
const corpus = join(root, "test", "fixtures", "corpus");
for (const folder of ["shanghai-budget", "jiangsu-budget", "shanghai-final"]) {
  for (const file of readdirSync(join(corpus, folder)).filter((f) => f.endsWith(".pdf"))) {
    const source = await readPdfBytes(new Uint8Array(readFileSync(join(corpus, folder, file))), "");
    writeFileSync(join(corpus, "text", file.replace(/\.pdf$/, ".txt")), source.text);
  }
}
