/** The rule engine's side of a relation: its verdict and, when it fails, the finding. */
import { formatPercent, judgePercent, judgeSum, percentOf, type SumVerdict } from "../amount";
import { fmt, num } from "../rules/compare";
import type { FindingInput, Severity } from "../rules/types";
import { valueOf } from "./operands";
import type { Relation } from "./types";

export interface Evaluation {
  verdict: SumVerdict;
  finding?: FindingInput;
}

const OK: Evaluation = { verdict: "ok" };

/** Evaluates one relation; `severity` is the rule's, used for a real inconsistency. */
export function evaluate(relation: Relation, severity: Severity): Evaluation {
  const failed = relation.severity ?? severity;
  switch (relation.kind) {
    case "sum": {
      // A part missing from a short row counts as blank.
      let sum = 0;
      let present = 0;
      for (const part of relation.parts) {
        const v = valueOf(part);
        if (v !== null && v !== undefined) {
          sum += v;
          present++;
        }
      }
      const printedValue = valueOf(relation.total);
      if (printedValue === null && present === 0) return OK;
      const printed = printedValue ?? 0;
      const verdict = judgeSum(sum, printed, present);
      if (verdict === "ok") return OK;
      const base = `${relation.what}：各项之和为${fmt(sum)}，表中为${fmt(printedValue)}，相差${fmt(printed - sum)}`;
      return {
        verdict,
        finding: {
          severity: verdict === "rounding" ? "warning" : failed,
          // Only a difference within the n × 0.005 allowance is called 尾差.
          ...(verdict === "rounding" ? { rounding: true } : {}),
          tables: relation.tables,
          message: verdict === "rounding" ? `${base}（${present}项四舍五入的尾差，在允许范围内）` : `${base}，应为${fmt(sum)}`,
          expected: num(sum),
          actual: num(printedValue),
          lines: relation.lines,
        },
      };
    }
    case "copy": {
      const expected = valueOf(relation.expected) ?? 0;
      const actual = valueOf(relation.actual) ?? 0;
      if (Math.abs(actual - expected) <= (relation.tolerance ?? 0)) return OK;
      const wording = relation.report
        ? relation.report(expected, actual)
        : {
            message: `${relation.what}：${relation.actualLabel}为${fmt(actual)}，${relation.expectedLabel}为${fmt(expected)}，相差${fmt(actual - expected)}`,
            expected: num(expected),
            actual: num(actual),
          };
      return { verdict: "error", finding: { severity: failed, tables: relation.tables, lines: relation.lines, ...wording } };
    }
    case "order": {
      const expected = valueOf(relation.expected) ?? 0;
      const actual = valueOf(relation.actual) ?? 0;
      if (relation.op === "<=" ? actual <= expected : actual >= expected) return OK;
      return { verdict: "error", finding: { severity: failed, tables: relation.tables, lines: relation.lines, ...relation.report(expected, actual) } };
    }
    case "share": {
      const stated = relation.figure.share;
      const part = valueOf(relation.part);
      const whole = valueOf(relation.whole);
      if (!stated || part === null || whole === null || whole === 0) return OK;
      const recomputed = percentOf(part, whole, stated.decimals);
      if (recomputed === null) return OK;
      const verdict = judgePercent(recomputed, stated);
      if (verdict === "ok") return OK;
      const offByOne = verdict === "rounding";
      return {
        verdict,
        finding: {
          severity: offByOne ? "warning" : failed,
          ...(offByOne ? { rounding: true } : {}),
          tables: relation.tables,
          message: `${relation.what}：按${fmt(part)}÷${fmt(whole)}应为${formatPercent(recomputed, stated.decimals)}，文中为${formatPercent(stated.basisPoints, stated.decimals)}${offByOne ? "（末位相差1，可能为凑整）" : ""}`,
          expected: formatPercent(recomputed, stated.decimals),
          actual: formatPercent(stated.basisPoints, stated.decimals),
          lines: relation.lines,
        },
      };
    }
  }
}
