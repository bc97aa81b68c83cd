/** Tables 12 and 13 and the performance target tables: project groups and project names. */
import type { Amount } from "../amount";
import type { PerformanceTable, TableRow } from "../model";
import { foldKey } from "../reader/text";

export interface ProjectGroup {
  subtotal: TableRow | undefined;
  projects: TableRow[];
  /** The subtotal row printed again, verbatim. */
  repeated: TableRow[];
}

/** Project rows with the subtotal rows they roll up to; a subtotal repeated verbatim is counted once. */
export function projectGroups(rows: TableRow[]): ProjectGroup[] {
  const groups: ProjectGroup[] = [];
  for (const row of rows) {
    if (row.kind === "total") continue;
    const current = groups[groups.length - 1];
    if (row.kind === "subtotal") {
      const sameAsCurrent =
        current?.subtotal &&
        current.projects.length === 0 &&
        foldKey(current.subtotal.name) === foldKey(row.name) &&
        current.subtotal.values.every((v, i) => v === row.values[i]);
      if (sameAsCurrent) current.repeated.push(row);
      else groups.push({ subtotal: row, projects: [], repeated: [] });
    } else if (current) current.projects.push(row);
    else groups.push({ subtotal: undefined, projects: [row], repeated: [] });
  }
  return groups;
}

/** The projects' column total without a 合计 row: each group's subtotal, or its projects' sum. */
export function groupsTotal(groups: ProjectGroup[], column: number): Amount {
  return groups.reduce<Amount>(
    (s, g) => s + (g.subtotal ? (g.subtotal.values[column] ?? 0) : g.projects.reduce<Amount>((a, r) => a + (r.values[column] ?? 0), 0)),
    0,
  );
}

/** Project names compared tolerantly: OCR turns Z into 2, wording and punctuation vary. */
export function projectKey(name: string): string {
  return foldKey(name)
    .replace(/^(?:[A-Z]{1,2}|2)(?=[\u4e00-\u9fff])/, "")
    .replace(/[()（）、,，.。"“”\s-]/g, "")
    .replace(/(经费|费用|费)$/, "");
}

export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  if (a.includes(b) || b.includes(a)) return Math.min(a.length, b.length) / Math.max(a.length, b.length);
  const bigrams = (s: string) => new Set(Array.from({ length: s.length - 1 }, (_, i) => s.slice(i, i + 2)));
  const x = bigrams(a);
  const y = bigrams(b);
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return (2 * shared) / (x.size + y.size || 1);
}

export function matchProject(table: PerformanceTable, projects: TableRow[]): TableRow | undefined {
  // The exact name first: "J政务工作运行经费" and "Z政务工作运行经费" are different projects.
  const exact = projects.find((p) => foldKey(p.name) === foldKey(table.projectName));
  if (exact) return exact;
  const key = projectKey(table.projectName);
  let best: TableRow | undefined;
  let bestScore = 0;
  for (const project of projects) {
    const score = similarity(key, projectKey(project.name));
    if (score > bestScore) {
      best = project;
      bestScore = score;
    }
  }
  return bestScore >= 0.6 ? best : undefined;
}

/** Same unit, allowing a name the OCR cut short or garbled in its last two characters. */
export function unitMatches(a: string, b: string): boolean {
  const x = foldKey(a);
  const y = foldKey(b);
  if (x === y || x.startsWith(y) || y.startsWith(x)) return true;
  let common = 0;
  while (common < x.length && common < y.length && x[common] === y[common]) common++;
  return common >= 4 && Math.min(x.length, y.length) - common <= 2;
}
