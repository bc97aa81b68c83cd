import { findTable } from "../model";
import { checkSum, totalRow } from "./compare";
import type { Rule } from "./types";

/** Table 11: 部门合计 = its unit rows. */
export const adminCostUnits: Rule = {
  id: "t11-units",
  description: {
    zh: "表11机关运行经费：部门合计等于各单位之和",
    en: "Table 11: the department total equals the sum of its units",
  },
  tables: [11],
  scope: "table",
  severity: "error",
  check(ctx) {
    const table = findTable(ctx.disclosure, 11);
    if (!table || table.empty) return;
    const total = totalRow(table);
    const units = table.rows.filter((r) => r.kind === "item");
    if (!total || units.length === 0) return;
    table.columns.forEach((column, i) =>
      checkSum(ctx, {
        what: `表11部门合计的“${column}”列（各单位之和）`,
        addends: units.map((r) => r.values[i]),
        printed: total.values[i],
        tables: [11],
        lines: [total.line, ...units.map((r) => r.line)],
      }),
    );
  },
};
