import { type Amount, formatAmount, yuanToWanyuan } from "../amount";
import { findTable, type PerformanceTable, type TableRow } from "../model";
import { foldKey } from "../reader/text";
import { checkSum, fmt, num } from "./compare";
import { projectGroups } from "./unitRollups";
import type { Rule } from "./types";

/** Project names compared tolerantly: OCR turns Z into 2, wording and punctuation vary. */
export function projectKey(name: string): string {
  return foldKey(name)
    .replace(/^(?:[A-Z]{1,2}|2)(?=[\u4e00-\u9fff])/, "")
    .replace(/[()（）、,，.。"“”\s-]/g, "")
    .replace(/(经费|费用|费)$/, "");
}

function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  if (a.includes(b) || b.includes(a)) return Math.min(a.length, b.length) / Math.max(a.length, b.length);
  const bigrams = (s: string) => new Set(Array.from({ length: s.length - 1 }, (_, i) => s.slice(i, i + 2)));
  const x = bigrams(a);
  const y = bigrams(b);
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return (2 * shared) / (x.size + y.size || 1);
}

export function matchProject(table: PerformanceTable, projects: TableRow[]): TableRow | undefined {
  // The exact name first: "J政务工作运行经费" and "Z政务工作运行经费" are different projects.
  const exact = projects.find((p) => foldKey(p.name) === foldKey(table.projectName));
  if (exact) return exact;
  const key = projectKey(table.projectName);
  let best: TableRow | undefined;
  let bestScore = 0;
  for (const project of projects) {
    const score = similarity(key, projectKey(project.name));
    if (score > bestScore) {
      best = project;
      bestScore = score;
    }
  }
  return bestScore >= 0.6 ? best : undefined;
}

/** Same unit, allowing a name the OCR cut short or garbled in its last two characters. */
export function unitMatches(a: string, b: string): boolean {
  const x = foldKey(a);
  const y = foldKey(b);
  if (x === y || x.startsWith(y) || y.startsWith(x)) return true;
  let common = 0;
  while (common < x.length && common < y.length && x[common] === y[common]) common++;
  return common >= 4 && Math.min(x.length, y.length) - common <= 2;
}

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
      if (table.implementingUnit && d.unit && !unitMatches(table.implementingUnit, d.unit)) {
        ctx.report({
          tables: [],
          message: `绩效目标表“${name}”的实施单位是“${table.implementingUnit}”，不是本单位“${d.unit}”：可能误附了其他单位的表`,
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
        checkSum(ctx, { what: `绩效目标表“${name}”的资金来源（元）`, addends: sources, printed: table.annualTotal, tables: [], lines: [table.line] });
      }
      if (!t12 || table.annualTotal === null) continue;
      const project = matchProject(table, projects);
      if (!project) {
        ctx.report({
          severity: "warning",
          tables: [12],
          message: `绩效目标表“${name}”在表12中找不到对应的项目`,
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
          message: `绩效目标表“${name}”年度资金总额${formatAmount(table.annualTotal)}元（${fmt(inWan)}万元），与表12“${project.name}”${fmt(project.values[0])}万元不一致`,
          expected: num(project.values[0]),
          actual: num(inWan),
          lines: [table.line, project.line],
        });
      }
    }
  },
};

/** The number of 绩效目标表 matches the number the narrative states. */
export const performanceCount: Rule = {
  id: "performance-count",
  description: {
    zh: "公开的项目绩效目标表张数与情况说明所述公开项目个数一致",
    en: "The number of performance target tables published matches the narrative's count",
  },
  tables: [12],
  scope: "performance",
  severity: "warning",
  check(ctx) {
    const d = ctx.disclosure;
    const s = d.narrative.find((x) => x.no === 10);
    const stated = s?.figures.find((f) => f.kind === "count" && /公开项目绩效目标/.test(f.label));
    if (!stated) return;
    const own = d.performance.filter((t) => !t.implementingUnit || !d.unit || unitMatches(t.implementingUnit, d.unit));
    if (own.length !== stated.value) {
      ctx.report({
        tables: [12],
        message: `情况说明称公开项目绩效目标${stated.value}个，文件附有本单位绩效目标表${own.length}张`,
        expected: stated.value,
        actual: own.length,
        lines: [stated.line],
      });
    }
  },
};
