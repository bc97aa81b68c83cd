import { L, columnLabel } from "../messages";
import { findTable } from "../model";
import { rowNamed, totalRow } from "../model/rows";
import { cell, defineRelations, type Relation } from "../relations";

/** Table 10: 公务用车购置及运行费 = ①购置费 + ②运行维护费; 合计 = 出国(境) + 接待 + 购置及运行. */
export const threePublicStructure = defineRelations(
  {
    id: "t10-structure",
    description: {
      zh: "表10“三公”经费：公务用车购置及运行费等于购置费与运行维护费之和；合计等于因公出国（境）费、公务接待费、公务用车购置及运行费之和",
      en: "Table 10: official vehicles = purchase + running costs; the total = overseas travel + official reception + official vehicles",
    },
    tables: [10],
    scope: "table",
    severity: "error",
  },
  (d) => {
    const table = findTable(d, 10);
    if (!table || table.empty) return [];
    const out: Relation[] = [];
    const abroad = rowNamed(table, /^因公出国\(境\)费/);
    const reception = rowNamed(table, /^公务接待费/);
    const vehicles = rowNamed(table, /^公务用车购置及运行(维护)?费/);
    const purchase = rowNamed(table, /^公务用车购置费/);
    const running = rowNamed(table, /^公务用车运行(维护)?费/);
    const total = totalRow(table);
    table.columns.forEach((column, i) => {
      if (vehicles && (purchase || running)) {
        out.push({
          kind: "sum",
          what: L(
            `表10公务用车购置及运行费的“${column}”列（购置费＋运行维护费）`,
            `table 10 official vehicles, column ${columnLabel(column).en} (purchase + running)`,
          ),
          total: cell(vehicles, i),
          parts: [cell(purchase, i), cell(running, i)],
          tables: [10],
          lines: [vehicles.line],
        });
      }
      if (total) {
        out.push({
          kind: "sum",
          what: L(
            `表10合计的“${column}”列（出国（境）＋接待＋公务用车）`,
            `table 10 total, column ${columnLabel(column).en} (travel abroad + receptions + vehicles)`,
          ),
          total: cell(total, i),
          parts: [cell(abroad, i), cell(reception, i), cell(vehicles, i)],
          tables: [10],
          lines: [total.line],
        });
      }
    });
    return out;
  },
);
