import { findTable, type TableNo, type TableRow } from "../model";
import { checkSum, totalRow } from "./compare";
import type { RuleContext } from "./types";
import { foldKey } from "../reader/text";

/** Project rows with the subtotal rows they roll up to; a subtotal repeated verbatim is counted once. */
export function projectGroups(rows: TableRow[]): { subtotal: TableRow | undefined; projects: TableRow[]; repeated: TableRow[] }[] {
  const groups: { subtotal: TableRow | undefined; projects: TableRow[]; repeated: TableRow[] }[] = [];
  for (const row of rows) {
    if (row.kind === "total") continue;
    const current = groups[groups.length - 1];
    if (row.kind === "subtotal") {
      const sameAsCurrent =
        current?.subtotal &&
        current.projects.length === 0 &&
        foldKey(current.subtotal.name) === foldKey(row.name) &&
        current.subtotal.values.every((v, i) => v === row.values[i]);
      if (sameAsCurrent) current.repeated.push(row);
      else groups.push({ subtotal: row, projects: [], repeated: [] });
    } else if (current) current.projects.push(row);
    else groups.push({ subtotal: undefined, projects: [row], repeated: [] });
  }
  return groups;
}

export function checkProjects(ctx: RuleContext, no: TableNo) {
  const table = findTable(ctx.disclosure, no);
  if (!table || table.empty) return;
  const groups = projectGroups(table.rows);
  for (const group of groups) {
    for (const repeated of group.repeated) {
      ctx.report({
        severity: "info",
        tables: [no],
        message: `表${no}单位小计行“${repeated.name}”重复出现（第${repeated.line}行），已按一行计算`,
        expected: null,
        actual: null,
        lines: [repeated.line],
      });
    }
    if (!group.subtotal || group.projects.length === 0) continue;
    table.columns.forEach((column, i) =>
      checkSum(ctx, {
        what: `表${no}“${group.subtotal!.name}”小计的“${column}”列（各项目之和）`,
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
        what: `表${no}合计的“${column}”列（各单位小计之和）`,
        addends: subtotals.map((r) => r.values[i]),
        printed: total.values[i],
        tables: [no],
        lines: [total.line],
      }),
    );
  }
}
