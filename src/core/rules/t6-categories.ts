import { L, columnLabel, quote } from "../messages";
import { findTable } from "../model";
import { economicCategories as categoriesOf, totalRow } from "../model/rows";
import { cell, defineRelations, type Relation } from "../relations";

/** Table 6: each category (工资福利支出 …) equals its items, and the categories sum to 合计, in every column. */
export const economicCategories = defineRelations(
  {
    id: "t6-categories",
    description: {
      zh: "表6基本支出分经济科目：每个类（工资福利支出、商品和服务支出、对个人和家庭的补助、资本性支出等）等于其下各款之和，各类之和等于合计，每一列都要相符",
      en: "Table 6: each economic category equals the sum of its items, and the categories sum to the total, in every column",
    },
    tables: [6],
    scope: "table",
    severity: "error",
  },
  (d) => {
    const table = findTable(d, 6);
    if (!table || table.empty) return [];
    const out: Relation[] = [];
    const categories = categoriesOf(table);
    const total = totalRow(table);
    table.columns.forEach((column, i) => {
      for (const { row, items } of categories) {
        if (items.length === 0) continue;
        out.push({
          kind: "sum",
          what: L(`表6“${row.name}”的“${column}”列（其下各款之和）`, `table 6 ${quote(row.name)}, column ${columnLabel(column).en} (sum of its items)`),
          total: cell(row, i),
          parts: items.map((r) => cell(r, i)),
          tables: [6],
          lines: [row.line, ...items.map((r) => r.line)],
        });
      }
      if (total && categories.length > 0) {
        out.push({
          kind: "sum",
          what: L(`表6合计的“${column}”列（各类之和）`, `table 6 total, column ${columnLabel(column).en} (sum of the classes)`),
          total: cell(total, i),
          parts: categories.map((c) => cell(c.row, i)),
          tables: [6],
          lines: [total.line, ...categories.map((c) => c.row.line)],
        });
      }
    });
    return out;
  },
);
