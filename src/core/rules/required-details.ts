import { L, quote } from "../messages";
import { findTable, type Disclosure, type TableNo } from "../model";
import { templateOf, sectionName, type TemplateRequirements } from "../templates/requirements";
import { narrativeParts, proseOf, roledLines } from "../text/documentText";
import { rowNamed } from "../model/rows";
import type { FindingInput, Rule } from "./types";

/** The vehicle items and procurement kinds the messages name, in English (the document's term quoted). */
const VEHICLE_EN = (name: string): string => `${/购置/.test(name) ? "official vehicle purchase" : "official vehicle running costs"} (${quote(name)})`;
const PROCUREMENT_EN: Record<string, string> = { 货物: "goods", 工程: "works", 服务: "services" };

/** A section that says there is nothing to state ("本单位无“三公”经费预算") needs no breakdown. */
const SAYS_NONE = /无[^，。；]{0,6}(三公|政府采购|采购)/;

type Report = (input: FindingInput) => void;

/** The breakdowns the template requires: 三公 vehicle items, 政府采购 by kind, 绩效目标, function codes at 项 and economic codes at 款 level. */
export const requiredDetails: Rule = {
  id: "required-details",
  description: {
    zh: "模板要求的细化内容齐全：“三公”经费列明公务用车购置费和运行维护费（为0也列）；政府采购分货物、工程、服务；说明项目绩效目标；功能分类细化到项级科目（7位编码，山西表5），经济分类细化到款级科目（山西表6）",
    en: "The breakdowns the template requires: vehicle purchase and running costs (even when 0), procurement by goods/works/services, performance targets stated, function codes down to items (7 digits; Shanxi table 5), economic codes down to sections (Shanxi table 6)",
  },
  tables: [5, 6, 10],
  scope: "narrative",
  severity: "warning",
  check(ctx) {
    const d = ctx.disclosure;
    const template = templateOf(d);
    const report: Report = (input) => ctx.report(input);
    narrativeDetails(d, template, report);
    if (template.id === "shanxi-13") shanxiTables(d, report);
    else templateTables(d, template, report);
  },
};

function narrativeDetails(d: Disclosure, template: TemplateRequirements, report: Report) {
  const parts = narrativeParts(d);
  const sectionOf = (no: number) => parts.find((s) => s.no === no);
  const missing = (no: number, what: string, line: number, whatEn: string) =>
    report({
      tables: [],
      message: L(
        `${sectionName(template, no).zh}未列明${what}（${template.name}要求）`,
        `${sectionName(template, no).en} does not state ${whatEn} (the template requires it)`,
      ),
      expected: what,
      actual: null,
      lines: [line],
    });

  const threePublic = sectionOf(template.threePublicSection);
  if (threePublic && !SAYS_NONE.test(threePublic.text)) {
    const text = proseOf(threePublic.text);
    for (const item of template.vehicleItems)
      if (!item.narrative.test(text)) missing(threePublic.no, `“${item.name}”`, threePublic.line, VEHICLE_EN(item.name));
  }
  const procurement = sectionOf(template.procurementSection);
  if (procurement && !SAYS_NONE.test(procurement.text)) {
    const text = proseOf(procurement.text);
    for (const kind of ["货物", "工程", "服务"])
      if (!text.includes(kind)) missing(procurement.no, `政府采购${kind}预算`, procurement.line, `the procurement budget for ${PROCUREMENT_EN[kind]}`);
  }
  const performance = sectionOf(template.performanceSection);
  if (performance && !/绩效目标/.test(proseOf(performance.text)))
    missing(performance.no, "项目绩效目标的设置和公开情况", performance.line, "how project performance targets are set and published");
}

function shanxiTables(d: Disclosure, report: Report) {
  const template = templateOf(d);
  const t10 = findTable(d, template.threePublicTable as TableNo);
  if (t10 && !t10.empty) {
    for (const item of template.vehicleItems) {
      if (!rowNamed(t10, item.table)) {
        const name = item.tableName ?? item.name;
        report({
          tables: [t10.no],
          message: L(`表${t10.no}未列出“${name}”行（为0也应列出）`, `table ${t10.no} does not list the row ${quote(name)} (it is listed even when 0)`),
          expected: name,
          actual: null,
          lines: [t10.line],
        });
      }
    }
  }
  const t5 = findTable(d, 5);
  if (t5 && !t5.empty) {
    const codes = t5.rows.map((r) => r.code).filter((c): c is string => c !== null);
    for (const row of t5.rows) {
      if (!row.code || row.code.length >= 7) continue;
      const code = row.code;
      if (codes.some((c) => c !== code && c.startsWith(code))) continue;
      report({
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
      report({
        tables: [6],
        message: L(`表6“${row.name}”未细化到款级经济科目`, `table 6 ${quote(row.name)} is not broken down to economic sections (款)`),
        expected: "款级科目",
        actual: row.name,
        lines: [row.line],
      });
    });
  }
}

/**
 * Shanghai and Jiangsu: the 三公 table's header names both vehicle items (its columns, even when 0), and
 * each coded table's leaves reach the depth the template requires (a 类 or 款 with an amount and no
 * children below it).
 */
function templateTables(d: Disclosure, template: TemplateRequirements, report: Report) {
  const tables = d.templateTables ?? [];
  const threePublic = tables.find((t) => t.key === template.threePublicTable && t.found && !t.empty && t.line !== null);
  if (threePublic) {
    const lines = roledLines(d);
    const start = lines.findIndex((l) => l.no === threePublic.line);
    const header: string[] = [];
    for (let i = start + 1; i < lines.length && i <= start + 8 && lines[i].role === "table"; i++) header.push(...lines[i].text.split("\t").map(proseOf));
    for (const item of template.vehicleItems) {
      if (header.some((cell) => item.table.test(cell.replace(/["“”]/g, "")))) continue;
      report({
        tables: [threePublic.no as TableNo],
        message: L(
          `表${threePublic.no}“${threePublic.title}”未列出“${item.name}”（为0也应列出）`,
          `table ${threePublic.no} ${quote(threePublic.title)} does not list ${VEHICLE_EN(item.name)} (it is listed even when 0)`,
        ),
        expected: item.name,
        actual: null,
        lines: [threePublic.line!],
      });
    }
  }
  for (const depth of template.codeDepths) {
    const table = tables.find((t) => t.key === depth.table && t.found && !t.empty);
    if (!table) continue;
    const codes = table.rows.map((r) => r.code).filter((c): c is string => c !== null);
    for (const row of table.rows) {
      if (!row.code || row.code.length >= depth.digits || !row.values.some((v) => v !== null && v !== 0)) continue;
      const code = row.code;
      if (codes.some((c) => c !== code && c.startsWith(code))) continue;
      report({
        tables: [table.no as TableNo],
        message: L(
          `表${table.no}“${table.title}”的“${code} ${row.name}”未细化到${depth.level}级科目（${depth.digits}位编码）`,
          `table ${table.no} ${quote(table.title)}: ${quote(`${code} ${row.name}`)} is not broken down to ${depth.level === "项" ? "item" : "section"} codes (${depth.digits} digits)`,
        ),
        expected: `${depth.level}级科目`,
        actual: code,
        lines: [row.line],
      });
    }
  }
}
