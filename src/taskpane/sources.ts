import { decodeDisclosureBytes } from "../core/reader/decode";
import { MAX_TEXT_LENGTH } from "../core/reader";
import { type PdfSource, mergeSources } from "../core/sources/pdfSource";
import { MAX_PDF_BYTES, PdfRefusal, looksLikePdf } from "../pdf/extract";

/**
 * Where a disclosure's text comes from. Each source turns the user's input into text for the reader;
 * PDF, .docx and .xlsx sources can join by implementing the same interface.
 */
export interface DisclosureSource {
  id: string;
  /** File extensions the source accepts, for the file picker. */
  accept: string[];
  readFile(file: Blob): Promise<string>;
}

export const textFileSource: DisclosureSource = {
  id: "text",
  accept: [".txt", ".text", ".tsv"],
  async readFile(file: Blob): Promise<string> {
    if (file.size > MAX_TEXT_LENGTH) throw new RangeError("too-large");
    const bytes = new Uint8Array(await file.arrayBuffer());
    return decodeDisclosureBytes(bytes).text;
  },
};

/** PDFs are read by pdf.js, loaded only when a PDF is opened. */
export const PDF_ACCEPT = [".pdf"];

export const SOURCES: readonly DisclosureSource[] = [textFileSource];

/** File extensions the file picker offers. */
export const ACCEPTED = [...PDF_ACCEPT, ...SOURCES.flatMap((s) => s.accept)].join(",");

export interface OpenedFiles {
  text: string;
  /** Where each line was printed, for PDFs. */
  pdf: PdfSource | null;
}

/** A reason in Chinese (or the pane's language) for a file that cannot be read. */
export class UnreadableFile extends Error {}

/**
 * One text file, one PDF, or two or more PDFs read as one disclosure (text and tables published
 * separately). Throws UnreadableFile with a message for the user.
 */
export async function openFiles(files: File[], messages: { tooLarge: string; mixed: string; english?: boolean }): Promise<OpenedFiles> {
  const read: { file: File; bytes: Uint8Array; pdf: boolean }[] = [];
  for (const file of files) {
    if (file.size > Math.max(MAX_TEXT_LENGTH, MAX_PDF_BYTES)) throw new UnreadableFile(messages.tooLarge);
    const bytes = new Uint8Array(await file.arrayBuffer());
    read.push({ file, bytes, pdf: looksLikePdf(bytes) || /\.pdf$/i.test(file.name) });
  }
  const pdfs = read.filter((f) => f.pdf);
  if (pdfs.length === 0) {
    if (files.length > 1) throw new UnreadableFile(messages.mixed);
    if (read[0].bytes.length > MAX_TEXT_LENGTH) throw new UnreadableFile(messages.tooLarge);
    return { text: decodeDisclosureBytes(read[0].bytes).text, pdf: null };
  }
  if (pdfs.length !== files.length) throw new UnreadableFile(messages.mixed);
  const { readPdfInBrowser } = await import(/* webpackChunkName: "pdf-source" */ "./pdfBrowser");
  const sources: PdfSource[] = [];
  for (const { file, bytes } of pdfs) {
    try {
      sources.push(await readPdfInBrowser(bytes, files.length > 1 ? file.name : ""));
    } catch (error) {
      if (error instanceof PdfRefusal) {
        const reason = messages.english ? error.messageEn : error.message;
        throw new UnreadableFile(files.length > 1 ? (messages.english ? `“${file.name}”: ${reason}` : `“${file.name}”：${reason}`) : reason);
      }
      throw error;
    }
  }
  const pdf = sources.length > 1 ? mergeSources(sources) : sources[0];
  return { text: pdf.text, pdf };
}
