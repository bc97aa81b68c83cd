import { L, quote } from "../messages";
import { type Amount, formatAmount, yuanToWanyuan } from "../amount";
import { findTable, type Disclosure, type PerformanceTable } from "../model";
import { matchProject, projectGroups, unitMatches } from "../model/projects";
import { amount, cell, defineRelations, type Relation } from "../relations";
import { fmt, num } from "../messages/findings";

/** The tables this rule compares with table 12: this unit's, with a project name (the reader warns about the rest). */
function ownTables(d: Disclosure): PerformanceTable[] {
  return d.performance.filter((t) => !(t.implementingUnit && d.unit && !unitMatches(t.implementingUnit, d.unit)) && t.projectName);
}

/**
 * Each 绩效目标表: its sources add up to 年度资金总额 and that total, in 万元, is its table 12 project —
 * relations (the performance table's figures are constants of the formula, table 12's cell is live).
 * Another unit's table and a table with no project in table 12 are notes: they compare no figures.
 */
export const performanceTables = defineRelations(
  {
    id: "performance-t12",
    description: {
      zh: "项目支出绩效目标表：年度资金总额（元）折合万元后等于表12对应项目；资金来源之和等于年度资金总额；实施单位为本单位",
      en: "Performance target tables: the annual amount in yuan, in 10,000 yuan, equals the table 12 project; the sources add up; the implementing unit is this unit",
    },
    tables: [12],
    scope: "performance",
    severity: "error",
  },
  (d) => {
    const t12 = findTable(d, 12);
    const projects = t12 ? projectGroups(t12.rows).flatMap((g) => g.projects) : [];
    const out: Relation[] = [];
    for (const table of ownTables(d)) {
      const name = table.projectName;
      const sources = Object.values(table.annualSources) as (Amount | null)[];
      // Only a fully legible source breakdown is checked; OCR damage leaves holes the reader cannot fill.
      const legible = table.annualSources.central !== null && table.annualSources.provincial !== null && table.annualSources.local !== null;
      if (table.annualTotal !== null && legible)
        out.push({
          kind: "sum",
          what: L(`绩效目标表“${name}”的资金来源（元）`, `performance target table ${quote(name ?? "")}, sources of funds (yuan)`),
          total: amount(table.annualTotal),
          parts: sources.map(amount),
          tables: [],
          lines: [table.line],
        });
      if (!t12 || table.annualTotal === null) continue;
      const project = matchProject(table, projects);
      if (!project) continue;
      const total = table.annualTotal;
      out.push({
        kind: "copy",
        what: L(`绩效目标表“${name}”与表12“${project.name}”`, `performance target table ${quote(name ?? "")} and table 12 ${quote(project.name)}`),
        expected: cell(project, 0),
        actual: amount(yuanToWanyuan(total)),
        expectedLabel: L("表12", "table 12"),
        actualLabel: L("绩效目标表", "the performance target table"),
        tables: [12],
        lines: [table.line, project.line],
        report: (inTable12, inWan) => ({
          message: L(
            `绩效目标表“${name}”年度资金总额${formatAmount(total)}元（${fmt(inWan)}万元），与表12“${project.name}”${fmt(inTable12)}万元不一致`,
            `performance target table ${quote(name ?? "")}: annual funds ${formatAmount(total)} yuan (${fmt(inWan)} in 10k yuan) differ from table 12 ${quote(project.name)} ${fmt(inTable12)} (10k yuan)`,
          ),
          expected: num(inTable12),
          actual: num(inWan),
        }),
      });
    }
    return out;
  },
  (ctx) => {
    const d = ctx.disclosure;
    const t12 = findTable(d, 12);
    const projects = t12 ? projectGroups(t12.rows).flatMap((g) => g.projects) : [];
    for (const table of d.performance) {
      const name = table.projectName || `第${table.line}行的绩效目标表`;
      const nameEn = table.projectName ? quote(table.projectName) : `at line ${table.line}`;
      if (table.implementingUnit && d.unit && !unitMatches(table.implementingUnit, d.unit)) {
        ctx.report({
          tables: [],
          message: L(
            `绩效目标表“${name}”的实施单位是“${table.implementingUnit}”，不是本单位“${d.unit}”：可能误附了其他单位的表`,
            `performance target table ${nameEn}: its implementing unit is ${quote(table.implementingUnit ?? "")}, not this unit ${quote(d.unit ?? "")}; another unit's table may have been attached`,
          ),
          expected: d.unit,
          actual: table.implementingUnit,
          lines: [table.line],
        });
        continue;
      }
      if (!table.projectName || !t12 || table.annualTotal === null || matchProject(table, projects)) continue;
      ctx.report({
        severity: "warning",
        tables: [12],
        message: L(`绩效目标表“${name}”在表12中找不到对应的项目`, `performance target table ${nameEn} has no matching project in table 12`),
        expected: null,
        actual: num(yuanToWanyuan(table.annualTotal)),
        lines: [table.line],
      });
    }
  },
);
