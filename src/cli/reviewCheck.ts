/**
 * `disclosure check FILE` for one file: the findings with the reviewer's decisions kept next to the
 * file (FILE.review.json), `--accept RULE[@LINE] --note TEXT` to add one, `--report OUT` to hand over.
 */
import { messageIn, quote } from "../core/messages";
import type { Lang } from "./errors";
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
import { formatCheckReport } from "./report";
import { mergedInTableOrder } from "../core/findings/merge";

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
  /** The language of the text output (findings, headings); --json keeps both. */
  lang?: Lang;
}

/** A refusal with a message for the user (exit status 2). */
export class CheckFileError extends Error {}

export const reviewFileOf = (path: string) => `${path}.review.json`;

function writeWhole(path: string, bytes: Uint8Array | string, lang: Lang) {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
  } catch (error) {
    if (existsSync(temporary)) unlinkSync(temporary);
    const denied = (error as NodeJS.ErrnoException).code === "EACCES";
    throw new CheckFileError(
      lang === "zh"
        ? `无法写入“${path}”：${denied ? "没有写入权限" : (error as Error).message}`
        : `cannot write "${path}": ${denied ? "no permission to write" : (error as Error).message}`,
    );
  }
}

/** The decisions kept beside the input (FILE.review.json), and why they could not be used if so. */
export function loadDecisions(path: string, lang: Lang): { decisions: Decision[]; problem: string | null } {
  const file = reviewFileOf(path);
  if (!existsSync(file)) return { decisions: [], problem: null };
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return { decisions: [], problem: lang === "zh" ? `无法读取审核记录“${file}”` : `cannot read the review record "${file}"` };
  }
  const parsed = parseDecisions(text);
  if (parsed.ok) return { decisions: parsed.decisions, problem: null };
  return {
    decisions: [],
    problem: lang === "zh" ? `审核记录“${file}”未能使用：${parsed.error}` : `the review record "${file}" cannot be used: ${parsed.error}`,
  };
}

async function writeReport(output: string, d: Disclosure, findings: ReviewedFinding[], force: boolean, lang: Lang) {
  const kind = extname(output).toLowerCase();
  if (![".xlsx", ".csv", ".html", ".htm"].includes(kind))
    throw new CheckFileError(lang === "zh" ? "报告文件名应以 .xlsx、.csv 或 .html 结尾" : "the report's name must end with .xlsx, .csv or .html");
  if (existsSync(output) && !force)
    throw new CheckFileError(lang === "zh" ? `“${output}”已存在；如要覆盖请加 --force` : `"${output}" already exists; add --force to overwrite it`);
  const bytes =
    // exceljs takes most of the CLI's start-up: loaded only for an .xlsx report.
    kind === ".xlsx"
      ? await (await import("../xlsx/reportXlsx")).checkSheetXlsx(d, findings, lang)
      : kind === ".csv"
        ? checkSheetCsv(d, findings, lang)
        : checkSheetHtml(d, findings, lang);
  writeWhole(output, bytes, lang);
}

function formatAccepted(findings: ReviewedFinding[], outdated: ReturnType<typeof applyDecisions>["outdated"], lang: Lang): string {
  const out: string[] = [];
  const accepted = findings.filter((f) => f.decision);
  if (accepted.length > 0) {
    out.push(lang === "zh" ? `\n【已核实，不是问题】（不计入错误和提示）` : `\n[Verified, not a problem] (not counted as errors or warnings)`);
    for (const f of accepted)
      out.push(
        lang === "zh"
          ? `  ${f.message}  〔${f.rule}〕\n    核实意见：${f.decision!.note}（${f.decision!.decidedAt.slice(0, 10)}）`
          : `  ${messageIn(f, lang)}  (${f.rule})\n    reviewer's note: ${quote(f.decision!.note)} (${f.decision!.decidedAt.slice(0, 10)})`,
      );
  }
  const changed = outdated.filter((o) => o.reason === "figures-changed");
  if (changed.length > 0)
    out.push(
      lang === "zh"
        ? `\n注意：${changed.length}条审核记录涉及的数字已变化，已不再适用，相应问题重新列出`
        : `\nnote: the figures of ${changed.length} reviewer decisions have changed; they no longer apply and their findings are listed again`,
    );
  return out.length > 0 ? `${out.join("\n")}\n` : "";
}

/** Checks one file; returns the exit status (1 when an error not accepted remains). */
export async function checkFile(path: string, disclosure: Disclosure, options: CheckFileOptions): Promise<number> {
  // Pages of a PDF source (第5页) ride along on each finding.
  const lang = options.lang ?? "zh";
  const findings = attachPages(checkDisclosure(disclosure), options.source);
  const loaded = loadDecisions(path, lang);
  const problem = loaded.problem;
  let decisions = loaded.decisions;
  if (options.accept && options.accept.length > 0) {
    if (problem)
      throw new CheckFileError(
        lang === "zh" ? `${problem}；为免覆盖，未记录新的核实意见` : `${problem}; the new decision was not recorded, so as not to overwrite it`,
      );
    const note = options.note?.trim();
    if (!note)
      throw new CheckFileError(
        lang === "zh"
          ? '--accept 需要用 --note 写明核实意见（如 --note "已与财政局核实"）'
          : '--accept needs --note with the reviewer\'s note (e.g. --note "checked with the finance bureau")',
      );
    const added: Decision[] = [];
    for (const selector of options.accept) {
      const selected = selectFindings(findings, selector);
      if (selected.length === 0)
        throw new CheckFileError(
          lang === "zh"
            ? `没有与“${selector}”对应的检查结果（格式：规则编号 或 规则编号@行号，如 t6-t5-basic@258）`
            : `no finding matches "${selector}" (format: RULE or RULE@LINE, e.g. t6-t5-basic@258)`,
        );
      added.push(...selected.map((f) => decide(f, note)));
    }
    decisions = mergeDecisions(decisions, added);
    writeWhole(reviewFileOf(path), serializeDecisions(decisions), lang);
  }
  const { findings: reviewed, outdated } = applyDecisions(findings, decisions);
  if (problem) process.stderr.write(`${problem}\n`);
  const merged = mergedInTableOrder(reviewed);
  if (options.report) await writeReport(options.report, disclosure, merged, options.force ?? false, lang);
  if (options.json) {
    const json = {
      ...findingsToJson(disclosure, merged),
      ...options.jsonExtra,
      ...(outdated.length > 0 ? { outdatedDecisions: outdated } : {}),
    };
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    process.stdout.write(
      (options.before ?? "") +
        formatCheckReport(disclosure, mergedInTableOrder(reviewed.filter((f) => !f.decision)), lang) +
        formatAccepted(reviewed, outdated, lang),
    );
    if (options.report) process.stdout.write(lang === "zh" ? `已生成检查报告 ${options.report}\n` : `report written: ${options.report}\n`);
  }
  return countOpen(reviewed).error > 0 ? 1 : 0;
}
