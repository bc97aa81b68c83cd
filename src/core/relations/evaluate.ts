/** The rule engine's side of a relation: its verdict and, when it fails, the finding. */
import { formatPercent, judgePercent, judgeSum, percentOf, type SumVerdict } from "../amount";
import type { FindingInput, Severity } from "../rules/types";
import { valueOf } from "./operands";
import { L, enOf, zhOf, type Text } from "../messages";
import { fmt, fmtEn, num, roundingTail, shareMessage, sumBase } from "../messages/findings";
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
      const base = sumBase(relation.what, sum, printedValue, printed - sum);
      return {
        verdict,
        finding: {
          severity: verdict === "rounding" ? "warning" : failed,
          // Only a difference within the n × 0.005 allowance is called 尾差.
          ...(verdict === "rounding" ? { rounding: true } : {}),
          tables: relation.tables,
          message: verdict === "rounding" ? roundingTail(base, present) : L(`${base.zh}，应为${fmt(sum)}`, `${base.en}; it should be ${fmtEn(sum)}`),
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
            message: L(
              `${zhOf(relation.what)}：${zhOf(relation.actualLabel)}为${fmt(actual)}，${zhOf(relation.expectedLabel)}为${fmt(expected)}，相差${fmt(actual - expected)}`,
              `${enOf(relation.what)}: ${enOf(relation.actualLabel)} ${fmtEn(actual)}, ${enOf(relation.expectedLabel)} ${fmtEn(expected)}, difference ${fmtEn(actual - expected)}`,
            ),
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
      return percentEvaluation(
        judgePercent(recomputed, stated),
        failed,
        relation,
        (offByOne) =>
          shareMessage(relation.what, part, whole, formatPercent(recomputed, stated.decimals), formatPercent(stated.basisPoints, stated.decimals), offByOne),
        formatPercent(recomputed, stated.decimals),
        formatPercent(stated.basisPoints, stated.decimals),
      );
    }
    case "rate": {
      const current = valueOf(relation.current);
      const change = valueOf(relation.change);
      const stated = valueOf(relation.rate);
      if (current === null || change === null || stated === null) return OK;
      const lastYear = relation.direction === "increase" ? current - change : current + change;
      const recomputed = percentOf(change, lastYear, relation.decimals);
      if (recomputed === null) return OK;
      const statedPercent = { basisPoints: stated * 10 ** (2 - relation.decimals), decimals: relation.decimals };
      return percentEvaluation(
        judgePercent(recomputed, statedPercent),
        failed,
        relation,
        () =>
          L(
            `${zhOf(relation.what)}${fmt(current)}万元，变动${fmt(change)}万元，上年应为${fmt(lastYear)}万元，变动率应为${formatPercent(recomputed, relation.decimals)}，文中为${formatPercent(statedPercent.basisPoints, relation.decimals)}`,
            `${enOf(relation.what)} ${fmt(current)} (10k yuan), changed by ${fmt(change)}: last year should be ${fmt(lastYear)}, the rate of change ${formatPercent(recomputed, relation.decimals)}, the text says ${formatPercent(statedPercent.basisPoints, relation.decimals)}`,
          ),
        formatPercent(recomputed, relation.decimals),
        formatPercent(statedPercent.basisPoints, relation.decimals),
      );
    }
  }
}

/** A recomputed percentage against the stated one: off by one in the last digit is 尾差, more is `failed`. */
function percentEvaluation(
  verdict: SumVerdict,
  failed: Severity,
  relation: Relation,
  message: (offByOne: boolean) => Text,
  expected: string,
  actual: string,
): Evaluation {
  if (verdict === "ok") return OK;
  const offByOne = verdict === "rounding";
  return {
    verdict,
    finding: {
      severity: offByOne ? "warning" : failed,
      ...(offByOne ? { rounding: true } : {}),
      tables: relation.tables,
      message: message(offByOne),
      expected,
      actual,
      lines: relation.lines,
    },
  };
}
