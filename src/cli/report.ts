import type { Disclosure } from "../core/model";
import { sortByTable, type MergedFinding } from "../core/findings/merge";
import { countBySeverity } from "../core/rules";
import { tableSpec } from "../core/tableSpecs";
import type { Located } from "../core/sources/pdfSource";

/** "第12、13行" for a text; "第12行，第5页第3行" for a PDF (the file named when several were read as one). */
function whereLines(f: { lines: number[] } & Located): string {
  const lines = lineList(f.lines);
  if (!f.locations || f.locations.length === 0) return lines;
  const pages: string[] = [];
  for (const at of f.locations.slice(0, 4)) {
    const label = `${at.file ? `${at.file}` : ""}第${at.page}页第${at.lineOnPage}行`;
    if (!pages.includes(label)) pages.push(label);
  }
  return `${lines}，${pages.join("、")}`;
}
import { type Coverage, replacedBytesNotice } from "../core/coverage";
import type { Lang } from "./errors";

const SEVERITY_LABEL = { error: "错误", warning: "提示", info: "说明" } as const;

export function formatSummary(d: Disclosure): string {
  const out: string[] = [];
  out.push(`${d.unit ?? "（未识别单位）"} ${d.year ?? "？"}年度${d.level ?? ""}预算公开`);
  for (const t of d.tables) {
    const dataRows = t.rows.filter((r) => r.values.some((v) => v !== null)).length;
    out.push(`  表${String(t.no).padStart(2, " ")} ${tableSpec(t.no).title}：${t.empty ? "无数据" : `${dataRows}行有数`}（第${t.line}行）`);
  }
  out.push(`  情况说明：${d.narrative.length}部分，${d.narrative.reduce((s, x) => s + x.figures.length, 0)}个数字`);
  out.push(`  绩效目标表：${d.performance.length}张`);
  if (d.warnings.length > 0) {
    out.push(`  读取提示${d.warnings.length}条：`);
    for (const w of d.warnings) out.push(`    ${w.line ? `${whereLines({ lines: [w.line], ...(w as Located) })}：` : ""}${w.message}`);
  }
  return out.join("\n") + "\n";
}

/** "第147、148、149行", lines each once. */
function lineList(lines: readonly number[], max = 4): string {
  if (lines.length === 0) return "";
  return `第${lines.slice(0, max).join("、")}${lines.length > max ? "…" : ""}行`;
}

/** Where a finding was seen: its lines, or for a fact seen in several places each place with its lines. */
function placesText(f: MergedFinding & Located): string {
  if (f.places.length <= 1) return f.lines.length > 0 ? `（${whereLines(f)}）` : "";
  const shown = f.places.slice(0, 4).map((p) => [p.label, lineList(p.lines, 3)].filter(Boolean).join(" "));
  return `（共${f.places.length}处：${shown.join("；")}${f.places.length > 4 ? "；…" : ""}）`;
}

/** Findings grouped by table in table order, errors first, each fact once with its numbers and places. */
export function formatCheckReport(d: Disclosure, findings: MergedFinding[]): string {
  const out: string[] = [`${d.unit ?? "（未识别单位）"} ${d.year ?? "？"}年度预算公开 检查结果`];
  const groups = new Map<string, MergedFinding[]>();
  for (const f of sortByTable(findings)) {
    const key =
      f.scope === "narrative" ? "情况说明" : f.scope === "performance" ? "绩效目标表" : f.tables.length > 0 ? f.tables.map((t) => `表${t}`).join("、") : "其他";
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  for (const [key, list] of groups) {
    out.push(`\n【${key}】`);
    for (const f of list) out.push(`  [${f.rounding ? "尾差" : SEVERITY_LABEL[f.severity]}] ${f.message}${placesText(f)}  〔${f.rule}〕`);
  }
  const c = countBySeverity(findings);
  const reported = findings.reduce((n, f) => n + f.places.length, 0);
  out.push(
    `\n合计：错误${c.error}条，提示${c.warning}条，说明${c.info}条${reported > findings.length ? `（同一事实在多处出现的已合并，合并前共${reported}条）` : ""}`,
  );
  if (d.warnings.length > 0) out.push(`（另有读取提示${d.warnings.length}条，见 disclosure parse）`);
  return out.join("\n") + "\n";
}

/**
 * What was and was not read, said before the findings: empty for a document read completely and
 * without undecodable bytes.
 */
export function formatCoverage(c: Coverage, lang: Lang, what: "check" | "parse" = "check"): string {
  const out: string[] = [];
  if (!c.complete) {
    const header = {
      check: { zh: "【未能完整读取】以下检查结果不完整，“错误0条”也不代表没有问题。", en: "[NOT READ COMPLETELY] The findings below are incomplete." },
      parse: { zh: "【未能完整读取】以下只是读到的部分。", en: "[NOT READ COMPLETELY] Below is only what was read." },
    };
    out.push(header[what][lang]);
    out.push(lang === "zh" ? `  已读到：${c.read.zh}` : `  read: ${c.read.en}`);
    for (const p of c.problems) out.push(`  ${lang === "zh" ? "未读到：" : "missing: "}${p.message[lang]}`);
  }
  if (c.limits) out.push(`${lang === "zh" ? "【检查范围】" : "[SCOPE] "}${c.limits[lang]}`);
  const replaced = replacedBytesNotice(c.replacedLines);
  if (replaced) out.push(`${lang === "zh" ? "【注意】" : "[NOTE] "}${replaced[lang]}`);
  return out.length > 0 ? out.join("\n") + "\n\n" : "";
}
