import type { Disclosure } from "../model";
import type { Finding, FindingInput, Rule } from "./types";
import { codeTree } from "./code-tree";
import { emptyTableNote } from "./empty-table-note";
import { narrativeAdminCost } from "./narrative-admin-cost";
import { narrativeBasic } from "./narrative-basic";
import { narrativeExpenditure } from "./narrative-expenditure";
import { narrativeFiscal } from "./narrative-fiscal";
import { narrativeGeneralBudget } from "./narrative-general-budget";
import { narrativeIncome } from "./narrative-income";
import { narrativeOverview } from "./narrative-overview";
import { narrativePerformance } from "./narrative-performance";
import { narrativeProcurement } from "./narrative-procurement";
import { narrativeSharesSum } from "./narrative-shares-sum";
import { narrativeThreePublic } from "./narrative-three-public";
import { narrativeYearOnYear } from "./narrative-yoy";
import { performanceCount } from "./performance-count";
import { performanceTables } from "./performance-t12";
import { projectSubtotals } from "./project-subtotals";
import { rowTotals } from "./row-totals";
import { t1Structure } from "./t1-structure";
import { t1MatchesT2 } from "./t1-t2-income";
import { t1MatchesT3 } from "./t1-t3-expenditure";
import { threePublicStructure } from "./t10-structure";
import { t10CoversT6 } from "./t10-t6";
import { t11MatchesT6 } from "./t11-t6-admin-cost";
import { adminCostUnits } from "./t11-units";
import { t12MatchesT3 } from "./t12-t3-t5-projects";
import { t13MatchesT1 } from "./t13-t1-carryover";
import { t2MatchesT3 } from "./t2-t3-codes";
import { t4Structure } from "./t4-structure";
import { t4MatchesOthers } from "./t4-t1-t5-t8-t9";
import { t5WithinT3 } from "./t5-t3";
import { economicCategories } from "./t6-categories";
import { t6MatchesCodes } from "./t6-functional-codes";
import { t6MatchesT5 } from "./t6-t5-basic";
import { leftoverText } from "./leftover-text";
import { levelWording } from "./level-wording";
import { moneyWording } from "./money-wording";
import { narrativeReasons } from "./narrative-reasons";
import { repeatedText } from "./repeated-text";
import { requiredDetails } from "./required-details";
import { requiredSections } from "./required-sections";
import { strayYear } from "./stray-year";
import { subjectNames } from "./subject-names";
import { unitName } from "./unit-name";

import { checkTemplateDisclosure } from "../templates/checks";
import { L, splitMessage } from "../messages";

export type { Finding, Rule, Severity, Scope } from "./types";

/** The reviewer's rules (issue 19): they read wording and the template's requirements, so they run for every template. */
export const REVIEWER_RULES: readonly Rule[] = [
  narrativeReasons,
  requiredSections,
  requiredDetails,
  leftoverText,
  repeatedText,
  strayYear,
  levelWording,
  unitName,
  moneyWording,
  subjectNames,
];

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
  // What reviewers check beyond the arithmetic (issue 19).
  ...REVIEWER_RULES,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

/** Runs every rule (or the given ones). A rule that throws is reported, never crashes the check. */
export function checkDisclosure(disclosure: Disclosure, rules: readonly Rule[] = RULES): Finding[] {
  // Another template's document (Shanghai, Jiangsu): the relations of that template and the reviewer's
  // rules, not Shanxi's relations.
  const otherTemplate = disclosure.template !== undefined && disclosure.template !== "shanxi-13";
  const findings: Finding[] = otherTemplate ? checkTemplateDisclosure(disclosure) : [];
  for (const rule of otherTemplate ? rules.filter((r) => REVIEWER_RULES.includes(r)) : rules) {
    const report = (input: FindingInput) => findings.push(toFinding(rule, input));
    try {
      rule.check({ disclosure, report });
    } catch (error) {
      findings.push({
        rule: rule.id,
        severity: "warning",
        scope: rule.scope,
        tables: rule.tables,
        ...splitMessage(
          L(
            `规则“${rule.id}”未能完成检查（${error instanceof Error ? error.message : String(error)}）`,
            `rule ${rule.id} could not finish its check (${error instanceof Error ? error.message : String(error)})`,
          ),
        ),
        expected: null,
        actual: null,
        lines: [],
      });
    }
  }
  return findings;
}

/** A rule's report as a finding: `message` in Chinese, `messageEn` in English. */
export function toFinding(rule: Pick<Rule, "id" | "scope" | "severity">, input: FindingInput): Finding {
  return { rule: rule.id, scope: rule.scope, ...input, ...splitMessage(input.message), severity: input.severity ?? rule.severity };
}

export function countBySeverity(findings: readonly Finding[]): Record<"error" | "warning" | "info", number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
