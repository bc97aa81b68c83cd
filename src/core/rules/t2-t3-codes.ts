import { L, quote } from "../messages";
import { findTable } from "../model";
import { linesOf } from "../model/rows";
import { cell, defineRelations } from "../relations";

/** Nothing carried over: table 2 and table 3 agree code by code. */
export const t2MatchesT3 = defineRelations(
  {
    id: "t2-t3-codes",
    description: {
      zh: "无上年结转时，表2与表3每个科目的合计数相等",
      en: "With nothing carried over, tables 2 and 3 agree on every code's total",
    },
    tables: [2, 3],
    scope: "cross-table",
    severity: "error",
  },
  (d) => {
    const t2 = findTable(d, 2);
    const t3 = findTable(d, 3);
    if (!t2 || !t3 || t2.empty || t3.empty) return [];
    if (t2.rows.some((r) => (r.values[6] ?? 0) !== 0)) return [];
    const t3ByCode = new Map(t3.rows.map((r) => [r.code ?? "合计", r]));
    return t2.rows.map((row) => {
      const other = t3ByCode.get(row.code ?? "合计");
      return {
        kind: "copy" as const,
        what: L(`科目${row.code ?? ""}“${row.name}”在表2与表3的合计`, `code ${row.code ?? ""} ${quote(row.name)}, total in tables 2 and 3`),
        expected: cell(row, 0),
        actual: cell(other, 0),
        expectedLabel: L("表2", "table 2"),
        actualLabel: L("表3", "table 3"),
        tables: [2, 3],
        lines: linesOf(row, other),
      };
    });
  },
);
