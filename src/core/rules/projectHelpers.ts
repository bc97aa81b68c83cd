import { L, columnLabel, quote } from "../messages";
import { findTable, type TableNo, type TableRow } from "../model";
import { checkSum, totalRow } from "./compare";
import type { RuleContext } from "./types";
import { projectGroups } from "../model/projects";

// projectGroups moved to src/core/model/projects.ts; re-exported for rules written against this path.
export { projectGroups } from "../model/projects";

export function checkProjects(ctx: RuleContext, no: TableNo) {
  const table = findTable(ctx.disclosure, no);
  if (!table || table.empty) return;
  const groups = projectGroups(table.rows);
  for (const group of groups) {
    for (const repeated of group.repeated) {
      ctx.report({
        severity: "info",
        tables: [no],
        message: L(
          `表${no}单位小计行“${repeated.name}”重复出现（第${repeated.line}行），已按一行计算`,
          `table ${no}: the unit subtotal row ${quote(repeated.name)} is printed twice (line ${repeated.line}); counted once`,
        ),
        expected: null,
        actual: null,
        lines: [repeated.line],
      });
    }
    if (!group.subtotal || group.projects.length === 0) continue;
    table.columns.forEach((column, i) =>
      checkSum(ctx, {
        what: L(
          `表${no}“${group.subtotal!.name}”小计的“${column}”列（各项目之和）`,
          `table ${no} subtotal ${quote(group.subtotal!.name)}, column ${columnLabel(column).en} (sum of its projects)`,
        ),
        addends: group.projects.map((r) => r.values[i]),
        printed: group.subtotal!.values[i],
        tables: [no],
        lines: [group.subtotal!.line, ...group.projects.map((r) => r.line)],
      }),
    );
  }
  const total = totalRow(table);
  const subtotals = groups.map((g) => g.subtotal).filter((s): s is TableRow => s !== undefined);
  if (total && subtotals.length > 0) {
    table.columns.forEach((column, i) =>
      checkSum(ctx, {
        what: L(`表${no}合计的“${column}”列（各单位小计之和）`, `table ${no} total, column ${columnLabel(column).en} (sum of the units' subtotals)`),
        addends: subtotals.map((r) => r.values[i]),
        printed: total.values[i],
        tables: [no],
        lines: [total.line],
      }),
    );
  }
}
