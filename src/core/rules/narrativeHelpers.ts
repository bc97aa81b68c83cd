import { L, type Text, enOf, quote, zhOf } from "../messages";
import type { Amount } from "../amount";
import type { NarrativeFigure, TableNo, TableRow } from "../model";
import { checkPercent, fmt, num } from "./compare";
import type { RuleContext } from "./types";

// The narrative selectors moved to src/core/model/narrative.ts; re-exported for rules written against this path.
export { section, amounts, figureLabelled } from "../model/narrative";

/** A narrative figure restates a table figure: must be the same number. */
export function checkStated(
  ctx: RuleContext,
  params: { sectionNo: number; figure: NarrativeFigure | undefined; tableValue: Amount | null; tableLabel: Text; tables: TableNo[]; tableRow?: TableRow },
): void {
  const { figure } = params;
  if (!figure) return;
  const expected = params.tableValue ?? 0;
  if (figure.value === expected) return;
  ctx.report({
    tables: params.tables,
    message: L(
      `情况说明第${"一二三四五六七八九十"[params.sectionNo - 1] ?? params.sectionNo}部分“${figure.label}”${fmt(figure.value)}万元，与${zhOf(params.tableLabel)}${fmt(expected)}不一致，相差${fmt(figure.value - expected)}`,
      `narrative section ${params.sectionNo}: ${quote(figure.label)} ${fmt(figure.value)} (10k yuan) differs from ${enOf(params.tableLabel)} ${fmt(expected)}, difference ${fmt(figure.value - expected)}`,
    ),
    expected: num(expected),
    actual: num(figure.value),
    lines: [figure.line, ...(params.tableRow ? [params.tableRow.line] : [])],
  });
}

/** A stated share (占xx%) recomputed from the tables' amounts. */
export function checkShare(ctx: RuleContext, figure: NarrativeFigure | undefined, part: Amount | null, whole: Amount | null, tables: TableNo[]): void {
  if (!figure?.share || part === null || whole === null || whole === 0) return;
  checkPercent(ctx, {
    what: L(`“${figure.label}”所占比例`, `the share of ${quote(figure.label)}`),
    stated: figure.share,
    part,
    whole,
    tables,
    lines: [figure.line],
  });
}
