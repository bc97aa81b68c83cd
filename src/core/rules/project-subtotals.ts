import { L, columnLabel, quote } from "../messages";
import { findTable, type Disclosure, type TableNo, type TableRow } from "../model";
import { projectGroups } from "../model/projects";
import { totalRow } from "../model/rows";
import { cell, defineRelations, type Relation } from "../relations";

function projectRelations(d: Disclosure, no: TableNo): Relation[] {
  const table = findTable(d, no);
  if (!table || table.empty) return [];
  const out: Relation[] = [];
  const groups = projectGroups(table.rows);
  for (const group of groups) {
    const subtotal = group.subtotal;
    if (!subtotal || group.projects.length === 0) continue;
    table.columns.forEach((column, i) =>
      out.push({
        kind: "sum",
        what: L(
          `表${no}“${subtotal.name}”小计的“${column}”列（各项目之和）`,
          `table ${no} subtotal ${quote(subtotal.name)}, column ${columnLabel(column).en} (sum of its projects)`,
        ),
        total: cell(subtotal, i),
        parts: group.projects.map((r) => cell(r, i)),
        tables: [no],
        lines: [subtotal.line, ...group.projects.map((r) => r.line)],
      }),
    );
  }
  const total = totalRow(table);
  const subtotals = groups.map((g) => g.subtotal).filter((s): s is TableRow => s !== undefined);
  if (total && subtotals.length > 0) {
    table.columns.forEach((column, i) =>
      out.push({
        kind: "sum",
        what: L(`表${no}合计的“${column}”列（各单位小计之和）`, `table ${no} total, column ${columnLabel(column).en} (sum of the units' subtotals)`),
        total: cell(total, i),
        parts: subtotals.map((r) => cell(r, i)),
        tables: [no],
        lines: [total.line],
      }),
    );
  }
  return out;
}

/** Tables 12 and 13: project rows sum to their unit's subtotal. */
export const projectSubtotals = defineRelations(
  {
    id: "project-subtotals",
    description: {
      zh: "表12、表13项目支出：各项目之和等于单位小计（重复出现的小计行只计一次）",
      en: "Tables 12 and 13: the projects sum to their unit's subtotal (a subtotal row printed twice counts once)",
    },
    tables: [12, 13],
    scope: "table",
    severity: "error",
  },
  (d) => [...projectRelations(d, 12), ...projectRelations(d, 13)],
  (ctx) => {
    // A subtotal printed twice is a note, not a relation: it is counted once.
    for (const no of [12, 13] as const) {
      const table = findTable(ctx.disclosure, no);
      if (!table || table.empty) continue;
      for (const group of projectGroups(table.rows))
        for (const repeated of group.repeated)
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
  },
);
