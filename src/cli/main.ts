#!/usr/bin/env node
import { quote } from "../core/messages";
import { readFileSync, statSync } from "node:fs";
import { parseArgs } from "node:util";
import { readDisclosure } from "../core/reader";
import { checkDisclosure, countBySeverity, RULES } from "../core/rules";
import { disclosureToJson } from "../core/json";
import { formatCoverage, formatSummary } from "./report";
import type { Disclosure } from "../core/model";
import { buildWorkbookLayout, draftUnsupportedMessage } from "../core/layout";
import { buildDraftLayout } from "../core/draft/draftLayout";
import { checkFiles, expandInputs } from "./batch";
import { CheckFileError, checkFile } from "./reviewCheck";
import { CliFailure, detectLang, fileFailure, type Lang, messages, parseArgsFailure, usageFailure } from "./errors";
import { isFolder, readInputText, sameFile, writeAtomically } from "./files";
import { InputError, isPdfFile, loadDocument } from "./loadSource";
import type { PdfSource } from "../core/sources/pdfSource";
import { computeCoverage } from "../core/coverage";
import { compareDisclosures } from "../core/compare";
import { buildPriorYearSheet } from "../core/compare/sheet";
import { publishedValues } from "../core/compare/previous";
import { compareUsage, compareInputs, compareOptions, priorYearCatalogue, runCompare } from "./compare";

const VERSION: string = (() => {
  try {
    return JSON.parse(readFileSync(require.resolve("../../../../package.json"), "utf8")).version;
  } catch {
    return "0.0.0";
  }
})();

const HELP = `disclosure — 预算公开助手命令行 (budget disclosure assistant)

用法 Usage:
  disclosure parse FILE [--json]   读取预算公开文本，输出表格、情况说明与绩效目标表的结构
  disclosure check FILE [--json]   按勾稽关系检查预算公开，列出错误与提示
  disclosure check FILE [--report 报告.xlsx|.csv|.html] [--accept 规则编号[@行号] --note 核实意见]
                                   导出检查情况表；把某条结果标记为“已核实，不是问题”（记录在 FILE.review.json）
  disclosure check DIR|FILE... [--json]
                                   检查文件夹中（或多个）预算公开，每个文件一行汇总
  disclosure compare LAST THIS [--json] [--large-percent 30] [--large-amount 10]
  disclosure compare --last 上年说明.pdf --last 上年报表.pdf 本年说明.pdf 本年报表.pdf
                                   与上年对比：同比说法与上年公开的数字是否一致、较大变动、新增/取消的项目
  disclosure import FILE -o OUT.xlsx [--force] [--last LAST]
                                   生成Excel工作簿：13张表、说明、校验（公式随数字自动重算）
  disclosure draft FILE -o NEXT.xlsx [--prefill] [--force] [--last PUBLISHED]
                                   起草下一年度：录入末级数字，其余各表和情况说明由公式生成（--prefill 以本年数字为起点；--last 上年数取自已公开的文件，按科目编码和名称逐行对应）
  disclosure rules [--json]        列出全部检查规则
  disclosure --help | --version
  --lang en                        命令行提示用英文 (messages in English; also DISCLOSURE_LANG=en or LANG=en…)

FILE 为预算公开的PDF文件，或从PDF转出的文本（制表符分隔单元格），UTF-8、GB18030或UTF-16编码；“-”读取标准输入。
  --merge  把几个PDF读作一份预算公开（如分开发布的情况说明和报表）：disclosure check 说明.pdf 报表.pdf --merge
退出码 Exit codes: 0 成功/无错误, 1 检查发现错误, 2 文件无法读取、不是预算公开或未能完整读取
（批量检查时，有文件无法读取或未能完整读取为2，否则有错误为1）`;

const HELP_EN = `disclosure — budget disclosure assistant (预算公开助手)

Usage:
  disclosure parse FILE [--json]   read a disclosure: its tables, narrative and performance target tables
  disclosure check FILE [--json]   check the consistency rules, list errors and warnings
  disclosure check FILE [--report OUT.xlsx|.csv|.html] [--accept RULE[@LINE] --note NOTE]
                                   write the check sheet; mark a finding as verified, not a problem (kept in FILE.review.json)
  disclosure check DIR|FILE... [--json]
                                   check a folder (or several files), one line per file
  disclosure compare LAST THIS [--json] [--large-percent 30] [--large-amount 10]
                                   against last year: year-on-year statements, large changes, new and dropped items
  disclosure import FILE -o OUT.xlsx [--force] [--last LAST]
                                   a workbook: the tables, the narrative, live checks (formulas recalculate)
  disclosure draft FILE -o NEXT.xlsx [--prefill] [--force] [--last PUBLISHED]
                                   next year's draft: enter the detail figures, the rest follows by formulas
  disclosure rules [--json]        the rule catalogue
  disclosure --help | --version
  --lang zh|en                     the language of the output (also DISCLOSURE_LANG=en or LANG=en…)

FILE is the disclosure's PDF or text extracted from it (TAB between cells), UTF-8, GB18030 or UTF-16; "-" reads standard input.
  --merge  read several PDFs as one disclosure (text and tables published apart): disclosure check text.pdf tables.pdf --merge
Exit codes: 0 success / no error, 1 check found an error, 2 the file cannot be read, is not a disclosure or was not read completely
(checking several files: 2 when a file cannot be read or was not read completely, else 1 when any has an error)`;

/** The language of the CLI's own messages: --lang en or LANG=en… (known before the options are parsed). */
const LANG: Lang = detectLang(process.argv.slice(2), process.env);

class UsageError extends Error {}

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

/** Reads, decodes and reads a disclosure from a file ("-": standard input); refuses what is not one with a clear message. */
export function loadDisclosure(path: string): Disclosure {
  const text = readInputText(path, LANG);
  const result = readDisclosure(text);
  if (!result.ok) {
    const reason = LANG === "en" ? (result.errorEn ?? result.error) : result.error;
    throw new CliFailure("not-disclosure", messages(LANG).cannotRead(path, reason), reason);
  }
  return result.disclosure;
}

/** import and draft write what was read: an incomplete document is said so (the workbook is still written). */
function noteIfIncomplete(path: string, disclosure: Disclosure): void {
  const coverage = computeCoverage(disclosure);
  if (coverage.complete) return;
  const problems = coverage.problems.map((p) => p.message[LANG]).join(LANG === "zh" ? "；" : "; ");
  process.stderr.write(
    LANG === "zh"
      ? `注意：“${path}”未能完整读取（${problems}），生成的工作簿只含读到的部分\n`
      : `note: "${path}" was not read completely (${problems}); the workbook holds only what was read\n`,
  );
}

/** The -o file of import and draft: an .xlsx, never the input, never someone's existing file without --force. */
function outputFile(input: string, output: string, force: boolean): string {
  if (sameFile(output, input)) throw new CliFailure("same-file", messages(LANG).sameFile(output, input));
  let exists: boolean;
  try {
    exists = statSync(output, { throwIfNoEntry: false }) !== undefined;
  } catch (error) {
    throw fileFailure(error, output, "write", LANG);
  }
  if (isFolder(output)) throw new CliFailure("is-directory", messages(LANG).isDirectory(output));
  if (exists && !force) throw new CliFailure("exists", messages(LANG).exists(output));
  return output;
}

async function checkMany(inputs: string[], json: boolean): Promise<number> {
  const files = expandInputs(inputs);
  if (files.length === 0) {
    const names = inputs.join(LANG === "zh" ? "、" : ", ");
    throw new CliFailure("not-found", LANG === "zh" ? `“${names}”中没有预算公开文件（.txt 或 .pdf）` : `no text or PDF files (.txt, .pdf) in "${names}"`);
  }
  const results = await checkFiles(files, LANG);
  if (json) {
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  } else {
    const totals = { files: results.length, unreadable: 0, incomplete: 0, error: 0, warning: 0 };
    for (const r of results) {
      if (!r.ok) {
        totals.unreadable++;
        process.stdout.write(LANG === "zh" ? `${r.file}\t无法读取：${r.error}\n` : `${r.file}\tcannot be read: ${r.error}\n`);
        continue;
      }
      totals.error += r.counts!.error;
      totals.warning += r.counts!.warning;
      const counts = LANG === "zh" ? `错误${r.counts!.error}\t提示${r.counts!.warning}` : `errors ${r.counts!.error}\twarnings ${r.counts!.warning}`;
      if (r.coverage && !r.coverage.complete) {
        totals.incomplete++;
        process.stdout.write(
          LANG === "zh"
            ? `${r.file}\t未能完整读取：${r.coverage.problems.map((p) => p.message.zh).join("；")}\t${counts}\n`
            : `${r.file}\tnot read completely: ${r.coverage.problems.map((p) => p.message.en).join("; ")}\t${counts}\n`,
        );
        continue;
      }
      process.stdout.write(
        LANG === "zh"
          ? `${r.file}\t${r.unit ?? "（未识别单位）"}\t${r.year ?? "？"}年\t${counts}\n`
          : `${r.file}\t${r.unit ? quote(r.unit) : "(unit not recognised)"}\t${r.year ?? "?"}\t${counts}\n`,
      );
    }
    if (LANG === "zh") {
      const incomplete = totals.incomplete > 0 ? `未能完整读取${totals.incomplete}个，` : "";
      process.stdout.write(`合计：${totals.files}个文件，无法读取${totals.unreadable}个，${incomplete}错误${totals.error}条，提示${totals.warning}条\n`);
    } else {
      const incomplete = totals.incomplete > 0 ? `${totals.incomplete} not read completely, ` : "";
      process.stdout.write(`Total: ${totals.files} files, ${totals.unreadable} unreadable, ${incomplete}${totals.error} errors, ${totals.warning} warnings\n`);
    }
  }
  if (results.some((r) => !r.ok || (r.coverage && !r.coverage.complete))) return 2;
  return results.some((r) => (r.counts?.error ?? 0) > 0) ? 1 : 0;
}

/** A PDF (or several read as one with --merge) through the PDF source; a text file as before. */
async function loadAny(paths: string[]): Promise<{ disclosure: Disclosure; source: PdfSource | null }> {
  if (paths.length === 1 && (paths[0] === "-" || !isPdfFile(paths[0]))) return { disclosure: loadDisclosure(paths[0]), source: null };
  try {
    return await loadDocument(paths, LANG);
  } catch (error) {
    if (error instanceof InputError) throw new CliFailure("not-disclosure", error.message, error.message);
    throw error;
  }
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
      version: { type: "boolean", short: "v", default: false },
      output: { type: "string", short: "o" },
      force: { type: "boolean", default: false },
      prefill: { type: "boolean", default: false },
      report: { type: "string" },
      accept: { type: "string", multiple: true },
      note: { type: "string" },
      lang: { type: "string" },
      merge: { type: "boolean", default: false },
      last: { type: "string", multiple: true },
      "large-percent": { type: "string" },
      "large-amount": { type: "string" },
    },
  });
  if (values.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const [command, ...files] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${LANG === "zh" ? HELP : HELP_EN}\n`);
    return values.help ? 0 : 2;
  }
  // One document: one file, or several PDFs read as one with --merge.
  const oneDocument = () => (values.merge && files.length > 1 ? files : [oneFile()]);
  const oneFile = () => {
    if (files.length !== 1)
      throw new UsageError(
        LANG === "zh"
          ? `${command} 需要且只需要一个文件（用 --merge 把几个PDF读作一份）`
          : `${command} takes exactly one file (--merge reads several PDFs as one)`,
      );
    return files[0];
  };
  const needOutput = (force: boolean) => {
    if (!values.output) throw new UsageError(LANG === "zh" ? `${command} 需要用 -o 指定输出的 .xlsx 文件` : `${command} needs -o OUT.xlsx`);
    if (!/\.xlsx$/i.test(values.output)) throw new UsageError(LANG === "zh" ? "输出文件名应以 .xlsx 结尾" : "the output's name must end with .xlsx");
    for (const input of files) outputFile(input, values.output, force);
    return values.output;
  };
  switch (command) {
    case "parse": {
      const { disclosure } = await loadAny(oneDocument());
      process.stdout.write(
        values.json
          ? `${JSON.stringify(disclosureToJson(disclosure), null, 2)}\n`
          : formatCoverage(computeCoverage(disclosure), LANG, "parse") + formatSummary(disclosure, LANG),
      );
      return 0;
    }
    case "check": {
      if (files.length === 0) throw new UsageError(LANG === "zh" ? "check 需要文件或文件夹" : "check needs a file or a folder");
      if ((files.length > 1 && !values.merge) || isFolder(files[0])) return checkMany(files, values.json ?? false);
      const { disclosure, source } = await loadAny(files);
      const coverage = computeCoverage(disclosure);
      // Decisions kept in FILE.review.json, --accept and --report: src/cli/reviewCheck.ts. What was not read comes first.
      const options = { json: values.json ?? false, report: values.report, accept: values.accept, note: values.note, force: values.force, lang: LANG };
      const status = await checkFile(files[0], disclosure, { ...options, before: formatCoverage(coverage, LANG), jsonExtra: { coverage }, source }).catch(
        (e) => (e instanceof CheckFileError ? fail(e.message) : Promise.reject(e)),
      );
      if (!coverage.complete) {
        const name = files.join(LANG === "zh" ? "、" : ", ");
        process.stderr.write(
          LANG === "zh"
            ? `“${name}”未能完整读取：${coverage.problems.map((p) => p.message.zh).join("；")}\n`
            : `"${name}" was not read completely: ${coverage.problems.map((p) => p.message.en).join("; ")}\n`,
        );
        return 2;
      }
      return status;
    }
    case "import": {
      const inputs = oneDocument();
      const input = inputs[0];
      const output = needOutput(values.force ?? false);
      const { disclosure } = await loadAny(inputs);
      noteIfIncomplete(input, disclosure);
      const findings = checkDisclosure(disclosure);
      const { writeXlsx } = await import("../xlsx/writeXlsx"); // exceljs loads in half a second: only when writing
      const layout = buildWorkbookLayout(disclosure, findings);
      // --last: a 上年对比 sheet with both years side by side.
      if (values.last) {
        const last = (await loadAny(values.last)).disclosure;
        layout.sheets.push(buildPriorYearSheet(last, disclosure, compareDisclosures(last, disclosure)));
      }
      // The reviewer's decisions kept beside the input go into the workbook's hidden 审核记录 sheet.
      const { loadDecisions } = await import("./reviewCheck");
      const review = input === "-" ? { decisions: [], problem: null } : loadDecisions(input, LANG);
      if (review.problem)
        process.stderr.write(
          LANG === "zh" ? `${review.problem}；工作簿中未写入审核记录\n` : `${review.problem}; no review record was written into the workbook\n`,
        );
      const bytes = await writeXlsx(layout, review.decisions);
      writeAtomically(output, bytes, LANG);
      const c = countBySeverity(findings);
      const tableCount = disclosure.templateTables ? disclosure.templateTables.filter((t) => t.found).length : disclosure.tables.length;
      if (review.decisions.length > 0)
        process.stdout.write(
          LANG === "zh"
            ? `审核记录：${review.decisions.length}条核实意见已写入工作表“审核记录”（隐藏）\n`
            : `review record: ${review.decisions.length} decisions written to the hidden sheet “审核记录”\n`,
        );
      process.stdout.write(
        LANG === "zh"
          ? `已生成 ${output}：${tableCount}张表、说明、校验（错误${c.error}条，提示${c.warning}条）\n`
          : `written ${output}: ${tableCount} tables, narrative, checks (${c.error} errors, ${c.warning} warnings)\n`,
      );
      return 0;
    }
    case "draft": {
      const inputs = oneDocument();
      const input = inputs[0];
      const output = needOutput(values.force ?? false);
      const { disclosure } = await loadAny(inputs);
      // Drafts are Shanxi's 13 tables: another template's document is refused, nothing written.
      if (disclosure.templateTables) throw new CliFailure("not-disclosure", draftUnsupportedMessage(disclosure, LANG));
      noteIfIncomplete(input, disclosure);
      // --last: 上年数 as published, matched row by row.
      const published = values.last ? publishedValues((await loadAny(values.last)).disclosure, disclosure) : undefined;
      const { writeXlsx } = await import("../xlsx/writeXlsx");
      writeAtomically(output, await writeXlsx(buildDraftLayout(disclosure, { prefill: values.prefill ?? false, previousValues: published?.valuesOf })), LANG);
      process.stdout.write(
        LANG === "zh"
          ? `已生成 ${output}：${(disclosure.year ?? 0) + 1}年度草稿（黄色单元格为录入项，其余由公式计算）\n`
          : `written ${output}: the ${(disclosure.year ?? 0) + 1} draft (enter the yellow cells, the rest is computed by formulas)\n`,
      );
      return 0;
    }
    case "compare": {
      const inputs = compareInputs(files, values.last);
      if (!inputs) throw new UsageError(compareUsage(LANG));
      const options = compareOptions(values, LANG);
      if (typeof options === "string") throw new UsageError(options);
      const { text, code } = runCompare(await loadAny(inputs.last), await loadAny(inputs.current), options, values.json ?? false, LANG);
      process.stdout.write(text);
      return code;
    }
    case "rules": {
      const catalogue = [
        ...RULES.map((r) => ({ id: r.id, severity: r.severity, scope: r.scope, tables: r.tables, description: r.description })),
        ...priorYearCatalogue(), // disclosure compare
      ];
      process.stdout.write(
        values.json ? `${JSON.stringify(catalogue, null, 2)}\n` : catalogue.map((r) => `${r.id}\t${r.severity}\t${r.description[LANG]}`).join("\n") + "\n",
      );
      return 0;
    }
    default:
      throw new UsageError(LANG === "zh" ? `未知命令“${command}”` : `unknown command "${command}"`);
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error) => {
    const argv = process.argv.slice(2);
    let failure: CliFailure | null = null;
    if (error instanceof CliFailure) failure = error;
    else if (error instanceof UsageError)
      failure = usageFailure(
        error.message,
        argv.find((a) => !a.startsWith("-")),
        LANG,
      );
    else if ((error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) failure = parseArgsFailure(error as Error, argv, LANG);
    if (failure) fail(failure.usage ? `${failure.message}\n${failure.usage}` : failure.message);
    fail(`${LANG === "zh" ? "内部错误" : "internal error"}：${error instanceof Error ? error.message : String(error)}`);
  },
);
