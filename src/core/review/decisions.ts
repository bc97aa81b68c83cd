/**
 * A reviewer's decisions on findings ("已核实，不是问题" with a note), kept with the document: keyed
 * by rule and place, and valid only while the figures the finding concerns stay as they were.
 */
import type { Finding } from "../rules/types";

export interface Decision {
  rule: string;
  /** Where the finding points: rule, tables and source lines (see findingPlace). */
  place: string;
  /** The finding's figures and wording when it was decided (see findingFigures). */
  figures: string;
  note: string;
  /** ISO date and time of the decision. */
  decidedAt: string;
}

export const REVIEW_FILE_VERSION = 1;

export interface ReviewedFinding extends Finding {
  /** The reviewer's decision, when one applies to the finding as it is now. */
  decision?: Decision;
}

export interface ReviewOutcome {
  findings: ReviewedFinding[];
  /** Decisions whose finding changed (its figures differ) or is gone: no longer applied. */
  outdated: { decision: Decision; reason: "figures-changed" | "finding-gone" }[];
}

/** The finding's place: rule, tables and source lines. Stable while the document's layout is. */
export function findingPlace(f: Finding): string {
  return `${f.rule}|${f.tables.join(",")}|${f.lines.join(",")}`;
}

/** What the finding says, numbers included: a decision holds only while this is unchanged. */
export function findingFigures(f: Finding): string {
  return JSON.stringify([f.expected, f.actual, f.message]);
}

export function decide(f: Finding, note: string, now: Date = new Date()): Decision {
  return { rule: f.rule, place: findingPlace(f), figures: findingFigures(f), note: note.trim(), decidedAt: now.toISOString() };
}

/** Applies the decisions: a decision marks its finding accepted only if the figures are still the same. */
export function applyDecisions(findings: readonly Finding[], decisions: readonly Decision[]): ReviewOutcome {
  const byPlace = new Map<string, Decision[]>();
  for (const d of decisions) byPlace.set(d.place, [...(byPlace.get(d.place) ?? []), d]);
  const used = new Set<Decision>();
  const reviewed = findings.map((f): ReviewedFinding => {
    const candidates = byPlace.get(findingPlace(f)) ?? [];
    const figures = findingFigures(f);
    const match = candidates.find((d) => !used.has(d) && d.figures === figures);
    if (!match) return { ...f };
    used.add(match);
    return { ...f, decision: match };
  });
  const places = new Set(findings.map(findingPlace));
  const outdated = decisions
    .filter((d) => !used.has(d))
    .map((decision) => ({ decision, reason: places.has(decision.place) ? ("figures-changed" as const) : ("finding-gone" as const) }));
  return { findings: reviewed, outdated };
}

/** Counts by severity of the findings not accepted by a decision: what the error count reports. */
export function countOpen(findings: readonly ReviewedFinding[]): Record<"error" | "warning" | "info" | "accepted", number> {
  const counts = { error: 0, warning: 0, info: 0, accepted: 0 };
  for (const f of findings) {
    if (f.decision) counts.accepted++;
    else counts[f.severity]++;
  }
  return counts;
}

/** Adds or replaces (same place) decisions. */
export function mergeDecisions(existing: readonly Decision[], added: readonly Decision[]): Decision[] {
  const key = (d: Decision) => `${d.place}\u0000${d.figures}`;
  const addedKeys = new Set(added.map(key));
  return [...existing.filter((d) => !addedKeys.has(key(d))), ...added];
}

export function serializeDecisions(decisions: readonly Decision[]): string {
  return `${JSON.stringify({ version: REVIEW_FILE_VERSION, decisions }, null, 2)}\n`;
}

export type ParsedDecisions = { ok: true; decisions: Decision[] } | { ok: false; error: string };

const isDecision = (d: unknown): d is Decision =>
  typeof d === "object" && d !== null && ["rule", "place", "figures", "note", "decidedAt"].every((k) => typeof (d as Record<string, unknown>)[k] === "string");

/** Reads a saved set of decisions; a damaged one is refused with a message in Chinese, never thrown. */
export function parseDecisions(text: string): ParsedDecisions {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ""));
  } catch {
    return { ok: false, error: "审核记录不是有效的JSON文件" };
  }
  const list = (data as { decisions?: unknown })?.decisions;
  if (!Array.isArray(list)) return { ok: false, error: "审核记录中没有“decisions”列表" };
  const version = (data as { version?: unknown }).version;
  if (typeof version === "number" && version > REVIEW_FILE_VERSION) return { ok: false, error: `审核记录的版本（${version}）比本程序新，请升级本程序` };
  const bad = list.findIndex((d) => !isDecision(d));
  if (bad >= 0) return { ok: false, error: `审核记录第${bad + 1}条不完整（应有 rule、place、figures、note、decidedAt）` };
  return { ok: true, decisions: list as Decision[] };
}

/** Selects findings by "RULE" or "RULE@LINE" (the rule id and a line the finding points at). */
export function selectFindings(findings: readonly Finding[], selector: string): Finding[] {
  const [rule, line] = selector.split("@");
  return findings.filter((f) => f.rule === rule && (line === undefined || f.lines.includes(Number(line))));
}

/** The sheet a workbook keeps its decisions in (hidden), shared by the exceljs and Office.js sides. */
export const DECISIONS_SHEET = "审核记录";
const SHEET_HEADER = ["规则", "位置", "数字与表述", "核实意见", "核实时间"];

/** The decisions as the rows of the hidden sheet, header first. */
export function decisionsToRows(decisions: readonly Decision[]): string[][] {
  return [SHEET_HEADER, ...decisions.map((d) => [d.rule, d.place, d.figures, d.note, d.decidedAt])];
}

/** The decisions back from the sheet's rows (blank rows skipped); a damaged sheet is refused in Chinese. */
export function decisionsFromRows(rows: readonly (readonly unknown[])[]): ParsedDecisions {
  if (rows.length === 0) return { ok: true, decisions: [] };
  if (SHEET_HEADER.some((h, i) => String(rows[0][i] ?? "") !== h)) return { ok: false, error: `工作表“${DECISIONS_SHEET}”的表头不是审核记录的格式` };
  const decisions: Decision[] = [];
  for (let i = 1; i < rows.length; i++) {
    const cells = SHEET_HEADER.map((_, j) => rows[i][j]);
    if (cells.every((c) => c === null || c === undefined || c === "")) continue;
    if (cells.some((c) => typeof c !== "string")) return { ok: false, error: `工作表“${DECISIONS_SHEET}”第${i + 1}行不完整` };
    const [rule, place, figures, note, decidedAt] = cells as string[];
    decisions.push({ rule, place, figures, note, decidedAt });
  }
  return { ok: true, decisions };
}
