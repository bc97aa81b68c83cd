import { L, quote } from "../messages";
import { findTable } from "../model";
import { templateOf, sectionNumeral } from "../templates/requirements";
import { rowNamed } from "./compare";
import type { Rule } from "./types";

/** A section that says there is nothing to state ("本单位无“三公”经费预算") needs no breakdown. */
const SAYS_NONE = /无[^，。；]{0,6}(三公|政府采购|采购)/;

/** The breakdowns the template requires: 三公 vehicle items, 政府采购 by kind, 绩效目标, table 5 at 项 and table 6 at 款 level. */
export const requiredDetails: Rule = {
  id: "required-details",
  description: {
    zh: "模板要求的细化内容齐全：“三公”经费列明公务用车购置费和运行维护费（为0也列）；政府采购分货物、工程、服务；说明项目绩效目标；表5细化到项级科目（7位编码）；表6细化到款级经济科目",
    en: "The breakdowns the template requires: vehicle purchase and running costs (even when 0), procurement by goods/works/services, performance targets stated, table 5 down to items (7-digit codes), table 6 down to economic items",
  },
  tables: [5, 6, 10],
  scope: "narrative",
  severity: "warning",
  check(ctx) {
    const d = ctx.disclosure;
    const template = templateOf(d);
    const sectionOf = (no: number) => d.narrative.find((s) => s.no === no);
    const missing = (no: number, what: string, line: number, whatEn: string) =>
      ctx.report({
        tables: [],
        message: L(
          `情况说明第${sectionNumeral(no)}部分未列明${what}（${template.name}要求）`,
          `narrative section ${no} does not state ${whatEn} (the template requires it)`,
        ),
        expected: what,
        actual: null,
        lines: [line],
      });

    const threePublic = sectionOf(template.threePublicSection);
    if (threePublic && !SAYS_NONE.test(threePublic.text)) {
      if (!/公务用车购置费/.test(threePublic.text))
        missing(threePublic.no, "“公务用车购置费”", threePublic.line, "official vehicle purchase (“公务用车购置费”)");
      if (!/运行维护费/.test(threePublic.text))
        missing(threePublic.no, "“公务用车运行维护费”", threePublic.line, "official vehicle running costs (“公务用车运行维护费”)");
    }
    const t10 = findTable(d, 10);
    if (t10 && !t10.empty) {
      for (const [pattern, name] of [
        [/^[①1]?公务用车购置费/, "①公务用车购置费"],
        [/^[②2]?公务用车运行(维护)?费/, "②公务用车运行维护费"],
      ] as const) {
        if (!rowNamed(t10, pattern)) {
          ctx.report({
            tables: [10],
            message: L(`表10未列出“${name}”行（为0也应列出）`, `table 10 does not list the row ${quote(name)} (it is listed even when 0)`),
            expected: name,
            actual: null,
            lines: [t10.line],
          });
        }
      }
    }

    const procurement = sectionOf(template.procurementSection);
    if (procurement && !SAYS_NONE.test(procurement.text)) {
      for (const kind of ["货物", "工程", "服务"])
        if (!procurement.text.includes(kind))
          missing(
            procurement.no,
            `政府采购${kind}预算`,
            procurement.line,
            `the procurement budget for ${({ 货物: "goods", 工程: "works", 服务: "services" } as Record<string, string>)[kind]}`,
          );
    }

    const performance = sectionOf(template.performanceSection);
    if (performance && !/绩效目标/.test(performance.text))
      missing(performance.no, "项目绩效目标的设置和公开情况", performance.line, "how project performance targets are set and published");

    const t5 = findTable(d, 5);
    if (t5 && !t5.empty) {
      const codes = t5.rows.map((r) => r.code).filter((c): c is string => c !== null);
      for (const row of t5.rows) {
        if (!row.code || row.code.length >= 7) continue;
        const code = row.code;
        if (codes.some((c) => c !== code && c.startsWith(code))) continue;
        ctx.report({
          tables: [5],
          message: L(
            `表5“${code} ${row.name}”未细化到项级科目（7位编码）`,
            `table 5 ${quote(`${code} ${row.name}`)} is not broken down to item codes (7 digits)`,
          ),
          expected: "项级科目",
          actual: code,
          lines: [row.line],
        });
      }
    }

    const t6 = findTable(d, 6);
    if (t6 && !t6.empty) {
      t6.rows.forEach((row, i) => {
        if (row.kind !== "category" || !row.values.some((v) => v !== null && v !== 0)) return;
        const next = t6.rows[i + 1];
        if (next && next.kind === "item") return;
        ctx.report({
          tables: [6],
          message: L(`表6“${row.name}”未细化到款级经济科目`, `table 6 ${quote(row.name)} is not broken down to economic items`),
          expected: "款级科目",
          actual: row.name,
          lines: [row.line],
        });
      });
    }
  },
};
