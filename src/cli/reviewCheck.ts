/**
 * `disclosure check FILE` for one file: the findings with the reviewer's decisions kept next to the
 * file (FILE.review.json), `--accept RULE[@LINE] --note TEXT` to add one, `--report OUT` to hand over.
 */
import { existsSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { extname } from "node:path";
import { findingsToJson } from "../core/json";
import type { Disclosure } from "../core/model";
import { checkSheetCsv, checkSheetHtml } from "../core/report/checkSheet";
import {
  type Decision,
  type ReviewedFinding,
  applyDecisions,
  countOpen,
  decide,
  mergeDecisions,
  parseDecisions,
  selectFindings,
  serializeDecisions,
} from "../core/review/decisions";
import { checkDisclosure } from "../core/rules";
import { attachPages, type PdfSource } from "../core/sources/pdfSource";
import { checkSheetXlsx } from "../xlsx/reportXlsx";
import { formatCheckReport } from "./report";
import { mergeFindings, sortByTable } from "../core/findings/merge";

export interface CheckFileOptions {
  json: boolean;
  /** --report: .xlsx, .csv or .html */
  report?: string;
  /** --accept RULE[@LINE] (repeatable), with --note */
  accept?: string[];
  note?: string;
  force?: boolean;
  /** Printed before the findings (what was not read). */
  before?: string;
  /** Added to the --json output (the coverage). */
  jsonExtra?: Record<string, unknown>;
  /** The PDF the document was read from, for the pages of the findings. */
  source?: PdfSource | null;
}

/** A refusal with a message for the user (exit status 2). */
export class CheckFileError extends Error {}

export const reviewFileOf = (path: string) => `${path}.review.json`;

function writeWhole(path: string, bytes: Uint8Array | string) {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
  } catch (error) {
    if (existsSync(temporary)) unlinkSync(temporary);
    throw new CheckFileError(`无法写入“${path}”：${(error as NodeJS.ErrnoException).code === "EACCES" ? "没有写入权限" : (error as Error).message}`);
  }
}

/** The decisions kept beside the input (FILE.review.json), and why they could not be used if so. */
export function loadDecisions(path: string): { decisions: Decision[]; problem: string | null } {
  const file = reviewFileOf(path);
  if (!existsSync(file)) return { decisions: [], problem: null };
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return { decisions: [], problem: `无法读取审核记录“${file}”` };
  }
  const parsed = parseDecisions(text);
  return parsed.ok ? { decisions: parsed.decisions, problem: null } : { decisions: [], problem: `审核记录“${file}”未能使用：${parsed.error}` };
}

async function writeReport(output: string, d: Disclosure, findings: ReviewedFinding[], force: boolean) {
  const kind = extname(output).toLowerCase();
  if (![".xlsx", ".csv", ".html", ".htm"].includes(kind)) throw new CheckFileError("报告文件名应以 .xlsx、.csv 或 .html 结尾");
  if (existsSync(output) && !force) throw new CheckFileError(`“${output}”已存在；如要覆盖请加 --force`);
  const bytes = kind === ".xlsx" ? await checkSheetXlsx(d, findings) : kind === ".csv" ? checkSheetCsv(d, findings) : checkSheetHtml(d, findings);
  writeWhole(output, bytes);
}

function formatAccepted(findings: ReviewedFinding[], outdated: ReturnType<typeof applyDecisions>["outdated"]): string {
  const out: string[] = [];
  const accepted = findings.filter((f) => f.decision);
  if (accepted.length > 0) {
    out.push(`\n【已核实，不是问题】（不计入错误和提示）`);
    for (const f of accepted) out.push(`  ${f.message}  〔${f.rule}〕\n    核实意见：${f.decision!.note}（${f.decision!.decidedAt.slice(0, 10)}）`);
  }
  const changed = outdated.filter((o) => o.reason === "figures-changed");
  if (changed.length > 0) out.push(`\n注意：${changed.length}条审核记录涉及的数字已变化，已不再适用，相应问题重新列出`);
  return out.length > 0 ? `${out.join("\n")}\n` : "";
}

/** Checks one file; returns the exit status (1 when an error not accepted remains). */
export async function checkFile(path: string, disclosure: Disclosure, options: CheckFileOptions): Promise<number> {
  // Pages of a PDF source (第5页) ride along on each finding.
  const findings = attachPages(checkDisclosure(disclosure), options.source);
  const loaded = loadDecisions(path);
  const problem = loaded.problem;
  let decisions = loaded.decisions;
  if (options.accept && options.accept.length > 0) {
    if (problem) throw new CheckFileError(`${problem}；为免覆盖，未记录新的核实意见`);
    const note = options.note?.trim();
    if (!note) throw new CheckFileError('--accept 需要用 --note 写明核实意见（如 --note "已与财政局核实"）');
    const added: Decision[] = [];
    for (const selector of options.accept) {
      const selected = selectFindings(findings, selector);
      if (selected.length === 0) throw new CheckFileError(`没有与“${selector}”对应的检查结果（格式：规则编号 或 规则编号@行号，如 t6-t5-basic@258）`);
      added.push(...selected.map((f) => decide(f, note)));
    }
    decisions = mergeDecisions(decisions, added);
    writeWhole(reviewFileOf(path), serializeDecisions(decisions));
  }
  const { findings: reviewed, outdated } = applyDecisions(findings, decisions);
  if (problem) process.stderr.write(`${problem}\n`);
  if (options.report) await writeReport(options.report, disclosure, sortByTable(mergeFindings(reviewed)), options.force ?? false);
  if (options.json) {
    const json = {
      ...findingsToJson(disclosure, sortByTable(mergeFindings(reviewed))),
      ...options.jsonExtra,
      ...(outdated.length > 0 ? { outdatedDecisions: outdated } : {}),
    };
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    process.stdout.write(
      (options.before ?? "") +
        formatCheckReport(disclosure, sortByTable(mergeFindings(reviewed.filter((f) => !f.decision)))) +
        formatAccepted(reviewed, outdated),
    );
    if (options.report) process.stdout.write(`已生成检查报告 ${options.report}\n`);
  }
  return countOpen(reviewed).error > 0 ? 1 : 0;
}
