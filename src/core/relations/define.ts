/** Declaring a rule as relations: the engine does the checking. */
import type { Disclosure } from "../model";
import type { Rule, RuleContext } from "../rules/types";
import { evaluate } from "./evaluate";
import type { Relation, RelationInstance, RelationRule } from "./types";
import { isRelationRule } from "./types";

/**
 * A rule made of relations: `relations(d)` lists them; checking is evaluating each. `notes` may add
 * findings that compare nothing (a row printed twice), which no formula can show.
 */
export function defineRelations(meta: Omit<Rule, "check">, relations: (d: Disclosure) => Relation[], notes?: (ctx: RuleContext) => void): RelationRule {
  return {
    ...meta,
    relations,
    check(ctx) {
      for (const relation of relations(ctx.disclosure)) {
        const { finding } = evaluate(relation, meta.severity);
        if (finding) ctx.report(finding);
      }
      notes?.(ctx);
    },
  };
}

/** Every relation of the catalogue's relation rules, with its rule: what the layouts render. */
export function relationInstances(d: Disclosure, rules: readonly Rule[]): RelationInstance[] {
  const out: RelationInstance[] = [];
  for (const rule of rules) {
    if (!isRelationRule(rule)) continue;
    let relations: Relation[];
    try {
      relations = rule.relations(d);
    } catch {
      continue; // the checker reports a rule that cannot run; the workbook simply has no cell for it
    }
    for (const relation of relations) out.push({ rule: rule.id, severity: rule.severity, relation });
  }
  return out;
}
