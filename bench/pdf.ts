/**
 * bench/pdf: pages per second of the whole PDF source (pdf.js loading and extraction, rulings from the
 * operator list, layout, paragraphs) next to pdf.js's own getTextContent + getOperatorList on the same
 * pages (loading included in both). The ratio is our whole cost over pdf.js's; target ≤ 1.3. Also the
 * peak memory (max RSS of a fresh process) reading the largest PDF.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { loadPdfjs, readPdfBytes } from "../src/pdf/node";

function pdfsUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...pdfsUnder(path));
    else if (/\.pdf$/i.test(entry)) out.push(path);
  }
  return out;
}

/** ../shared/corpus when present (all of it), else the copies in test/fixtures/corpus. */
export function corpusFiles(): string[] {
  const root = join(__dirname, "..", "..", "..");
  const shared = join(root, "..", "shared", "corpus");
  return pdfsUnder(existsSync(shared) ? shared : join(root, "test", "fixtures", "corpus"));
}

async function pdfjsOnly(bytes: Uint8Array): Promise<number> {
  const { pdfjs, host } = loadPdfjs();
  const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0, ...host });
  const document = await task.promise;
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    await Promise.all([page.getTextContent(), page.getOperatorList()]);
    page.cleanup();
  }
  const pages = document.numPages;
  await task.destroy();
  return pages;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function runPdfBench(rounds = 2) {
  const files = corpusFiles().map((path) => ({ path, bytes: new Uint8Array(readFileSync(path)) }));
  // Warm up both paths once (module loading, JIT).
  await pdfjsOnly(files[0].bytes);
  await readPdfBytes(files[0].bytes).catch(() => undefined);
  const ours: number[] = [];
  const theirs: number[] = [];
  let pages = 0;
  for (let round = 0; round < rounds; round++) {
    let oursMs = 0;
    let theirsMs = 0;
    pages = 0;
    // Alternating per file, and which goes first alternating per round: both see the same load on a
    // shared machine and the same warm caches.
    for (const file of files) {
      const measureTheirs = async () => {
        const t = performance.now();
        pages += await pdfjsOnly(file.bytes);
        theirsMs += performance.now() - t;
      };
      const measureOurs = async () => {
        const t = performance.now();
        await readPdfBytes(file.bytes).catch(() => undefined); // a scanned PDF is refused after the same work
        oursMs += performance.now() - t;
      };
      if (round % 2 === 0) {
        await measureTheirs();
        await measureOurs();
      } else {
        await measureOurs();
        await measureTheirs();
      }
    }
    ours.push(oursMs);
    theirs.push(theirsMs);
  }
  const largest = files.reduce((a, b) => (b.bytes.length > a.bytes.length ? b : a));
  const memory = JSON.parse(execFileSync(process.execPath, [__filename, "--memory", largest.path], { encoding: "utf8" }));
  return {
    files: files.length,
    pages,
    oursPagesPerSecond: pages / (median(ours) / 1000),
    pdfjsPagesPerSecond: pages / (median(theirs) / 1000),
    ratio: median(ours.map((o, i) => o / theirs[i])),
    largest: { file: largest.path, megabytes: largest.bytes.length / 1024 / 1024, ...memory },
  };
}

// `node bench/pdf.js --memory FILE`: read one PDF in a fresh process and report its peak memory.
if (require.main === module && process.argv[2] === "--memory") {
  void (async () => {
    const before = process.memoryUsage().rss;
    const source = await readPdfBytes(new Uint8Array(readFileSync(process.argv[3])));
    process.stdout.write(
      JSON.stringify({ pagesRead: source.pageCount, peakRssMB: process.resourceUsage().maxRSS / 1024, baselineRssMB: before / 1024 / 1024 }),
    );
  })();
}
