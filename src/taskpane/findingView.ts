/**
 * What the pane shows of findings: merged facts in table order, grouped by table, each with its
 * figures in their unit. Pure functions, so the components stay small and the tests can call them.
 */
import { CJK, type Lang, amountWithUnit, quote } from "../core/messages";
import { findingTableKey, compareTableKeys, mergeFindings, sortByTable, type MergedFinding } from "../core/findings/merge";
import type { Finding, Severity } from "../core/rules";
import type { Strings } from "./strings";

export type { MergedFinding };

/** The findings as shown: one per fact, in table order, errors first within a table. */
export function prepareFindings(findings: readonly Finding[]): MergedFinding[] {
  return sortByTable(mergeFindings(findings));
}

export interface FindingGroup {
  key: string;
  label: string;
  findings: MergedFinding[];
}

/** Groups by the tables a finding concerns, in table order (表5、表6 before 表6 before 表10). */
export function groupByTable(findings: readonly MergedFinding[], strings: Strings): FindingGroup[] {
  const groups = new Map<string, FindingGroup & { order: number[] }>();
  for (const f of findings) {
    const label =
      f.scope === "narrative"
        ? strings.narrativeGroup
        : f.scope === "performance"
          ? strings.performanceGroup
          : f.tables.length > 0
            ? strings.tableGroup(f.tables)
            : strings.otherGroup;
    const group = groups.get(label) ?? { key: label, label, findings: [], order: findingTableKey(f) };
    group.findings.push(f);
    groups.set(label, group);
  }
  return [...groups.values()].sort((a, b) => compareTableKeys(a.order, b.order)).map(({ key, label, findings }) => ({ key, label, findings }));
}

/** The kind a reader sees: 尾差 is a warning within the rounding allowance, and only that. */
export type Kind = Severity | "rounding";
export const kindOf = (f: Finding): Kind => (f.rounding ? "rounding" : f.severity);

export function countKinds(findings: readonly Finding[]): Record<Kind, number> {
  const counts: Record<Kind, number> = { error: 0, warning: 0, rounding: 0, info: 0 };
  for (const f of findings) counts[kindOf(f)]++;
  return counts;
}

/** A figure with its unit: "438.68万元", "100.01%", "12个"; text figures as they are. */
export function figureText(value: number | string | null, unit: string | null, lang: Lang = "zh"): string {
  if (value === null) return "—";
  if (typeof value === "string") return lang === "en" && CJK.test(value) ? quote(value) : value;
  if (lang === "en") return unit === "个" ? String(value) : unit ? amountWithUnit(value.toFixed(2), unit).en : value.toFixed(2);
  if (unit === "个") return `${value}${unit}`;
  return `${value.toFixed(2)}${unit ?? ""}`;
}

/** "应为 172.13万元 · 实际 438.68万元 · 相差 266.55万元", or null when the finding has no figures. */
export function figuresLine(f: MergedFinding, strings: Strings): string | null {
  if (f.expected === null && f.actual === null) return null;
  const lang = strings.messages;
  const parts = [`${strings.expected} ${figureText(f.expected, f.unit, lang)}`, `${strings.actual} ${figureText(f.actual, f.unit, lang)}`];
  if (f.difference !== null) parts.push(`${strings.difference} ${figureText(f.difference, f.unit, lang)}`);
  return parts.join(" · ");
}
