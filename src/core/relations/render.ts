/**
 * The workbook's side of a relation: a native formula (IF, ROUND, ABS, SUM, COUNT, INT, SIGN, TEXT —
 * no add-in function) that shows ✓, 尾差 (or 提示 for a warning) or "差 …" exactly when the
 * engine's evaluation is ok, rounding or an error.
 */
import { cellRef, sheetRef } from "../layout/address";
import { FLAG_ERROR, FLAG_OK, FLAG_ROUNDING, FLAG_WARNING } from "./flags";
import { factorOf, valueOf } from "./operands";
import type { Operand, Relation } from "./types";

export interface SheetCell {
  sheet: string;
  row: number;
  col: number;
}

/** Where the layout put an operand's figure, if it did. */
export type Locate = (op: Operand) => SheetCell | undefined;

export { FLAG_ERROR, FLAG_OK, FLAG_ROUNDING, FLAG_WARNING };

const literal = (value: number, factor: number) => String(value / factor);

/** The operand as SUM/COUNT arguments: references (contiguous runs as ranges) and literals; empty when blank. */
function items(op: Operand, locate: Locate, from: string, out: string[] = []): string[] {
  if (op.kind === "sum") {
    const cells: SheetCell[] = [];
    for (const part of op.parts) {
      const at = part.kind === "sum" || part.kind === "constant" ? undefined : locate(part);
      if (at) cells.push(at);
      else items(part, locate, from, out);
    }
    out.push(...ranges(cells, from));
    return out;
  }
  const at = op.kind === "constant" ? undefined : locate(op);
  if (at) out.push(at.sheet === from ? cellRef(at.row, at.col) : sheetRef(at.sheet, at.row, at.col));
  else {
    const v = valueOf(op);
    if (v !== null) out.push(literal(v, factorOf(op)));
  }
  return out;
}

/** Cells of one sheet and column in consecutive rows become one range (Excel allows 255 arguments). */
function ranges(cells: SheetCell[], from: string): string[] {
  const sorted = [...cells].sort((a, b) => (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : a.col - b.col || a.row - b.row));
  const out: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1].sheet === sorted[i].sheet && sorted[j + 1].col === sorted[i].col && sorted[j + 1].row === sorted[j].row + 1)
      j++;
    const a = sorted[i];
    const b = sorted[j];
    const start = a.sheet === from ? cellRef(a.row, a.col) : sheetRef(a.sheet, a.row, a.col);
    out.push(i === j ? start : `${start}:${cellRef(b.row, b.col)}`);
    i = j + 1;
  }
  return out;
}

function sumOf(list: string[]): string {
  return list.length === 0 ? "0" : `SUM(${list.join(",")})`;
}

function countOf(list: string[]): string {
  return list.length === 0 ? "0" : `COUNT(${list.join(",")})`;
}

/** The operand's value as a formula expression (blank → 0). */
export function expression(op: Operand, locate: Locate, from: string): string {
  const list = items(op, locate, from);
  if (op.kind === "sum" || list.length !== 1) return sumOf(list);
  return /^[-\d.]+$/.test(list[0]) ? list[0] : `N(${list[0]})`;
}

const units = (expr: string, factor: number) => `ROUND(${expr}*${factor},0)`;

/** The live flag of a relation. */
export function flagFormula(relation: Relation, locate: Locate, from: string): string {
  const bad = relation.severity === "warning" ? FLAG_WARNING : FLAG_ERROR;
  switch (relation.kind) {
    case "sum": {
      const parts = items({ kind: "sum", parts: relation.parts }, locate, from);
      const total = items(relation.total, locate, from);
      const f = relation.parts.length > 0 ? factorOf(relation.parts[0]) : factorOf(relation.total);
      const s = sumOf(parts);
      const n = countOf(parts);
      const t = total.length === 0 ? "0" : total.length === 1 ? total[0] : sumOf(total);
      const d = `(${units(t, factorOf(relation.total))}-${units(s, f)})`;
      return `=IF(AND(${countOf(total)}=0,${n}=0),"${FLAG_OK}",IF(${d}=0,"${FLAG_OK}",IF(ABS(${d})*2<=MAX(${n},1),"${FLAG_ROUNDING}","${bad} "&TEXT(${d}/${f},"0.00")&"：应为 "&TEXT(${s},"0.00"))))`;
    }
    case "copy":
    case "order": {
      const e = expression(relation.expected, locate, from);
      const a = expression(relation.actual, locate, from);
      const eu = units(e, factorOf(relation.expected));
      const au = units(a, factorOf(relation.actual));
      const holds = relation.kind === "order" ? `${au}${relation.op}${eu}` : relation.tolerance ? `ABS(${au}-${eu})<=${relation.tolerance}` : `${au}=${eu}`;
      return `=IF(${holds},"${FLAG_OK}","${bad} "&TEXT(${a}-${e},"0.00")&"：应为 "&TEXT(${e},"0.00"))`;
    }
    case "share": {
      const share = relation.figure.share!;
      const decimals = share.decimals;
      const partItems = items(relation.part, locate, from);
      const wholeItems = items(relation.whole, locate, from);
      const p = units(expression(relation.part, locate, from), 100);
      const w = units(expression(relation.whole, locate, from), 100);
      const statedOp: Operand = { kind: "statedShare", figure: relation.figure, decimals };
      const st = units(expression(statedOp, locate, from), 10 ** (2 + decimals));
      // percentOf in integers: sign × ⌊(2·|part·100·10^d| + |whole|) / (2·|whole|)⌋
      const rec = `(SIGN(${p})*SIGN(${w})*INT((2*ABS(${p})*${100 * 10 ** decimals}+ABS(${w}))/(2*ABS(${w}))))`;
      const present = (op: Operand, list: string[]) => (op.kind === "sum" ? "1" : countOf(list));
      return `=IF(OR(${present(relation.part, partItems)}=0,${present(relation.whole, wholeItems)}=0),"${FLAG_OK}",IF(${w}=0,"${FLAG_OK}",IF(${rec}=${st},"${FLAG_OK}",IF(ABS(${rec}-${st})<=1,"${FLAG_ROUNDING}","${bad} 占比应为 "&TEXT(${rec}/${10 ** (2 + decimals)},"0.${"0".repeat(decimals)}%")))))`;
    }
    case "rate": {
      const d = relation.decimals;
      const c = units(expression(relation.change, locate, from), 100);
      const current = units(expression(relation.current, locate, from), factorOf(relation.current));
      const last = `(${current}${relation.direction === "increase" ? "-" : "+"}${c})`;
      const st = units(expression(relation.rate, locate, from), 10 ** (2 + d));
      // percentOf in integers, as for a share: the change over last year's figure.
      const rec = `(SIGN(${c})*SIGN(${last})*INT((2*ABS(${c})*${100 * 10 ** d}+ABS(${last}))/(2*ABS(${last}))))`;
      return `=IF(${last}=0,"${FLAG_OK}",IF(${rec}=${st},"${FLAG_OK}",IF(ABS(${rec}-${st})<=1,"${FLAG_ROUNDING}","${bad} 变动率应为 "&TEXT(${rec}/${10 ** (2 + d)},"0.${"0".repeat(d)}%"))))`;
    }
  }
}

/** The recomputed rate of change as a formula (a fraction, format as %), for display beside the stated one. */
export function rateFormula(relation: Extract<Relation, { kind: "rate" }>, locate: Locate, from: string): string {
  const c = expression(relation.change, locate, from);
  const current = expression(relation.current, locate, from);
  const last = `(${current}${relation.direction === "increase" ? "-" : "+"}${c})`;
  return `IF(${last}=0,"",ROUND(${c}/${last},${relation.decimals + 2}))`;
}

/** The operand for display: a plain reference where it is one cell, else its sum (blank → 0). */
export function display(op: Operand, locate: Locate, from: string): string {
  const list = items(op, locate, from);
  return op.kind !== "sum" && list.length === 1 ? list[0] : sumOf(list);
}
