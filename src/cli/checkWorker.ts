/** Worker thread of the batch check: reads and checks one file per message. */
import { parentPort, workerData } from "node:worker_threads";
import { readDisclosure } from "../core/reader";
import { checkDisclosure, countBySeverity } from "../core/rules";
import { computeCoverage } from "../core/coverage";
import type { FileResult } from "./batch";
import { CliFailure, type Lang } from "./errors";
import { readInputText } from "./files";
import { InputError, isPdfFile, loadDocument } from "./loadSource";
import { attachPages } from "../core/sources/pdfSource";

/** A PDF: read through the PDF source; its findings carry their pages. */
async function checkPdf(file: string): Promise<FileResult> {
  try {
    const { disclosure, source } = await loadDocument([file], lang);
    const findings = attachPages(checkDisclosure(disclosure), source);
    const coverage = computeCoverage(disclosure);
    return { file, ok: true, unit: disclosure.unit, year: disclosure.year, counts: countBySeverity(findings), findings, coverage };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { file, ok: false, error: error.message.replace(`无法读取“${file}”：`, "").replace(`cannot read "${file}": `, "") };
  }
}

const lang: Lang = (workerData as { lang?: Lang } | null)?.lang ?? "zh";

function checkFile(file: string): FileResult {
  let text: string;
  try {
    text = readInputText(file, lang);
  } catch (error) {
    if (error instanceof CliFailure) return { file, ok: false, error: error.reason };
    throw error;
  }
  const result = readDisclosure(text);
  if (!result.ok) return { file, ok: false, error: lang === "en" ? (result.errorEn ?? result.error) : result.error };
  const findings = checkDisclosure(result.disclosure);
  return {
    file,
    ok: true,
    unit: result.disclosure.unit,
    year: result.disclosure.year,
    counts: countBySeverity(findings),
    findings,
    coverage: computeCoverage(result.disclosure),
  };
}

parentPort?.on("message", async ({ index, file }: { index: number; file: string }) => {
  let result: FileResult;
  try {
    result = isPdfFile(file) ? await checkPdf(file) : checkFile(file);
  } catch (error) {
    result = { file, ok: false, error: `内部错误：${(error as Error).message}` };
  }
  parentPort!.postMessage({ index, result });
});
