import type { Finding } from "../rules/types";
import { zhOf } from "../messages";
import { evaluate, type RelationInstance } from "../relations";

/** The findings no formula shows: those of rules that are not relations (and their notes). */
export function staticFindings(findings: Finding[], instances: RelationInstance[]): Finding[] {
  const live = new Map<string, number>();
  for (const { rule, severity, relation } of instances) {
    const { finding } = evaluate(relation, severity);
    if (finding) live.set(`${rule}|${zhOf(finding.message)}`, (live.get(`${rule}|${zhOf(finding.message)}`) ?? 0) + 1);
  }
  return findings.filter((f) => {
    const key = `${f.rule}|${f.message}`;
    const n = live.get(key) ?? 0;
    if (n === 0) return true;
    live.set(key, n - 1);
    return false;
  });
}
