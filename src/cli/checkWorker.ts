/** Worker thread of the batch check: reads and checks one file per message. */
import { readFileSync } from "node:fs";
import { parentPort } from "node:worker_threads";
import { MAX_TEXT_LENGTH, readDisclosure } from "../core/reader";
import { decodeDisclosureBytes } from "../core/reader/decode";
import { checkDisclosure, countBySeverity } from "../core/rules";
import type { FileResult } from "./batch";
import { InputError, isPdfPath, loadDocument } from "./loadSource";
import { attachPages } from "../core/sources/pdfSource";

/** A PDF: read through the PDF source; its findings carry their pages. */
async function checkPdf(file: string): Promise<FileResult> {
  try {
    const { disclosure, source } = await loadDocument([file]);
    const findings = attachPages(checkDisclosure(disclosure), source);
    return { file, ok: true, unit: disclosure.unit, year: disclosure.year, counts: countBySeverity(findings), findings };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { file, ok: false, error: error.message.replace(`无法读取“${file}”：`, "") };
  }
}

function checkFile(file: string): FileResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { file, ok: false, error: code === "ENOENT" ? "找不到文件" : `无法读取：${(error as Error).message}` };
  }
  if (bytes.length > MAX_TEXT_LENGTH * 3) return { file, ok: false, error: "文件过大" };
  const result = readDisclosure(decodeDisclosureBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)).text);
  if (!result.ok) return { file, ok: false, error: result.error };
  const findings = checkDisclosure(result.disclosure);
  return { file, ok: true, unit: result.disclosure.unit, year: result.disclosure.year, counts: countBySeverity(findings), findings };
}

parentPort?.on("message", async ({ index, file }: { index: number; file: string }) => {
  let result: FileResult;
  try {
    result = isPdfPath(file) ? await checkPdf(file) : checkFile(file);
  } catch (error) {
    result = { file, ok: false, error: `内部错误：${(error as Error).message}` };
  }
  parentPort!.postMessage({ index, result });
});
