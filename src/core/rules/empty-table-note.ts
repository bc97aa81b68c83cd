import { EN_TABLE_NAMES, L, quote } from "../messages";
import { findTable, TABLE_NUMBERS } from "../model";
import { tableSpec } from "../tableSpecs";
import type { Rule } from "./types";

/**
 * A table without data should say so (注：本表无数据); a missing table is reported. Code, not a
 * relation: it reads the document's notes and its list of tables, no figures.
 */
export const emptyTableNote: Rule = {
  id: "empty-table-note",
  description: {
    zh: "无数据的表应注明“本表无数据”；13张标准表都应公开",
    en: "A table without data should say so (“注：本表无数据”); all 13 standard tables should be published",
  },
  tables: [...TABLE_NUMBERS],
  scope: "table",
  severity: "info",
  check(ctx) {
    for (const no of TABLE_NUMBERS) {
      const table = findTable(ctx.disclosure, no);
      if (!table) {
        ctx.report({
          severity: "warning",
          tables: [no],
          message: L(`未找到表${no}“${tableSpec(no).title}”`, `table ${no} (${EN_TABLE_NAMES[no]}) not found`),
          expected: null,
          actual: null,
          lines: [],
        });
      } else if (table.empty && !table.emptyNote) {
        ctx.report({
          tables: [no],
          message: L(
            `表${no}“${tableSpec(no).title}”没有数据，但未注明“本表无数据”`,
            `table ${no} (${EN_TABLE_NAMES[no]}) has no data but does not say so (${quote("本表无数据")})`,
          ),
          expected: null,
          actual: null,
          lines: [table.line],
        });
      }
    }
  },
};
