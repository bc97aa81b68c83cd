import { L, quote } from "../messages";
import { type Amount, formatAmount, yuanToWanyuan } from "../amount";
import { findTable } from "../model";
import { checkSum, fmt, num } from "./compare";
import { projectGroups } from "./projectHelpers";
import type { Rule } from "./types";
import { matchProject, unitMatches } from "./performanceHelpers";

/** Each 绩效目标表: 年度资金总额 in 元 equals its T12 project; the sources add up; it is this unit's. */
export const performanceTables: Rule = {
  id: "performance-t12",
  description: {
    zh: "项目支出绩效目标表：年度资金总额（元）折合万元后等于表12对应项目；资金来源之和等于年度资金总额；实施单位为本单位",
    en: "Performance target tables: the annual amount in yuan, in 10,000 yuan, equals the table 12 project; the sources add up; the implementing unit is this unit",
  },
  tables: [12],
  scope: "performance",
  severity: "error",
  check(ctx) {
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
      if (!table.projectName) continue; // the reader has already warned that this table is unreadable
      const sources = Object.values(table.annualSources) as (Amount | null)[];
      // Only a fully legible source breakdown is checked; OCR damage leaves holes the reader cannot fill.
      const legible = table.annualSources.central !== null && table.annualSources.provincial !== null && table.annualSources.local !== null;
      if (table.annualTotal !== null && legible) {
        checkSum(ctx, {
          what: L(`绩效目标表“${name}”的资金来源（元）`, `performance target table ${nameEn}, sources of funds (yuan)`),
          addends: sources,
          printed: table.annualTotal,
          tables: [],
          lines: [table.line],
        });
      }
      if (!t12 || table.annualTotal === null) continue;
      const project = matchProject(table, projects);
      if (!project) {
        ctx.report({
          severity: "warning",
          tables: [12],
          message: L(`绩效目标表“${name}”在表12中找不到对应的项目`, `performance target table ${nameEn} has no matching project in table 12`),
          expected: null,
          actual: num(yuanToWanyuan(table.annualTotal)),
          lines: [table.line],
        });
        continue;
      }
      const inWan = yuanToWanyuan(table.annualTotal);
      if (inWan !== project.values[0]) {
        ctx.report({
          tables: [12],
          message: L(
            `绩效目标表“${name}”年度资金总额${formatAmount(table.annualTotal)}元（${fmt(inWan)}万元），与表12“${project.name}”${fmt(project.values[0])}万元不一致`,
            `performance target table ${nameEn}: annual funds ${formatAmount(table.annualTotal)} yuan (${fmt(inWan)} in 10k yuan) differ from table 12 ${quote(project.name)} ${fmt(project.values[0])} (10k yuan)`,
          ),
          expected: num(project.values[0]),
          actual: num(inWan),
          lines: [table.line, project.line],
        });
      }
    }
  },
};
