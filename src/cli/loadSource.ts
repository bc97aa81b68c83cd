/**
 * The CLI's inputs: a disclosure's text file, a PDF, or several PDFs read as one (--merge). Every
 * failure becomes a Chinese message (never a stack trace) for the caller to print and exit 2 on.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import { basename } from "node:path";
import { MAX_TEXT_LENGTH, readDisclosure } from "../core/reader";
import { decodeDisclosureBytes } from "../core/reader/decode";
import type { Disclosure } from "../core/model";
import { type PdfSource, attachWarningPages, mergeSources } from "../core/sources/pdfSource";
import { MAX_PDF_BYTES, PdfRefusal, looksLikePdf } from "../pdf/extract";
import { readPdfBytes } from "../pdf/node";

export class InputError extends Error {}

export interface LoadedDocument {
  disclosure: Disclosure;
  /** Where each line was printed, for a PDF (null for a text file). */
  source: PdfSource | null;
}

type Lang = "zh" | "en";
const say = (lang: Lang, zh: string, en: string) => (lang === "zh" ? zh : en);
const readFailure = (path: string, error: unknown, lang: Lang) =>
  (error as NodeJS.ErrnoException).code === "EACCES"
    ? say(lang, `无法读取文件“${path}”：没有读取权限`, `cannot read "${path}": permission denied`)
    : say(lang, `无法读取文件“${path}”：读取失败`, `cannot read "${path}": the read failed`);

function readBytes(path: string, lang: Lang): Uint8Array {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError(say(lang, `“${path}”是文件夹，请指定一个文件`, `"${path}" is a folder; name a file`));
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new InputError(say(lang, `找不到文件“${path}”`, `file not found: "${path}"`));
    throw new InputError(readFailure(path, error, lang));
  }
  if (size > Math.max(MAX_TEXT_LENGTH * 3, MAX_PDF_BYTES))
    throw new InputError(
      say(
        lang,
        `文件“${path}”过大（${Math.round(size / 1024 / 1024)}MB），请确认文件是否正确`,
        `"${path}" is too large (${Math.round(size / 1024 / 1024)} MB); please check it is the right file`,
      ),
    );
  try {
    const bytes = readFileSync(path);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } catch (error) {
    throw new InputError(readFailure(path, error, lang));
  }
}

export function isPdfPath(path: string): boolean {
  return /\.pdf$/i.test(path);
}

/** A PDF by its name or by its first bytes (a PDF saved as .txt, or without an extension); false when unreadable. */
export function isPdfFile(path: string): boolean {
  if (isPdfPath(path)) return true;
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    const head = new Uint8Array(1024);
    return looksLikePdf(head.subarray(0, readSync(fd, head, 0, head.length, 0)));
  } catch {
    return false; // a folder, a missing file: the text path says what is wrong
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

async function readPdfFile(path: string, bytes: Uint8Array, label: string, lang: Lang): Promise<PdfSource> {
  try {
    return await readPdfBytes(bytes, label);
  } catch (error) {
    if (error instanceof PdfRefusal) throw new InputError(say(lang, `无法读取“${path}”：${error.message}`, `cannot read "${path}": ${error.messageEn}`));
    throw new InputError(say(lang, `无法读取“${path}”：PDF文件无法解析，可能已损坏`, `cannot read "${path}": the PDF cannot be parsed; it may be damaged`));
  }
}

/**
 * Reads one disclosure from one file, or from several PDFs read as one (Jiangsu publishes the text and
 * the tables separately). The source's own warnings (pages without text) join the reader's.
 */
export async function loadDocument(paths: string[], lang: Lang = "zh"): Promise<LoadedDocument> {
  let text: string;
  let source: PdfSource | null = null;
  const many = paths.length > 1;
  const files = paths.map((path) => ({ path, bytes: readBytes(path, lang) }));
  const pdfs = files.filter((f) => looksLikePdf(f.bytes) || isPdfPath(f.path));
  if (pdfs.length > 0) {
    if (pdfs.length !== files.length)
      throw new InputError(say(lang, "--merge 只能合并PDF文件；文本文件请单独检查", "--merge joins PDF files only; check a text file on its own"));
    const sources: PdfSource[] = [];
    for (const f of files) sources.push(await readPdfFile(f.path, f.bytes, many ? basename(f.path) : "", lang));
    source = many ? mergeSources(sources) : sources[0];
    text = source.text;
  } else {
    if (many) throw new InputError(say(lang, "--merge 只能合并PDF文件；文本文件请单独检查", "--merge joins PDF files only; check a text file on its own"));
    text = decodeDisclosureBytes(files[0].bytes).text;
  }
  const result = readDisclosure(text);
  const name = paths.map((p) => `“${p}”`).join("、");
  if (!result.ok)
    throw new InputError(
      lang === "zh" ? `无法读取${name}：${result.error}` : `cannot read ${paths.map((p) => `"${p}"`).join(", ")}: ${result.errorEn ?? result.error}`,
    );
  const disclosure = result.disclosure;
  if (source) {
    disclosure.warnings.unshift(...source.warnings);
    disclosure.warnings = attachWarningPages(disclosure.warnings, source);
  }
  return { disclosure, source };
}
