import type { Text } from "../messages";
import type { Disclosure, TableNo } from "../model";

export type Severity = "error" | "warning" | "info";
export type Scope = "table" | "cross-table" | "narrative" | "performance" | "prior-year";

export interface Finding {
  rule: string;
  severity: Severity;
  scope: Scope;
  tables: TableNo[];
  /** In Chinese, with the numbers (the --json contract's `message`). */
  message: string;
  /** The same in English (src/core/messages); missing only for a message not yet in the catalogue. */
  messageEn?: string;
  /** Numbers in the table's money unit (万元 unless said otherwise), or text such as "12.34%". */
  expected: number | string | null;
  actual: number | string | null;
  /** Source lines involved, 1-based. */
  lines: number[];
  /** A difference within the rounding allowance (尾差); only such findings are called 尾差. */
  rounding?: boolean;
}

/** What a rule reports: the message in both languages (L(zh, en) from src/core/messages), or Chinese only (older code). */
export type FindingInput = Omit<Finding, "rule" | "scope" | "severity" | "message" | "messageEn"> & { severity?: Severity; message: Text };

export interface RuleContext {
  disclosure: Disclosure;
  report(finding: FindingInput): void;
}

/** One consistency rule (勾稽关系), in the manner of an ESLint rule module. */
export interface Rule {
  /** Stable id: never renamed, findings and user settings refer to it. */
  id: string;
  description: { zh: string; en: string };
  /** Standard tables the rule reads. */
  tables: TableNo[];
  scope: Scope;
  /** Severity of a real inconsistency; rounding (尾差) findings are always warnings. */
  severity: Severity;
  check(context: RuleContext): void;
}
