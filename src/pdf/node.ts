/**
 * pdf.js in Node (CLI, tests, bench): the legacy build, loaded with Node's own require (Node ≥ 20.19
 * loads ES modules with require; Jest's module registry cannot, so it is bypassed), with CMaps and
 * standard fonts read from the installed package — no network.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { type PdfjsModule, readPdf } from "./extract";
import type { PdfSource } from "../core/sources/pdfSource";

let cached: { pdfjs: PdfjsModule; host: Record<string, unknown> } | null = null;

export function loadPdfjs(): { pdfjs: PdfjsModule; host: Record<string, unknown> } {
  if (cached) return cached;
  // process.getBuiltinModule reaches Node's own loader even inside Jest (whose require cannot load ESM).
  const builtin = (process as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule?.("node:module") as
    { createRequire: typeof createRequire } | undefined;
  const nodeRequire = (builtin?.createRequire ?? createRequire)(__filename);
  const pdfjs = nodeRequire("pdfjs-dist/legacy/build/pdf.mjs") as PdfjsModule;
  const root = dirname(nodeRequire.resolve("pdfjs-dist/package.json"));
  const host = {
    cMapUrl: `${join(root, "cmaps")}/`,
    cMapPacked: true,
    standardFontDataUrl: `${join(root, "standard_fonts")}/`,
    wasmUrl: `${join(root, "wasm")}/`,
  };
  cached = { pdfjs, host };
  return cached;
}

/** Reads a PDF's bytes into the reader's lines with their pages (throws PdfRefusal). */
export function readPdfBytes(bytes: Uint8Array, name = ""): Promise<PdfSource> {
  const { pdfjs, host } = loadPdfjs();
  return readPdf(pdfjs, bytes, host, name);
}
