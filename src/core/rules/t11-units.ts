import { L, columnLabel } from "../messages";
import { findTable } from "../model";
import { totalRow } from "../model/rows";
import { cell, defineRelations } from "../relations";

/** Table 11: 部门合计 = its unit rows. */
export const adminCostUnits = defineRelations(
  {
    id: "t11-units",
    description: {
      zh: "表11机关运行经费：部门合计等于各单位之和",
      en: "Table 11: the department total equals the sum of its units",
    },
    tables: [11],
    scope: "table",
    severity: "error",
  },
  (d) => {
    const table = findTable(d, 11);
    if (!table || table.empty) return [];
    const total = totalRow(table);
    const units = table.rows.filter((r) => r.kind === "item");
    if (!total || units.length === 0) return [];
    return table.columns.map((column, i) => ({
      kind: "sum" as const,
      what: L(`表11部门合计的“${column}”列（各单位之和）`, `table 11 department total, column ${columnLabel(column).en} (sum of the units)`),
      total: cell(total, i),
      parts: units.map((r) => cell(r, i)),
      tables: [11],
      lines: [total.line, ...units.map((r) => r.line)],
    }));
  },
);
