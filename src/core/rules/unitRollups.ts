import { findTable, type TableNo, type TableRow } from "../model";
import { checkSum, totalRow } from "./compare";
import type { Rule, RuleContext } from "./types";
import { foldKey } from "../reader/text";

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

function checkProjects(ctx: RuleContext, no: TableNo) {
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

/** Tables 12 and 13: project rows sum to their unit's subtotal. */
export const projectSubtotals: Rule = {
  id: "project-subtotals",
  description: {
    zh: "表12、表13项目支出：各项目之和等于单位小计（重复出现的小计行只计一次）",
    en: "Tables 12 and 13: the projects sum to their unit's subtotal (a subtotal row printed twice counts once)",
  },
  tables: [12, 13],
  scope: "table",
  severity: "error",
  check(ctx) {
    checkProjects(ctx, 12);
    checkProjects(ctx, 13);
  },
};
