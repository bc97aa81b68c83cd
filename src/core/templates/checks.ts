/**
 * The relations checked in the templates read by the generic reader, on the tables as printed: each
 * amount compared in the unit it is printed in (元 in 元), the rounding allowance n × 0.005 of that unit.
 *
 * - row totals: a row's 合计 column is the sum of its parts (template data: rowTotalSources);
 * - code tree: a 类 is the sum of its 款, a 款 of its 项, 合计 of the 类 rows (function and economic codes);
 * - cross-table copies declared per template (CROSS_TABLE).
 */
import { L, type Localized, amountWithUnit, changeWordEn, columnLabel, quote, splitMessage } from "../messages";
import { type Amount, formatAmount, formatPercent, judgePercent, judgeSum, parseAmount, parsePercent, percentOf } from "../amount";
import type { Disclosure, TableNo, TemplateRow, TemplateTableRead } from "../model";
import type { Finding } from "../rules/types";
import { templateById } from "./index";
import { foldKey } from "../reader/text";
import type { Template } from "./types";

export const TEMPLATE_RULES = {
  rowTotal: { id: "template-row-total", zh: "每行的合计等于各列之和", en: "each row's total is the sum of its columns" },
  codeTree: { id: "template-code-tree", zh: "上级科目等于下级科目之和，合计等于各类之和", en: "each parent code is the sum of its children" },
  crossTable: { id: "template-cross-table", zh: "表间相同口径的数一致", en: "the same figure agrees between tables" },
  narrativeFigure: {
    id: "template-narrative-figure",
    zh: "情况说明中的金额（万元）与表中数（元）折算一致",
    en: "the narrative's amounts (10k yuan) agree with the tables (yuan) after conversion",
  },
  narrativeChange: {
    id: "template-narrative-change",
    zh: "情况说明中增减幅度与增减额、本年数一致",
    en: "a stated rate of change agrees with the amounts it is stated with",
  },
} as const;

function report(
  findings: Finding[],
  rule: keyof typeof TEMPLATE_RULES,
  tables: number[],
  sum: Amount,
  printed: Amount,
  count: number,
  message: Localized,
  lines: number[],
) {
  const verdict = judgeSum(sum, printed, count);
  if (verdict === "ok") return;
  findings.push({
    rule: TEMPLATE_RULES[rule].id,
    severity: verdict === "rounding" ? "warning" : "error",
    scope: tables.length > 1 ? "cross-table" : "table",
    tables: tables as TableNo[],
    ...splitMessage(verdict === "rounding" ? L(`${message.zh}（差额在四舍五入范围内，为尾差）`, `${message.en} (within the rounding allowance)`) : message),
    expected: sum / 100,
    actual: printed / 100,
    lines,
  });
}

function rowTotals(t: TemplateTableRead, template: Template, findings: Finding[]) {
  const sources = template.tables.find((x) => x.no === t.no)?.rowTotalSources;
  if (!sources) return;
  for (const row of t.rows) {
    const printed = row.values[0];
    const parts = sources.map((i) => row.values[i]).filter((v): v is Amount => v !== null && v !== undefined);
    if (printed === null || parts.length === 0) continue;
    const sum = parts.reduce((a, b) => a + b, 0);
    const name = row.code ? `${row.code} ${row.name}` : row.name;
    report(
      findings,
      "rowTotal",
      [t.no],
      sum,
      printed,
      parts.length,
      L(
        `表${t.no}“${t.title}”${name}行：合计${formatAmount(printed)}${t.moneyUnit}，各列之和${formatAmount(sum)}${t.moneyUnit}`,
        `table ${t.no} ${quote(t.title)}, row ${quote(name)}: total ${amountWithUnit(formatAmount(printed), t.moneyUnit).en}, the columns add up to ${amountWithUnit(formatAmount(sum), t.moneyUnit).en}`,
      ),
      [row.line],
    );
  }
}

function codeTree(t: TemplateTableRead, findings: Finding[]) {
  const coded = t.rows.filter((r) => r.code !== null);
  if (coded.length === 0) return;
  const check = (parent: TemplateRow | undefined, children: TemplateRow[], label: Localized) => {
    if (!parent || children.length === 0) return;
    t.columns.forEach((column, c) => {
      const printed = parent.values[c];
      const parts = children.map((r) => r.values[c]).filter((v): v is Amount => v !== null);
      if (printed === null && parts.every((v) => v === 0)) return;
      const sum = parts.reduce((a, b) => a + b, 0);
      report(
        findings,
        "codeTree",
        [t.no],
        sum,
        printed ?? 0,
        children.length,
        L(
          `表${t.no}“${t.title}”${label.zh}“${column}”列${formatAmount(printed ?? 0)}${t.moneyUnit}，下级之和${formatAmount(sum)}${t.moneyUnit}`,
          `table ${t.no} ${quote(t.title)}, ${label.en}, column ${columnLabel(column).en}: ${amountWithUnit(formatAmount(printed ?? 0), t.moneyUnit).en}, its children add up to ${amountWithUnit(formatAmount(sum), t.moneyUnit).en}`,
        ),
        [parent.line, ...children.map((r) => r.line)],
      );
    });
  };
  for (const parent of coded) {
    const code = parent.code!;
    const children = coded.filter((r) => r.code!.length === code.length + 2 && r.code!.startsWith(code));
    check(parent, children, L(`${code} ${parent.name}`, `code ${code} ${quote(parent.name)}`));
  }
  const total = t.rows.find((r) => r.kind === "total" && r.parts === undefined);
  const top = Math.min(...coded.map((r) => r.code!.length));
  check(
    total,
    coded.filter((r) => r.code!.length === top),
    L("合计行", "the total row"),
  );
}

/** One figure of a table: a column of its 合计 row, or a side's amount on the row naming it. */
interface FigureRef {
  table: string;
  /** The 合计 row's column, or (for side-by-side tables) the row whose part name matches and the part's value. */
  column?: number;
  row?: RegExp;
  part?: number;
  value?: number;
  label: string;
  labelEn: string;
}

/** Copies between tables that hold in every document of the template. */
const CROSS_TABLE: Record<string, [FigureRef, FigureRef][]> = {
  "shanghai-9": [
    [
      {
        table: "fiscal",
        row: /^支出总计$/,
        part: 1,
        value: 1,
        label: "财政拨款支出总计的一般公共预算",
        labelEn: "fiscal appropriations expenditure total, general public budget",
      },
      { table: "general", column: 0, label: "一般公共预算支出合计", labelEn: "general public budget expenditure total" },
    ],
    [
      { table: "general", column: 1, label: "一般公共预算支出的基本支出合计", labelEn: "general public budget basic expenditure total" },
      { table: "basic-economic", column: 0, label: "基本支出经济分类合计", labelEn: "basic expenditure by economic class, total" },
    ],
    [
      { table: "expenditure", column: 0, label: "支出预算合计", labelEn: "expenditure budget total" },
      {
        table: "income-expenditure",
        row: /^支出总计$/,
        part: 1,
        value: 0,
        label: "财务收支预算总表的支出总计",
        labelEn: "expenditure total of the revenue and expenditure summary",
      },
    ],
    [
      { table: "income", column: 0, label: "收入预算合计", labelEn: "revenue budget total" },
      {
        table: "income-expenditure",
        row: /^收入总计$/,
        part: 0,
        value: 0,
        label: "财务收支预算总表的收入总计",
        labelEn: "revenue total of the revenue and expenditure summary",
      },
    ],
  ],
};

function figure(d: Disclosure, ref: FigureRef): { value: Amount; line: number; table: TemplateTableRead } | null {
  const table = d.templateTables?.find((t) => t.key === ref.table && t.found);
  if (!table) return null;
  if (ref.column !== undefined) {
    const total = table.rows.find((r) => r.kind === "total" && !r.parts);
    const value = total?.values[ref.column];
    return total && value !== null && value !== undefined ? { value, line: total.line, table } : null;
  }
  for (const row of table.rows) {
    const part = row.parts?.[ref.part ?? 0];
    if (part && ref.row?.test(part.name.replace(/\s/g, ""))) {
      const value = part.values[ref.value ?? 0];
      return value !== null && value !== undefined ? { value, line: row.line, table } : null;
    }
  }
  return null;
}

/** Every relation the document's template holds, on its tables as read. */
export function checkTemplateDisclosure(d: Disclosure): Finding[] {
  const template = d.template ? templateById(d.template) : undefined;
  if (!template) return [];
  const findings: Finding[] = [];
  for (const t of d.templateTables ?? []) {
    if (!t.found) continue;
    rowTotals(t, template, findings);
    codeTree(t, findings);
  }
  for (const [a, b] of CROSS_TABLE[template.id] ?? []) {
    const x = figure(d, a);
    const y = figure(d, b);
    if (!x || !y || x.table.moneyUnit !== y.table.moneyUnit) continue;
    report(
      findings,
      "crossTable",
      [x.table.no, y.table.no],
      x.value,
      y.value,
      1,
      L(
        `表${x.table.no}${a.label}${formatAmount(x.value)}${x.table.moneyUnit}，表${y.table.no}${b.label}${formatAmount(y.value)}${y.table.moneyUnit}`,
        `table ${x.table.no} ${a.labelEn} ${amountWithUnit(formatAmount(x.value), x.table.moneyUnit).en}, table ${y.table.no} ${b.labelEn} ${amountWithUnit(formatAmount(y.value), y.table.moneyUnit).en}`,
      ),
      [x.line, y.line],
    );
  }
  narrativeChanges(d, findings);
  narrativeFigures(d, template, findings);
  return findings;
}

/**
 * "X万元，与上年相比增加Y万元，增长Z%": the stated rate against Y over last year's X − Y (X + Y for a
 * decrease), at the precision it is stated in. Only a sentence that states all three in one clause.
 */
const CHANGE =
  /(\d[\d,]*(?:\.\d+)?)万元[。，,]?[^。；;%]{0,12}?(?:比上年|与上年|较上年|比20\d\d年)[^。；;\d%]{0,8}?(增加|减少)(\d[\d,]*(?:\.\d+)?)万元[，,]?(增长|下降|降幅|增幅|减少|增加)(\d+(?:\.\d+)?)\s*%/g;

function narrativeChanges(d: Disclosure, findings: Finding[]) {
  for (const section of d.templateSections ?? []) {
    for (const paragraph of section.paragraphs) {
      for (const m of paragraph.text.replace(/\s+(?=[%万])/g, "").matchAll(CHANGE)) {
        const now = parseAmount(m[1]);
        const change = parseAmount(m[3]);
        const stated = parsePercent(`${m[5]}%`);
        if (now === null || change === null || !stated) continue;
        const before = m[2] === "增加" ? now - change : now + change;
        if (before <= 0) continue;
        const recomputed = percentOf(change, before, stated.decimals);
        if (recomputed === null) continue;
        const verdict = judgePercent(recomputed, stated);
        if (verdict === "ok") continue;
        findings.push({
          rule: TEMPLATE_RULES.narrativeChange.id,
          severity: verdict === "rounding" ? "warning" : "error",
          scope: "narrative",
          tables: [],
          ...splitMessage(
            L(
              `情况说明“${m[0]}”：上年为${formatAmount(before)}万元，${m[2]}${formatAmount(change)}万元应为${m[4]}${formatPercent(recomputed, stated.decimals)}，写作${m[5]}%${verdict === "rounding" ? "（末位差1，为尾差）" : ""}`,
              `narrative ${quote(m[0])}: last year was ${formatAmount(before)} (10k yuan), a ${changeWordEn(m[2])} of ${formatAmount(change)} gives ${formatPercent(recomputed, stated.decimals)}, the text says ${m[5]}%${verdict === "rounding" ? " (last digit off by one: rounding)" : ""}`,
            ),
          ),
          expected: formatPercent(recomputed, stated.decimals),
          actual: `${m[5]}%`,
          lines: [paragraph.line],
        });
      }
    }
  }
}

/** A figure the narrative states (in 万元) that restates a table's figure: the 合计 row's column. */
interface NarrativeFigure {
  section: number;
  /** On the folded paragraph; group 1 is the amount. */
  pattern: RegExp;
  table: string;
  column: number;
  label: string;
  labelEn: string;
}

const AMOUNT = String.raw`(\d[\d,]*(?:\.\d+)?)万元`;
const figureRule = (section: number, before: string, table: string, column: number, label: string, labelEn: string): NarrativeFigure => ({
  section,
  pattern: new RegExp(before + AMOUNT),
  table,
  column,
  label,
  labelEn,
});

/** Shanghai: 预算编制说明 restates tables 2, 3 and 5; 其他相关情况说明 the combined 三公/机关运行经费 table. */
const NARRATIVE_FIGURES: Record<string, NarrativeFigure[]> = {
  "shanghai-9": [
    figureRule(1, "收入预算", "income", 0, "收入预算", "revenue budget"),
    figureRule(1, "财政拨款收入", "income", 1, "财政拨款收入", "fiscal appropriations revenue"),
    figureRule(1, "(?<![拨款])支出预算", "expenditure", 0, "支出预算", "expenditure budget"),
    figureRule(1, "一般公共预算拨款支出预算", "general", 0, "一般公共预算拨款支出预算", "general public budget appropriations expenditure"),
    figureRule(2, '"三公"经费预算数为', "three-public-and-admin", 0, "“三公”经费预算数", "three public expenses budget"),
    figureRule(2, "因公出国\\(境\\)费", "three-public-and-admin", 1, "因公出国（境）费", "official travel abroad"),
    figureRule(2, "公务接待费", "three-public-and-admin", 2, "公务接待费", "official receptions"),
    figureRule(2, "公务用车购置及运行费", "three-public-and-admin", 3, "公务用车购置及运行费", "official vehicles (purchase and running)"),
    figureRule(2, "公务用车购置费", "three-public-and-admin", 4, "公务用车购置费", "official vehicle purchase"),
    figureRule(2, "公务用车运行费", "three-public-and-admin", 5, "公务用车运行费", "official vehicle running"),
    figureRule(2, "机关运行经费预算为", "three-public-and-admin", 6, "机关运行经费", "administrative operating costs"),
  ],
};

/**
 * A narrative figure in 万元 against its table: a table in 元 is converted, and the figure may differ from
 * the exact quotient by half a unit of its last printed digit (9,101.68万元 for 91,016,775.35元).
 */
function narrativeFigures(d: Disclosure, template: Template, findings: Finding[]) {
  for (const rule of NARRATIVE_FIGURES[template.id] ?? []) {
    const section = d.templateSections?.find((s) => s.no === rule.section);
    const table = d.templateTables?.find((t) => t.key === rule.table && t.found);
    if (!section || !table) continue;
    for (const paragraph of section.paragraphs) {
      const m = rule.pattern.exec(foldKey(paragraph.text));
      if (!m) continue;
      const stated = parseAmount(m[1]);
      const decimals = m[1].includes(".") ? m[1].length - m[1].indexOf(".") - 1 : 0;
      const total =
        table.rows.find((r) => r.kind === "total" && !r.parts) ??
        (template.tables.find((x) => x.key === rule.table)?.layout === "values" ? table.rows[0] : undefined);
      if (stated === null || !total) break;
      const printed = total.values[rule.column] ?? 0;
      // Both in hundredths of 元: the narrative's 万元 × 10,000, the allowance half its last digit.
      const toYuan = table.moneyUnit === "元" ? 1 : 10000;
      const tableYuan = printed * toYuan;
      const statedYuan = stated * 10000;
      const allowance = 0.5 * 10 ** (2 - Math.min(decimals, 2)) * 10000;
      if (Math.abs(tableYuan - statedYuan) > allowance) {
        findings.push({
          rule: TEMPLATE_RULES.narrativeFigure.id,
          severity: "error",
          scope: "narrative",
          tables: [table.no as TableNo],
          ...splitMessage(
            L(
              `情况说明“${m[0]}”，表${table.no}“${table.title}”的${rule.label}为${formatAmount(printed)}${table.moneyUnit}${table.moneyUnit === "元" ? `（折合${formatAmount(Math.round(tableYuan / 10000))}万元）` : ""}`,
              `narrative ${quote(m[0])}, but table ${table.no} ${quote(table.title)} gives the ${rule.labelEn} as ${amountWithUnit(formatAmount(printed), table.moneyUnit).en}${table.moneyUnit === "元" ? ` (${formatAmount(Math.round(tableYuan / 10000))} in 10k yuan)` : ""}`,
            ),
          ),
          expected: tableYuan / 1000000,
          actual: stated / 100,
          lines: [paragraph.line, total.line],
        });
      }
      break;
    }
  }
}
