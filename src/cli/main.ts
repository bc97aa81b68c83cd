#!/usr/bin/env node
import { existsSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { decodeDisclosureBytes } from "../core/reader/decode";
import { MAX_TEXT_LENGTH, readDisclosure } from "../core/reader";
import { checkDisclosure, countBySeverity, RULES } from "../core/rules";
import { disclosureToJson, findingsToJson } from "../core/json";
import { formatCheckReport, formatSummary } from "./report";
import type { Disclosure } from "../core/model";
import { buildWorkbookLayout } from "../core/layout";
import { buildDraftLayout } from "../core/draft/draftLayout";
import { writeXlsx } from "../xlsx/writeXlsx";
import { checkFiles, expandInputs } from "./batch";
import { InputError, loadDocument } from "./loadSource";
import { attachPages } from "../core/sources/pdfSource";
import { compareDisclosures } from "../core/compare";
import { buildPriorYearSheet } from "../core/compare/sheet";
import { publishedValues } from "../core/compare/previous";
import { compareOptions, runCompare } from "./compare";

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
  disclosure check DIR|FILE... [--json]
                                   检查文件夹中（或多个）预算公开，每个文件一行汇总
  disclosure compare LAST THIS [--json] [--large-percent 30] [--large-amount 10]
                                   与上年对比：同比说法与上年公开的数字是否一致、较大变动、新增/取消的项目
  disclosure import FILE -o OUT.xlsx [--force] [--last LAST]
                                   生成Excel工作簿：13张表、说明、校验（公式随数字自动重算）
  disclosure draft FILE -o NEXT.xlsx [--prefill] [--force] [--last PUBLISHED]
                                   起草下一年度：录入末级数字，其余各表和情况说明由公式生成（--prefill 以本年数字为起点；--last 上年数取自已公开的文件，按科目编码和名称逐行对应）
  disclosure rules [--json]        列出全部检查规则
  disclosure --help | --version

FILE 为预算公开的PDF文件，或从PDF转出的文本（制表符分隔单元格，UTF-8或GB18030编码）。
  --merge  把几个PDF读作一份预算公开（如江苏分开发布的情况说明和报表）：disclosure check 说明.pdf 报表.pdf --merge
退出码 Exit codes: 0 成功/无错误, 1 检查发现错误, 2 文件无法读取或不是预算公开
（批量检查时，有文件无法读取为2，否则有错误为1）`;

class UsageError extends Error {}

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

/** Reads and decodes a file; refuses directories, huge files and binaries with a clear message. */
export function loadDisclosure(path: string): Disclosure {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) fail(`“${path}”是文件夹，请指定一个文件`);
    size = stat.size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") fail(`找不到文件“${path}”`);
    throw error;
  }
  if (size > MAX_TEXT_LENGTH * 3) fail(`文件“${path}”过大（${Math.round(size / 1024 / 1024)}MB），预算公开文本通常小于1MB，请确认文件是否正确`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    fail(`无法读取文件“${path}”：${(error as Error).message}`);
  }
  const { text } = decodeDisclosureBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const result = readDisclosure(text);
  if (!result.ok) fail(`无法读取“${path}”：${result.error}`);
  return result.disclosure;
}

/** Writes the file whole or not at all: a temporary file renamed into place. */
function writeAtomically(path: string, bytes: Uint8Array) {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
  } catch (error) {
    if (existsSync(temporary)) unlinkSync(temporary);
    fail(`无法写入“${path}”：${(error as Error).message}`);
  }
}

/** The -o file of import and draft: an .xlsx, and never someone's existing file without --force. */
function outputFile(command: string, output: string | undefined, force: boolean): string {
  if (!output) throw new UsageError(`${command} 需要用 -o 指定输出的 .xlsx 文件`);
  if (!/\.xlsx$/i.test(output)) throw new UsageError("输出文件名应以 .xlsx 结尾");
  if (existsSync(output) && !force) fail(`“${output}”已存在；如要覆盖请加 --force`);
  return output;
}

async function checkMany(inputs: string[], json: boolean): Promise<number> {
  const files = expandInputs(inputs);
  if (files.length === 0) fail(`“${inputs.join("、")}”中没有预算公开文件（.txt 或 .pdf）`);
  const results = await checkFiles(files);
  if (json) {
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  } else {
    const totals = { files: results.length, unreadable: 0, error: 0, warning: 0 };
    for (const r of results) {
      if (!r.ok) {
        totals.unreadable++;
        process.stdout.write(`${r.file}\t无法读取：${r.error}\n`);
        continue;
      }
      totals.error += r.counts!.error;
      totals.warning += r.counts!.warning;
      process.stdout.write(`${r.file}\t${r.unit ?? "（未识别单位）"}\t${r.year ?? "？"}年\t错误${r.counts!.error}\t提示${r.counts!.warning}\n`);
    }
    process.stdout.write(`合计：${totals.files}个文件，无法读取${totals.unreadable}个，错误${totals.error}条，提示${totals.warning}条\n`);
  }
  if (results.some((r) => !r.ok)) return 2;
  return results.some((r) => (r.counts?.error ?? 0) > 0) ? 1 : 0;
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
      merge: { type: "boolean", default: false },
      last: { type: "string" },
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
    process.stdout.write(`${HELP}\n`);
    return values.help ? 0 : 2;
  }
  // One document: one file, or several PDFs read as one with --merge.
  const load = async (files: string[]) => {
    try {
      return await loadDocument(files);
    } catch (error) {
      if (error instanceof InputError) fail(error.message);
      throw error;
    }
  };
  const oneDocument = (name: string) => {
    if (files.length === 1 || (values.merge && files.length > 1)) return files;
    throw new UsageError(`${name} 需要且只需要一个文件（用 --merge 把几个PDF读作一份）`);
  };
  switch (command) {
    case "parse": {
      const { disclosure } = await load(oneDocument("parse"));
      process.stdout.write(values.json ? `${JSON.stringify(disclosureToJson(disclosure), null, 2)}\n` : formatSummary(disclosure));
      return 0;
    }
    case "check": {
      if (files.length === 0) throw new UsageError("check 需要文件或文件夹");
      if ((files.length > 1 && !values.merge) || statSync(files[0], { throwIfNoEntry: false })?.isDirectory()) return checkMany(files, values.json ?? false);
      const { disclosure, source } = await load(files);
      const findings = attachPages(checkDisclosure(disclosure), source);
      process.stdout.write(values.json ? `${JSON.stringify(findingsToJson(disclosure, findings), null, 2)}\n` : formatCheckReport(disclosure, findings));
      return countBySeverity(findings).error > 0 ? 1 : 0;
    }
    case "import": {
      const inputs = oneDocument("import");
      const output = outputFile("import", values.output, values.force ?? false);
      const { disclosure } = await load(inputs);
      const findings = checkDisclosure(disclosure);
      const layout = buildWorkbookLayout(disclosure, findings);
      // --last: a 上年对比 sheet with both years side by side.
      if (values.last) {
        const last = (await load([values.last])).disclosure;
        layout.sheets.push(buildPriorYearSheet(last, disclosure, compareDisclosures(last, disclosure)));
      }
      const bytes = await writeXlsx(layout);
      writeAtomically(output, bytes);
      const c = countBySeverity(findings);
      process.stdout.write(`已生成 ${output}：${disclosure.tables.length}张表、说明、校验（错误${c.error}条，提示${c.warning}条）\n`);
      return 0;
    }
    case "draft": {
      const inputs = oneDocument("draft");
      const output = outputFile("draft", values.output, values.force ?? false);
      const { disclosure } = await load(inputs);
      // --last: 上年数 as published, matched row by row.
      const published = values.last ? publishedValues((await load([values.last])).disclosure, disclosure) : undefined;
      writeAtomically(output, await writeXlsx(buildDraftLayout(disclosure, { prefill: values.prefill ?? false, previousValues: published?.valuesOf })));
      process.stdout.write(`已生成 ${output}：${(disclosure.year ?? 0) + 1}年度草稿（黄色单元格为录入项，其余由公式计算）\n`);
      return 0;
    }
    case "compare": {
      if (files.length !== 2) throw new UsageError("compare 需要两个文件：上年的预算公开和本年的预算公开");
      const options = compareOptions(values);
      if (typeof options === "string") throw new UsageError(options);
      const { text, code } = runCompare(await load([files[0]]), await load([files[1]]), options, values.json ?? false);
      process.stdout.write(text);
      return code;
    }
    case "rules": {
      const catalogue = RULES.map((r) => ({ id: r.id, severity: r.severity, scope: r.scope, tables: r.tables, description: r.description }));
      process.stdout.write(
        values.json ? `${JSON.stringify(catalogue, null, 2)}\n` : catalogue.map((r) => `${r.id}\t${r.severity}\t${r.description.zh}`).join("\n") + "\n",
      );
      return 0;
    }
    default:
      throw new UsageError(`未知命令“${command}”`);
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error) => {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      fail(`${(error as Error).message}\n\n${HELP}`);
    }
    fail(`内部错误：${error instanceof Error ? error.message : String(error)}`);
  },
);
