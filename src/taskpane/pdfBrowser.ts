/**
 * pdf.js in the browser (task pane and standalone page). Everything is served from the add-in's own
 * origin: the library is a lazily loaded chunk of this bundle, the worker is dist/pdf.worker.min.js,
 * and CMaps and standard fonts are loaded as chunks of the bundle too — never fetched, so the page's
 * Content-Security-Policy can keep `connect-src 'none'`.
 */
import { type PdfjsModule, readPdf } from "../pdf/extract";
import type { PdfSource } from "../core/sources/pdfSource";

/** Data pdf.js asks for (a CMap, a standard font), from the bundle: `kind` and file name as pdf.js gives them. */
class BundledDataFactory {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    let url: string;
    if (kind === "cMapUrl") {
      url = (await import(/* webpackChunkName: "pdf-cmap-[request]", webpackInclude: /GB[^/]*\.bcmap$/ */ `pdfjs-dist/cmaps/${filename}`)).default as string;
    } else if (kind === "standardFontDataUrl") {
      url = (await import(/* webpackChunkName: "pdf-font-[request]", webpackInclude: /\.(pfb|ttf)$/ */ `pdfjs-dist/standard_fonts/${filename}`))
        .default as string;
    } else {
      throw new Error(`not bundled: ${kind}`);
    }
    // Inlined as a data: URL: decoded here, no request made.
    const base64 = url.slice(url.indexOf(",") + 1);
    const binary = atob(base64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }
}

let loading: Promise<PdfjsModule> | null = null;

function loadPdfjs(): Promise<PdfjsModule> {
  loading ??= import(/* webpackChunkName: "pdfjs" */ "pdfjs-dist/legacy/build/pdf.mjs").then((module) => {
    const pdfjs = module as unknown as PdfjsModule & { GlobalWorkerOptions: { workerSrc: string } };
    pdfjs.GlobalWorkerOptions.workerSrc = new URL("pdf.worker.min.js", document.baseURI).href;
    return pdfjs;
  });
  return loading;
}

/** A PDF file → the reader's lines with their pages (throws PdfRefusal with a Chinese message). */
export async function readPdfInBrowser(bytes: Uint8Array, name: string): Promise<PdfSource> {
  const pdfjs = await loadPdfjs();
  return readPdf(
    pdfjs,
    bytes,
    {
      BinaryDataFactory: BundledDataFactory,
      useWorkerFetch: false,
      cMapUrl: "bundled/",
      cMapPacked: true,
      standardFontDataUrl: "bundled/",
      wasmUrl: "bundled/",
    },
    name,
  );
}
