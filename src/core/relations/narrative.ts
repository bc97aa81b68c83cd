/** Relations between the narrative and the tables: a stated figure restates a cell; a stated share. */
import { L, type Text, enOf, quote, zhOf } from "../messages";
import type { NarrativeFigure, TableNo, TableRow } from "../model";
import { sectionNumeral } from "../model/narrative";
import { fmt, num } from "../messages/findings";
import { stated, statedChange, statedRate } from "./operands";
import type { CopyRelation, Operand, RateRelation, Relation, ShareRelation } from "./types";

/** A narrative figure restates a table figure: the same number (a blank table figure counts as 0). */
export function restates(params: {
  sectionNo: number;
  figure: NarrativeFigure | undefined;
  table: Operand;
  tableLabel: Text;
  tables: TableNo[];
  tableRow?: TableRow;
}): CopyRelation[] {
  const { figure } = params;
  if (!figure) return [];
  return [
    {
      kind: "copy",
      what: L(`情况说明第${sectionNumeral(params.sectionNo)}部分“${figure.label}”`, `narrative section ${params.sectionNo}, ${quote(figure.label)}`),
      expected: params.table,
      actual: stated(figure),
      expectedLabel: params.tableLabel,
      actualLabel: L("文中", "the text"),
      tables: params.tables,
      lines: [figure.line, ...(params.tableRow ? [params.tableRow.line] : [])],
      report: (expected, actual) => ({
        message: L(
          `情况说明第${sectionNumeral(params.sectionNo)}部分“${figure.label}”${fmt(actual)}万元，与${zhOf(params.tableLabel)}${fmt(expected)}不一致，相差${fmt(actual - expected)}`,
          `narrative section ${params.sectionNo}: ${quote(figure.label)} ${fmt(actual)} (10k yuan) differs from ${enOf(params.tableLabel)} ${fmt(expected)}, difference ${fmt(actual - expected)}`,
        ),
        expected: num(expected),
        actual: num(actual),
      }),
    },
  ];
}

/** A stated share (占xx%) recomputed from the tables' amounts. */
export function statesShare(figure: NarrativeFigure | undefined, part: Operand, whole: Operand, tables: TableNo[]): ShareRelation[] {
  if (!figure?.share) return [];
  return [{ kind: "share", what: L(`“${figure.label}”所占比例`, `the share of ${quote(figure.label)}`), figure, part, whole, tables, lines: [figure.line] }];
}

/** A stated rate of change (比上年增加X万元，增长y%) recomputed from the figure and the stated change. */
export function statesRate(figure: NarrativeFigure): RateRelation[] {
  const change = figure.change;
  if (!change || change.direction === "same" || change.amount === null || !change.percent) return [];
  const decimals = change.percent.decimals;
  return [
    {
      kind: "rate",
      what: L(`“${figure.label}”`, quote(figure.label)),
      direction: change.direction,
      current: stated(figure),
      change: statedChange(figure),
      rate: statedRate(figure, decimals),
      decimals,
      tables: [],
      lines: [figure.line],
    },
  ];
}

export type { Relation };
