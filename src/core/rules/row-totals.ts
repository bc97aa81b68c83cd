import type { TableNo } from "../model";
import { findTable } from "../model";
import { ROW_TOTAL_SOURCES } from "../tableSpecs";
import { checkSum } from "./compare";
import type { Rule } from "./types";

/** Each row's 合计 equals the columns it totals: sources of funds, or 基本支出 + 项目支出, or 人员经费 + 公用经费. */
export const rowTotals: Rule = {
  id: "row-totals",
  description: {
    zh: "每一行的合计等于其构成列之和（收入来源各列、基本支出＋项目支出、人员经费＋公用经费、各预算来源）",
    en: "Each row's total equals the columns it is made of (sources of funds, basic + project expenditure, personnel + operating costs)",
  },
  tables: [1, 2, 3, 4, 5, 6, 8, 10, 11, 12, 13],
  scope: "table",
  severity: "error",
  check(ctx) {
    for (const [noText, sources] of Object.entries(ROW_TOTAL_SOURCES)) {
      const no = Number(noText) as TableNo;
      const table = findTable(ctx.disclosure, no);
      if (!table || table.empty) continue;
      for (const row of table.rows) {
        if (row.side === "income") continue;
        checkSum(ctx, {
          what: `表${no}“${row.name}”行的${table.columns[0]}（${sources.map((s) => table.columns[s]).join("＋")}）`,
          addends: sources.map((s) => row.values[s]),
          printed: row.values[0],
          tables: [no],
          lines: [row.line],
        });
      }
    }
    // Tables 1 and 4: the expenditure side's 合计/小计 = its parts.
    for (const [no, sources] of [
      [1, [1, 2]],
      [4, [1, 2, 3]],
    ] as [TableNo, number[]][]) {
      const table = findTable(ctx.disclosure, no);
      if (!table || table.empty) continue;
      for (const row of table.rows) {
        if (row.side !== "expenditure") continue;
        checkSum(ctx, {
          what: `表${no}支出“${row.name}”行的${table.columns[0]}（${sources.map((s) => table.columns[s]).join("＋")}）`,
          addends: sources.map((s) => row.values[s]),
          printed: row.values[0],
          tables: [no],
          lines: [row.line],
        });
      }
    }
  },
};
