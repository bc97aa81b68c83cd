/** Relations between the narrative and the tables: a stated figure restates a cell; a stated share. */
import type { NarrativeFigure, TableNo, TableRow } from "../model";
import { sectionNumeral } from "../model/narrative";
import { fmt, num } from "../rules/compare";
import { stated, statedChange, statedRate } from "./operands";
import type { CopyRelation, Operand, RateRelation, Relation, ShareRelation } from "./types";

/** A narrative figure restates a table figure: the same number (a blank table figure counts as 0). */
export function restates(params: {
  sectionNo: number;
  figure: NarrativeFigure | undefined;
  table: Operand;
  tableLabel: string;
  tables: TableNo[];
  tableRow?: TableRow;
}): CopyRelation[] {
  const { figure } = params;
  if (!figure) return [];
  return [
    {
      kind: "copy",
      what: `情况说明第${sectionNumeral(params.sectionNo)}部分“${figure.label}”`,
      expected: params.table,
      actual: stated(figure),
      expectedLabel: params.tableLabel,
      actualLabel: "文中",
      tables: params.tables,
      lines: [figure.line, ...(params.tableRow ? [params.tableRow.line] : [])],
      report: (expected, actual) => ({
        message: `情况说明第${sectionNumeral(params.sectionNo)}部分“${figure.label}”${fmt(actual)}万元，与${params.tableLabel}${fmt(expected)}不一致，相差${fmt(actual - expected)}`,
        expected: num(expected),
        actual: num(actual),
      }),
    },
  ];
}

/** A stated share (占xx%) recomputed from the tables' amounts. */
export function statesShare(figure: NarrativeFigure | undefined, part: Operand, whole: Operand, tables: TableNo[]): ShareRelation[] {
  if (!figure?.share) return [];
  return [{ kind: "share", what: `“${figure.label}”所占比例`, figure, part, whole, tables, lines: [figure.line] }];
}

/** A stated rate of change (比上年增加X万元，增长y%) recomputed from the figure and the stated change. */
export function statesRate(figure: NarrativeFigure): RateRelation[] {
  const change = figure.change;
  if (!change || change.direction === "same" || change.amount === null || !change.percent) return [];
  const decimals = change.percent.decimals;
  return [
    {
      kind: "rate",
      what: `“${figure.label}”`,
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
