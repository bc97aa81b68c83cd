/**
 * Findings as a reader wants them: one finding per fact. A rule reports a fact once per place it
 * sees it (the same 尾差 in the 合计 and 一般公共预算 columns of tables 2, 3 and 5; twenty performance
 * tables of the same other unit); here identical facts become one finding that lists its places.
 * Also: line lists without repeats, the unit of the figures, their difference, and table order.
 */
import { columnLabel, quote, tablesLabel } from "../messages";
import type { TableNo } from "../model";
import type { Finding, Severity } from "../rules/types";

/** One place a fact was seen: what differs between the merged findings (a column, a project), its tables and lines. */
export interface FindingPlace {
  /** E.g. "表2 一般公共预算" or a project's name; empty when the place is only its lines. */
  label: string;
  /** The same in English: table numbers and column headings translated, names quoted as printed. */
  labelEn?: string;
  tables: TableNo[];
  lines: number[];
}

export interface MergedFinding extends Finding {
  /** Every place the fact was seen, in the order the rules reported them (one for an unmerged finding). */
  places: FindingPlace[];
  /** The unit of expected, actual and difference: 万元, 元, % or 个; null when they are text. */
  unit: string | null;
  /** actual − expected, in the same unit, when both are numbers. */
  difference: number | null;
}

const QUOTED = /“([^”]*)”/g;

function quotedParts(message: string): string[] {
  return [...message.matchAll(QUOTED)].map((m) => m[1]);
}

/** The message without what varies between places of one fact: table numbers and quoted names. */
function factKey(f: Finding): string {
  const text = f.message.replace(/表\d+/g, "表#").replace(QUOTED, "“”");
  return [f.rule, f.severity, String(f.expected), String(f.actual), text].join("\u0000");
}

/**
 * The English message of merged findings: the names that vary between the places (quoted as printed,
 * or a column heading in English) become “…”, and a leading table number goes when the tables vary.
 */
function mergedEnglish(message: string, varyingNames: string[], tablesVary: boolean): string {
  let text = message;
  for (const name of varyingNames) {
    const quoted = quote(name);
    if (text.includes(quoted)) text = text.replace(quoted, "“…”");
    else text = text.replace(`column ${columnLabel(name).en}`, "column “…”");
  }
  text = text.replace(/,? column “…”/g, "");
  return tablesVary ? text.replace(/^tables? \d+(?: and \d+)?,? /, "") : text;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/**
 * The unit of a finding's figures. Most rules compare amounts in 万元; the exceptions are few and
 * known by rule (counts, shares summed in percent points) or say so in their text (performance tables in 元).
 */
export function findingUnit(f: Finding): string | null {
  if (typeof f.expected !== "number" && typeof f.actual !== "number") return null;
  if (f.rule === "narrative-shares-sum") return "%";
  if (f.rule === "performance-count" || f.rule === "narrative-performance") return "个";
  if (/（元）/.test(f.message)) return "元";
  return "万元";
}

/** actual − expected in hundredths, exact: the figures are printed to 0.01. */
function differenceOf(f: Finding): number | null {
  if (typeof f.expected !== "number" || typeof f.actual !== "number") return null;
  return (Math.round(f.actual * 100) - Math.round(f.expected * 100)) / 100;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Merges identical facts; the first finding of a fact keeps its position, later ones join it. */
export function mergeFindings(findings: readonly Finding[]): MergedFinding[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = factKey(f);
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0];
    const base = { ...first, lines: unique(first.lines), unit: findingUnit(first), difference: differenceOf(first) };
    if (group.length === 1) return { ...base, places: [{ label: "", labelEn: "", tables: first.tables, lines: base.lines }] };
    // Which quoted names differ between the places: those name the place; the rest is the fact.
    const parts = group.map((f) => quotedParts(f.message));
    const varying = parts[0].map((_, i) => parts.some((p) => p[i] !== parts[0][i]));
    const tablesVary = group.some((f) => f.tables.join() !== first.tables.join());
    const places = group.map((f, k) => {
      const names = parts[k].filter((_, i) => varying[i]);
      const tables = tablesVary ? f.tables.map((t) => `表${t}`).join("、") : "";
      const tablesEn = tablesVary ? tablesLabel(f.tables).en : "";
      const labelEn = [tablesEn, ...names.map((n) => columnLabel(n).en)].filter(Boolean).join(" ");
      return { label: [tables, ...names].filter(Boolean).join(" "), labelEn, tables: f.tables, lines: unique(f.lines) };
    });
    let i = 0;
    const names = first.message.replace(QUOTED, (whole) => (varying[i++] ? "“…”" : whole)).replace(/的“…”列/g, "");
    // The places name the tables, so the message no longer starts with the first one's number.
    // "表7“…”没有数据" keeps its 表 before the name that varies: "表“…”没有数据".
    const message = tablesVary ? names.replace(/^表\d+(?=“…”)/, "表").replace(/^表\d+(?=[^“])/, "") : names;
    return {
      ...base,
      message,
      ...(first.messageEn !== undefined
        ? {
            messageEn: mergedEnglish(
              first.messageEn,
              parts[0].filter((_, i) => varying[i]),
              tablesVary,
            ),
          }
        : {}),
      tables: unique(group.flatMap((f) => f.tables)).sort((a, b) => a - b),
      lines: unique(group.flatMap((f) => f.lines)),
      places,
    };
  });
}

/** Where a finding belongs in a report: by the tables it concerns (表5、表6 before 表6 before 表6、表11), then 情况说明, 绩效目标表. */
export function findingTableKey(f: Finding): number[] {
  if (f.scope === "narrative") return [100];
  if (f.scope === "performance") return [101];
  return f.tables.length > 0 ? [...f.tables].sort((a, b) => a - b) : [102];
}

export function compareTableKeys(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/** The findings as reports show them: one per fact, in table order. */
export function mergedInTableOrder(findings: readonly Finding[]): MergedFinding[] {
  return sortByTable(mergeFindings(findings));
}

/** Findings in table order (表1 … 表13, then 情况说明, 绩效目标表), errors first within a table. */
export function sortByTable<T extends Finding>(findings: readonly T[]): T[] {
  return findings
    .map((f, index) => ({ f, index, key: findingTableKey(f) }))
    .sort((a, b) => compareTableKeys(a.key, b.key) || SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.index - b.index)
    .map(({ f }) => f);
}
