/** Worker thread of the batch check: reads and checks one file per message. */
import { readFileSync } from "node:fs";
import { parentPort } from "node:worker_threads";
import { MAX_TEXT_LENGTH, readDisclosure } from "../core/reader";
import { decodeDisclosureBytes } from "../core/reader/decode";
import { checkDisclosure, countBySeverity } from "../core/rules";
import type { FileResult } from "./batch";

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

parentPort?.on("message", ({ index, file }: { index: number; file: string }) => {
  let result: FileResult;
  try {
    result = checkFile(file);
  } catch (error) {
    result = { file, ok: false, error: `内部错误：${(error as Error).message}` };
  }
  parentPort!.postMessage({ index, result });
});
