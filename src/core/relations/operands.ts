/** Building and reading operands. */
import type { Amount } from "../amount";
import type { NarrativeFigure, TableRow } from "../model";
import type { Operand, Relation } from "./types";

/** A table cell; a missing row is a blank. */
export const cell = (row: TableRow | undefined, col: number): Operand => (row ? { kind: "cell", row, col } : { kind: "constant", value: null, factor: 100 });
export const stated = (figure: NarrativeFigure, factor?: number): Operand => (factor ? { kind: "stated", figure, factor } : { kind: "stated", figure });
export const statedShare = (figure: NarrativeFigure, decimals: number): Operand => ({ kind: "statedShare", figure, decimals });
export const statedChange = (figure: NarrativeFigure): Operand => ({ kind: "statedChange", figure });
export const statedRate = (figure: NarrativeFigure, decimals: number): Operand => ({ kind: "statedRate", figure, decimals });
/** A fixed amount in hundredths (a figure the narrative states in passing, 0 for "none"). */
export const amount = (value: Amount | null): Operand => ({ kind: "constant", value, factor: 100 });
export const count = (value: number): Operand => ({ kind: "constant", value, factor: 1 });
export const sumOf = (parts: Operand[]): Operand => ({ kind: "sum", parts });

/** The operand's value in its integer units, or null when blank. */
export function valueOf(op: Operand): number | null {
  switch (op.kind) {
    case "cell":
      return op.row.values[op.col] ?? null;
    case "stated":
      return op.factor ? (op.figure.value * op.factor) / 100 : op.figure.value;
    case "statedShare":
      return op.figure.share ? Math.round(op.figure.share.basisPoints / 10 ** (2 - op.decimals)) : null;
    case "statedChange":
      return op.figure.change?.amount ?? null;
    case "statedRate":
      return op.figure.change?.percent ? Math.round(op.figure.change.percent.basisPoints / 10 ** (2 - op.decimals)) : null;
    case "constant":
      return op.value;
    case "sum": {
      let total = 0;
      for (const part of op.parts) total += valueOf(part) ?? 0;
      return total;
    }
  }
}

/** Sheet value × factor = the operand's units. */
export function factorOf(op: Operand): number {
  switch (op.kind) {
    case "statedShare":
    case "statedRate":
      return 10 ** (2 + op.decimals);
    case "constant":
      return op.factor;
    case "stated":
      return op.factor ?? 100;
    case "sum":
      return op.parts.length > 0 ? factorOf(op.parts[0]) : 100;
    default:
      return 100;
  }
}

export function linesOfOperands(ops: Operand[]): number[] {
  const lines: number[] = [];
  for (const op of ops) {
    if (op.kind === "cell") lines.push(op.row.line);
    else if (op.kind !== "constant" && op.kind !== "sum") lines.push(op.figure.line);
  }
  return lines;
}

/** Every figure a relation reads (a sum's parts, a share's part and whole and the stated share …). */
export function operandsOf(r: Relation): Operand[] {
  switch (r.kind) {
    case "sum":
      return [r.total, ...r.parts];
    case "share":
      return [r.part, r.whole, { kind: "statedShare", figure: r.figure, decimals: r.figure.share?.decimals ?? 2 }];
    case "rate":
      return [r.current, r.change, r.rate];
    default:
      return [r.actual, r.expected];
  }
}
