import { findTable } from "../model";
import { checkSum, totalRow } from "./compare";
import type { Rule } from "./types";

/** Table 6: each category (工资福利支出 …) equals its items, and the categories sum to 合计, in every column. */
export const economicCategories: Rule = {
  id: "t6-categories",
  description: {
    zh: "表6基本支出分经济科目：每个类（工资福利支出、商品和服务支出、对个人和家庭的补助、资本性支出等）等于其下各款之和，各类之和等于合计，每一列都要相符",
    en: "Table 6: each economic category equals the sum of its items, and the categories sum to the total, in every column",
  },
  tables: [6],
  scope: "table",
  severity: "error",
  check(ctx) {
    const table = findTable(ctx.disclosure, 6);
    if (!table || table.empty) return;
    const categories: { row: (typeof table.rows)[number]; items: typeof table.rows }[] = [];
    for (const row of table.rows) {
      if (row.kind === "category") categories.push({ row, items: [] });
      else if (row.kind === "item" && categories.length > 0) categories[categories.length - 1].items.push(row);
    }
    const total = totalRow(table);
    table.columns.forEach((column, i) => {
      for (const { row, items } of categories) {
        if (items.length === 0) continue;
        checkSum(ctx, {
          what: `表6“${row.name}”的“${column}”列（其下各款之和）`,
          addends: items.map((r) => r.values[i]),
          printed: row.values[i],
          tables: [6],
          lines: [row.line, ...items.map((r) => r.line)],
        });
      }
      if (total && categories.length > 0) {
        checkSum(ctx, {
          what: `表6合计的“${column}”列（各类之和）`,
          addends: categories.map((c) => c.row.values[i]),
          printed: total.values[i],
          tables: [6],
          lines: [total.line, ...categories.map((c) => c.row.line)],
        });
      }
    });
  },
};
