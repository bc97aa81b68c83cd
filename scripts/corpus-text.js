#!/usr/bin/env node
// Writes test/fixtures/corpus/text/NAME.txt for every corpus PDF: the lines the PDF source makes of it
// (needs `npm run build:cli` first). The template tests read these instead of the PDFs.
const { readFileSync, readdirSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");
const { readPdfBytes } = require("../build/cli/src/pdf/node.js");

const corpus = join(__dirname, "..", "test", "fixtures", "corpus");
(async () => {
  for (const folder of ["shanghai-budget", "jiangsu-budget", "shanghai-final"]) {
    for (const file of readdirSync(join(corpus, folder)).filter((f) => f.endsWith(".pdf"))) {
      const source = await readPdfBytes(new Uint8Array(readFileSync(join(corpus, folder, file))), "");
      writeFileSync(join(corpus, "text", file.replace(/\.pdf$/, ".txt")), source.text);
    }
  }
})();
