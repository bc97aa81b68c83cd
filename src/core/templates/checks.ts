/**
 * Checking a document of a template read by the generic reader: evaluating the template's relations
 * (./relations.ts) with the relation engine, the same declarations the workbook renders as formulas.
 */
import type { Disclosure } from "../model";
import { evaluate } from "../relations/evaluate";
import type { Finding } from "../rules/types";
import { TEMPLATE_RULES, templateRelations } from "./relations";

export { TEMPLATE_RULES };

const scopeOf = new Map<string, Finding["scope"]>(Object.values(TEMPLATE_RULES).map((r) => [r.id, r.scope]));

/** Every relation the document's template holds, evaluated: a finding for each that fails. */
export function checkTemplateDisclosure(d: Disclosure): Finding[] {
  const findings: Finding[] = [];
  for (const { rule, severity, relation } of templateRelations(d)) {
    const { finding } = evaluate(relation, severity);
    if (finding) findings.push({ rule, scope: scopeOf.get(rule) ?? "table", ...finding, severity: finding.severity ?? severity });
  }
  return findings;
}
