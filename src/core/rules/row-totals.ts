import { L, columnLabel, quote } from "../messages";
import { findTable } from "../model";
import { cell, defineRelations, type Relation } from "../relations";
import { TABLE_SPECS } from "../tableSpecs";

/** Each row's 合计 equals the columns it totals: sources of funds, or 基本支出 + 项目支出, or 人员经费 + 公用经费. */
export const rowTotals = defineRelations(
  {
    id: "row-totals",
    description: {
      zh: "每一行的合计等于其构成列之和（收入来源各列、基本支出＋项目支出、人员经费＋公用经费、各预算来源）",
      en: "Each row's total equals the columns it is made of (sources of funds, basic + project expenditure, personnel + operating costs)",
    },
    tables: [1, 2, 3, 4, 5, 6, 8, 10, 11, 12, 13],
    scope: "table",
    severity: "error",
  },
  (d) => {
    const out: Relation[] = [];
    // Single-sided tables first, then the expenditure side of tables 1 and 4 (the order of the findings).
    for (const twoSided of [false, true]) {
      for (const spec of TABLE_SPECS_BY_NUMBER) {
        const sources = spec.rowTotalSources;
        if (!sources || (spec.incomeColumns !== undefined) !== twoSided) continue;
        const table = findTable(d, spec.no);
        if (!table || table.empty) continue;
        for (const row of table.rows) {
          if (twoSided ? row.side !== "expenditure" : row.side === "income") continue;
          out.push({
            kind: "sum",
            what: L(
              `表${spec.no}${twoSided ? "支出" : ""}“${row.name}”行的${table.columns[0]}（${sources.map((s) => table.columns[s]).join("＋")}）`,
              `table ${spec.no}${twoSided ? " expenditure" : ""}, row ${quote(row.name)}: ${columnLabel(table.columns[0]).en} (${sources.map((s) => columnLabel(table.columns[s]).en).join(" + ")})`,
            ),
            total: cell(row, 0),
            parts: sources.map((s) => cell(row, s)),
            tables: [spec.no],
            lines: [row.line],
          });
        }
      }
    }
    return out;
  },
);

const TABLE_SPECS_BY_NUMBER = [...TABLE_SPECS].sort((a, b) => a.no - b.no);
