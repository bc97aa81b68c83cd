/**
 * The pdf.js adapter: a PDF's bytes → each page's text items and ruling lines → the pure layout
 * (src/core/sources). Works with whichever pdf.js module the host loads (Node: the legacy build with
 * its fake worker; the browser: the bundled build with the worker served from the add-in's origin).
 * Nothing here reaches the network: font and CMap data come from the host's BinaryDataFactory.
 */
import type { OperatorCodes } from "../core/sources/pdfOperators";
import { rulingsFromOperators } from "../core/sources/pdfOperators";
import { type PdfPageContent, layOutDocument } from "../core/sources/pdfLayout";
import { type PdfSource, pdfSourceFromLayout } from "../core/sources/pdfSource";

/** The part of the pdf.js module this uses (typed loosely: Node and browser builds differ in paths). */
export interface PdfjsModule {
  getDocument(options: Record<string, unknown>): { promise: Promise<PdfjsDocument>; destroy(): Promise<void> };
  OPS: OperatorCodes & Record<string, number>;
}

interface PdfjsDocument {
  numPages: number;
  getPage(n: number): Promise<PdfjsPage>;
  destroy(): Promise<void>;
}

interface PdfjsPage {
  getTextContent(): Promise<{ items: unknown[] }>;
  getOperatorList(): Promise<{ fnArray: ArrayLike<number>; argsArray: unknown[] }>;
  cleanup(): void;
}

/** Options the host adds to getDocument (worker, CMap and font data factories). */
export type HostOptions = Record<string, unknown>;

/** A PDF that cannot be read, with the reason in Chinese (`message`) and in English (`messageEn`). */
export class PdfRefusal extends Error {
  readonly messageEn: string;
  constructor(
    readonly reason: "encrypted" | "corrupt" | "scanned" | "too-large",
    message: string,
    messageEn?: string,
  ) {
    super(message);
    this.messageEn = messageEn ?? REFUSAL_MESSAGES_EN[reason === "too-large" ? "tooLarge" : reason];
  }
}

/** Far above any disclosure (a few MB at most), small enough not to exhaust a browser tab. */
export const MAX_PDF_BYTES = 100 * 1024 * 1024;
export const MAX_PAGES = 2000;

export const REFUSAL_MESSAGES = {
  encrypted: "这个PDF文件已加密（需要密码或禁止提取文字），无法读取。请使用未加密的版本，或在PDF阅读器中另存为未加密的PDF后再打开",
  corrupt: "这个PDF文件已损坏或不是有效的PDF，无法读取。请重新下载或从原始文件重新导出PDF",
  scanned: "这是扫描件，没有文字层（每一页都是图片），无法读取其中的文字和数字。请使用原始电子版PDF，或先用OCR软件识别成文字后再打开",
  tooLarge: "PDF文件过大，预算公开通常只有几MB，请确认文件是否正确",
};

export const REFUSAL_MESSAGES_EN: Record<keyof typeof REFUSAL_MESSAGES, string> = {
  encrypted:
    "This PDF is encrypted (it needs a password or forbids extracting text) and cannot be read. Use an unencrypted copy, or save it unencrypted from a PDF viewer and open that",
  corrupt: "This PDF is damaged or not a valid PDF and cannot be read. Download it again or export the PDF again from the original",
  scanned:
    "This is a scan without a text layer (every page is an image): its words and figures cannot be read. Use the original electronic PDF, or recognise its text with OCR software first",
  tooLarge: "The PDF is too large (a budget disclosure is a few MB); please check it is the right file",
};

function classify(error: unknown): PdfRefusal {
  const name = (error as { name?: string } | null)?.name ?? "";
  if (name === "PasswordException") return new PdfRefusal("encrypted", REFUSAL_MESSAGES.encrypted);
  return new PdfRefusal("corrupt", REFUSAL_MESSAGES.corrupt);
}

export function looksLikePdf(bytes: Uint8Array): boolean {
  // "%PDF-" within the first KB, as PDF readers accept.
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + 4 < head.length; i++) {
    if (head[i] === 0x25 && head[i + 1] === 0x50 && head[i + 2] === 0x44 && head[i + 3] === 0x46 && head[i + 4] === 0x2d) return true;
  }
  return false;
}

/** Each page's text items and rulings, straight from pdf.js. */
export async function extractPages(pdfjs: PdfjsModule, bytes: Uint8Array, host: HostOptions): Promise<PdfPageContent[]> {
  if (bytes.length > MAX_PDF_BYTES) throw new PdfRefusal("too-large", REFUSAL_MESSAGES.tooLarge);
  if (!looksLikePdf(bytes)) throw new PdfRefusal("corrupt", REFUSAL_MESSAGES.corrupt);
  // pdf.js takes ownership of (detaches) the buffer it is given: give it a copy.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
    ...host,
  });
  let document: PdfjsDocument;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw classify(error);
  }
  try {
    if (document.numPages > MAX_PAGES) throw new PdfRefusal("too-large", REFUSAL_MESSAGES.tooLarge);
    const pages: PdfPageContent[] = [];
    for (let n = 1; n <= document.numPages; n++) {
      let page: PdfjsPage;
      try {
        page = await document.getPage(n);
      } catch (error) {
        throw classify(error);
      }
      const [text, operators] = await Promise.all([
        page.getTextContent().catch(() => ({ items: [] as unknown[] })),
        page.getOperatorList().catch(() => ({ fnArray: [] as number[], argsArray: [] as unknown[] })),
      ]);
      const items = (text.items as { str?: unknown }[]).filter((item): item is PdfPageContent["items"][number] => typeof item.str === "string");
      pages.push({ items, rulings: rulingsFromOperators(operators.fnArray, operators.argsArray, pdfjs.OPS) });
      page.cleanup();
    }
    return pages;
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

/**
 * A PDF → the reader's lines with their pages. Refuses (PdfRefusal) an encrypted, corrupt or scanned
 * PDF; a PDF of which only some pages are scanned is read, and the source says which pages were not.
 */
export async function readPdf(pdfjs: PdfjsModule, bytes: Uint8Array, host: HostOptions, name = ""): Promise<PdfSource> {
  const pages = await extractPages(pdfjs, bytes, host);
  const layout = layOutDocument(pages);
  if (layout.lines.every((l) => l.trim() === "")) throw new PdfRefusal("scanned", REFUSAL_MESSAGES.scanned);
  return pdfSourceFromLayout(layout, name);
}
