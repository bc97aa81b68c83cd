/**
 * The vocabulary of relations (勾稽关系) as data: which figures, which comparison. One declaration
 * is evaluated by the rule engine (a finding) and rendered by the workbook layout and the draft (a
 * native formula), so the checker and the workbook agree by construction.
 */
import type { Amount } from "../amount";
import type { Disclosure, NarrativeFigure, TableNo, TableRow } from "../model";
import type { FindingInput, Rule, Severity } from "../rules/types";
import type { Text } from "../messages";

/**
 * A figure a relation compares, in integer units: a table cell, a stated amount or a stated change
 * (比上年增加 X) in hundredths, a stated share or rate of change in units of its last printed digit, a
 * constant in the units given. A stated amount compared with a table in 元 takes `factor` 1,000,000
 * (its 万元 × 10^6 = hundredths of 元).
 */
export type Operand =
  | { kind: "cell"; row: TableRow; col: number }
  | { kind: "stated"; figure: NarrativeFigure; factor?: number }
  | { kind: "statedShare"; figure: NarrativeFigure; decimals: number }
  | { kind: "statedChange"; figure: NarrativeFigure }
  | { kind: "statedRate"; figure: NarrativeFigure; decimals: number }
  | { kind: "constant"; value: number | null; factor: number }
  | { kind: "sum"; parts: Operand[] };

interface Common {
  /** What is compared, in both languages (L(zh, en)); the finding's message starts with it. */
  what: Text;
  tables: TableNo[];
  lines: number[];
  /** Severity of a failure when not the rule's (尾差 is always a warning). */
  severity?: Severity;
}

/** A printed total against the sum of its parts: n present parts allow n × 0.005 of 尾差. */
export interface SumRelation extends Common {
  kind: "sum";
  total: Operand;
  parts: Operand[];
}

/** The same number in two places (a copy, no rounding allowance); blanks count as 0. */
export interface CopyRelation extends Common {
  kind: "copy";
  expected: Operand;
  actual: Operand;
  expectedLabel: Text;
  actualLabel: Text;
  /** A difference up to this many units still agrees (a 万元 figure rounded from a 元 table); 0 when absent. */
  tolerance?: number;
  /** The finding's wording when not the standard one. */
  report?: (expected: Amount, actual: Amount) => Pick<FindingInput, "message" | "expected" | "actual">;
}

/** actual ≤ / ≥ expected (blanks count as 0). */
export interface OrderRelation extends Common {
  kind: "order";
  op: "<=" | ">=";
  expected: Operand;
  actual: Operand;
  report: (expected: Amount, actual: Amount) => Pick<FindingInput, "message" | "expected" | "actual">;
}

/** A stated share (占xx%) recomputed from part ÷ whole at the precision it is stated in. */
export interface ShareRelation extends Common {
  kind: "share";
  figure: NarrativeFigure;
  part: Operand;
  whole: Operand;
}

/**
 * A stated rate of change (增长/下降 y%) recomputed from the stated change and the figure it changes:
 * last year = current ∓ change, rate = change ÷ last year at the stated precision.
 */
export interface RateRelation extends Common {
  kind: "rate";
  direction: "increase" | "decrease";
  /** This year's figure. */
  current: Operand;
  /** The stated change, without its sign (增加/减少 says it). */
  change: Operand;
  /** The stated rate, in units of its last printed digit (a `statedRate` or a constant). */
  rate: Operand;
  decimals: number;
}

export type Relation = SumRelation | CopyRelation | OrderRelation | ShareRelation | RateRelation;

/** A rule that is nothing but relations: the engine evaluates them, the layouts render them. */
export interface RelationRule extends Rule {
  relations(disclosure: Disclosure): Relation[];
}

export function isRelationRule(rule: Rule): rule is RelationRule {
  return typeof (rule as Partial<RelationRule>).relations === "function";
}

/** One relation of a rule, as the layouts place it. */
export interface RelationInstance {
  rule: string;
  severity: Severity;
  relation: Relation;
}
