import type { Disclosure } from "../model";
import { codeTree } from "./codeTree";
import {
  t1MatchesT2,
  t1MatchesT3,
  t2MatchesT3,
  t4MatchesOthers,
  t5WithinT3,
  t6MatchesT5,
  t6MatchesCodes,
  t10CoversT6,
  t11MatchesT6,
  t12MatchesT3,
  t13MatchesT1,
} from "./crossTables";
import { economicCategories } from "./economicCategories";
import { emptyTableNote } from "./emptyTableNote";
import { narrativeSharesSum, narrativeYearOnYear } from "./narrativeChanges";
import {
  narrativeAdminCost,
  narrativeBasic,
  narrativeExpenditure,
  narrativeFiscal,
  narrativeGeneralBudget,
  narrativeIncome,
  narrativeOverview,
  narrativePerformance,
  narrativeProcurement,
  narrativeThreePublic,
} from "./narrativeSections";
import { performanceCount, performanceTables } from "./performance";
import { rowTotals } from "./rowTotals";
import { t1Structure, t4Structure } from "./summaryTables";
import { threePublicStructure } from "./threePublic";
import type { Finding, FindingInput, Rule } from "./types";
import { adminCostUnits, projectSubtotals } from "./unitRollups";

export type { Finding, Rule, Severity, Scope } from "./types";

/** The catalogue: data that the CLI, the task pane and the docs all read. */
export const RULES: readonly Rule[] = [
  t1Structure,
  codeTree,
  rowTotals,
  t4Structure,
  economicCategories,
  threePublicStructure,
  adminCostUnits,
  projectSubtotals,
  emptyTableNote,
  t1MatchesT2,
  t1MatchesT3,
  t2MatchesT3,
  t4MatchesOthers,
  t5WithinT3,
  t6MatchesT5,
  t6MatchesCodes,
  t10CoversT6,
  t11MatchesT6,
  t12MatchesT3,
  t13MatchesT1,
  narrativeOverview,
  narrativeIncome,
  narrativeExpenditure,
  narrativeFiscal,
  narrativeGeneralBudget,
  narrativeBasic,
  narrativeThreePublic,
  narrativeAdminCost,
  narrativeProcurement,
  narrativePerformance,
  narrativeYearOnYear,
  narrativeSharesSum,
  performanceTables,
  performanceCount,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

/** Runs every rule (or the given ones). A rule that throws is reported, never crashes the check. */
export function checkDisclosure(disclosure: Disclosure, rules: readonly Rule[] = RULES): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const report = (input: FindingInput) => findings.push({ rule: rule.id, scope: rule.scope, ...input, severity: input.severity ?? rule.severity });
    try {
      rule.check({ disclosure, report });
    } catch (error) {
      findings.push({
        rule: rule.id,
        severity: "warning",
        scope: rule.scope,
        tables: rule.tables,
        message: `规则“${rule.id}”未能完成检查（${error instanceof Error ? error.message : String(error)}）`,
        expected: null,
        actual: null,
        lines: [],
      });
    }
  }
  return findings;
}

export function countBySeverity(findings: readonly Finding[]): Record<"error" | "warning" | "info", number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
