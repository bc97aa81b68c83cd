/**
 * 1,000 damaged PDFs (bytes flipped, files truncated, content streams replaced by random operators,
 * pieces cut out or repeated): each is read or refused with one of the PDF source's Chinese messages —
 * never an exception of another kind, never a hang (each file within a time limit).
 */
import { readPdfBytes } from "../../src/pdf/node";
import { PdfRefusal, REFUSAL_MESSAGES } from "../../src/pdf/extract";
import { buildPdf, encryptedPdf, scannedPdf, textPdf } from "../support/pdfFixtures";

/** Deterministic generator (mulberry32): a failure names its seed and can be replayed. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OPERATORS = ["m", "l", "re", "S", "f", "BT", "ET", "Tf", "Td", "Tj", "TJ", "cm", "q", "Q", "Do", "W", "n", "'", '"', "Tz", "TL"];

function randomContent(next: () => number): string {
  const parts: string[] = [];
  for (let i = 0; i < 40; i++) {
    const r = next();
    if (r < 0.4) parts.push(String(Math.round((next() - 0.3) * 2000) / 10));
    else if (r < 0.7) parts.push(OPERATORS[Math.floor(next() * OPERATORS.length)]);
    else if (r < 0.8) parts.push(`(${"预算ab\\)(".slice(0, Math.floor(next() * 8))})`);
    else if (r < 0.9) parts.push("/F1");
    else parts.push(`[${Math.round(next() * 100)} (x)]`);
  }
  return parts.join(" ");
}

function mutate(base: Uint8Array, next: () => number): Uint8Array {
  const kind = Math.floor(next() * 5);
  const bytes = new Uint8Array(base);
  switch (kind) {
    case 0: {
      const flips = 1 + Math.floor(next() * 12);
      for (let i = 0; i < flips; i++) bytes[Math.floor(next() * bytes.length)] = Math.floor(next() * 256);
      return bytes;
    }
    case 1:
      return bytes.subarray(0, Math.floor(next() * bytes.length));
    case 2: {
      const from = Math.floor(next() * bytes.length);
      const to = Math.min(bytes.length, from + Math.floor(next() * 200));
      return new Uint8Array([...bytes.subarray(0, from), ...bytes.subarray(to)]);
    }
    case 3: {
      const from = Math.floor(next() * bytes.length);
      const piece = bytes.subarray(from, from + Math.floor(next() * 300));
      return new Uint8Array([...bytes.subarray(0, from), ...piece, ...piece, ...bytes.subarray(from)]);
    }
    default: {
      const content = randomContent(next);
      return buildPdf([
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`,
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
      ]);
    }
  }
}

const MESSAGES = new Set(Object.values(REFUSAL_MESSAGES));
const PER_FILE_MS = 5_000;

test("1,000 damaged PDFs: read or refused with a clear message, each within the time limit", async () => {
  const bases = [textPdf(), scannedPdf(), encryptedPdf()];
  const outcomes = { read: 0, refused: 0 };
  let slowest = 0;
  for (let seed = 1; seed <= 1000; seed++) {
    const next = random(seed);
    const pdf = mutate(bases[seed % bases.length], next);
    const started = Date.now();
    try {
      const source = await readPdfBytes(pdf);
      expect(typeof source.text).toBe("string");
      expect(source.locations.length).toBe(source.text.split("\n").length);
      outcomes.read++;
    } catch (error) {
      if (!(error instanceof PdfRefusal) || !MESSAGES.has(error.message)) throw new Error(`seed ${seed}: ${String(error)}`);
      outcomes.refused++;
    }
    const took = Date.now() - started;
    slowest = Math.max(slowest, took);
    if (took > PER_FILE_MS) throw new Error(`seed ${seed} took ${took} ms`);
  }
  expect(outcomes.read + outcomes.refused).toBe(1000);
  // Both outcomes occur: the mutations neither all break nor all spare the files.
  expect(outcomes.read).toBeGreaterThan(50);
  expect(outcomes.refused).toBeGreaterThan(50);
  console.log(`fuzz: ${outcomes.read} read, ${outcomes.refused} refused, slowest ${slowest} ms`);
}, 300_000);
