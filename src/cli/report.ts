import { L, SEVERITY_LABELS, linesLabel, messageIn, pageLineLabel, quote, tableTitle, tablesLabel } from "../core/messages";
import type { Disclosure } from "../core/model";
import { sortByTable, type MergedFinding } from "../core/findings/merge";
import { countBySeverity } from "../core/rules";
import { tableSpec } from "../core/tableSpecs";
import type { Located } from "../core/sources/pdfSource";

/** "第12、13行" for a text; "第12行，第5页第3行" for a PDF (the file named when several were read as one). */
function whereLines(f: { lines: number[] } & Located, lang: Lang = "zh"): string {
  const lines = lineList(f.lines, 4, lang);
  if (!f.locations || f.locations.length === 0) return lines;
  const pages: string[] = [];
  for (const at of f.locations.slice(0, 4)) {
    const label = `${at.file ? (lang === "zh" ? at.file : `${at.file} `) : ""}${pageLineLabel(at.page, at.lineOnPage)[lang]}`;
    if (!pages.includes(label)) pages.push(label);
  }
  return lang === "zh" ? `${lines}，${pages.join("、")}` : `${lines}; ${pages.join(", ")}`;
}
import { type Coverage, replacedBytesNotice } from "../core/coverage";
import type { Lang } from "./errors";

/** The document's heading: "大同市… 2025年度预算公开" / "“大同市…” 2025 budget disclosure". */
function documentHeading(d: Disclosure, lang: Lang, zhWhat: string, enWhat: string): string {
  if (lang === "zh") return `${d.unit ?? "（未识别单位）"} ${d.year ?? "？"}年度${zhWhat}`;
  return `${d.unit ? quote(d.unit) : "(unit not recognised)"} ${d.year ?? "?"} ${enWhat}`;
}

export function formatSummary(d: Disclosure, lang: Lang = "zh"): string {
  const out: string[] = [];
  const level = d.level === "部门" ? "department " : d.level === "单位" ? "unit " : "";
  out.push(documentHeading(d, lang, `${d.level ?? ""}预算公开`, `${level}budget disclosure`));
  for (const t of d.tables) {
    const dataRows = t.rows.filter((r) => r.values.some((v) => v !== null)).length;
    out.push(
      lang === "zh"
        ? `  表${String(t.no).padStart(2, " ")} ${tableSpec(t.no).title}：${t.empty ? "无数据" : `${dataRows}行有数`}（第${t.line}行）`
        : `  table ${String(t.no).padStart(2, " ")} ${tableTitle(t.no, tableSpec(t.no).title).en}: ${t.empty ? "no data" : `${dataRows} rows with figures`} (line ${t.line})`,
    );
  }
  const figures = d.narrative.reduce((s, x) => s + x.figures.length, 0);
  out.push(lang === "zh" ? `  情况说明：${d.narrative.length}部分，${figures}个数字` : `  narrative: ${d.narrative.length} sections, ${figures} figures`);
  out.push(lang === "zh" ? `  绩效目标表：${d.performance.length}张` : `  performance target tables: ${d.performance.length}`);
  if (d.warnings.length > 0) {
    out.push(lang === "zh" ? `  读取提示${d.warnings.length}条：` : `  ${d.warnings.length} reading warnings:`);
    for (const w of d.warnings)
      out.push(`    ${w.line ? `${whereLines({ lines: [w.line], ...(w as Located) }, lang)}${lang === "zh" ? "：" : ": "}` : ""}${messageIn(w, lang)}`);
  }
  return out.join("\n") + "\n";
}

/** "第147、148、149行" / "lines 147, 148, 149", lines each once. */
function lineList(lines: readonly number[], max = 4, lang: Lang = "zh"): string {
  return linesLabel(lines, max)[lang];
}

/** Where a finding was seen: its lines, or for a fact seen in several places each place with its lines. */
function placesText(f: MergedFinding & Located, lang: Lang = "zh"): string {
  if (f.places.length <= 1) return f.lines.length > 0 ? (lang === "zh" ? `（${whereLines(f)}）` : ` (${whereLines(f, lang)})`) : "";
  const shown = f.places.slice(0, 4).map((p) => [lang === "zh" ? p.label : (p.labelEn ?? p.label), lineList(p.lines, 3, lang)].filter(Boolean).join(" "));
  return lang === "zh"
    ? `（共${f.places.length}处：${shown.join("；")}${f.places.length > 4 ? "；…" : ""}）`
    : ` (${f.places.length} places: ${shown.join("; ")}${f.places.length > 4 ? "; …" : ""})`;
}

/** Findings grouped by table in table order, errors first, each fact once with its numbers and places. */
export function formatCheckReport(d: Disclosure, findings: MergedFinding[], lang: Lang = "zh"): string {
  const out: string[] = [documentHeading(d, lang, "预算公开 检查结果", "budget disclosure: findings")];
  const groups = new Map<string, MergedFinding[]>();
  for (const f of sortByTable(findings)) {
    const key =
      f.scope === "narrative"
        ? L("情况说明", "Narrative")
        : f.scope === "performance"
          ? L("绩效目标表", "Performance target tables")
          : f.tables.length > 0
            ? (() => {
                const t = tablesLabel(f.tables);
                return L(t.zh, t.en.charAt(0).toUpperCase() + t.en.slice(1));
              })()
            : L("其他", "Other");
    groups.set(key[lang], [...(groups.get(key[lang]) ?? []), f]);
  }
  for (const [key, list] of groups) {
    out.push(lang === "zh" ? `\n【${key}】` : `\n[${key}]`);
    for (const f of list) {
      const label = (f.rounding ? SEVERITY_LABELS.rounding : SEVERITY_LABELS[f.severity])[lang];
      out.push(
        lang === "zh" ? `  [${label}] ${f.message}${placesText(f)}  〔${f.rule}〕` : `  [${label}] ${messageIn(f, lang)}${placesText(f, lang)}  (${f.rule})`,
      );
    }
  }
  const c = countBySeverity(findings);
  const reported = findings.reduce((n, f) => n + f.places.length, 0);
  out.push(
    lang === "zh"
      ? `\n合计：错误${c.error}条，提示${c.warning}条，说明${c.info}条${reported > findings.length ? `（同一事实在多处出现的已合并，合并前共${reported}条）` : ""}`
      : `\nTotal: ${c.error} errors, ${c.warning} warnings, ${c.info} notes${reported > findings.length ? ` (the same fact seen in several places is merged; ${reported} before merging)` : ""}`,
  );
  if (d.warnings.length > 0)
    out.push(
      lang === "zh" ? `（另有读取提示${d.warnings.length}条，见 disclosure parse）` : `(and ${d.warnings.length} reading warnings, see disclosure parse)`,
    );
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
