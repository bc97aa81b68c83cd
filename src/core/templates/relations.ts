/**
 * The relations (勾稽关系) of the templates read by the generic reader, as declarations of
 * src/core/relations: the checker evaluates them (./checks.ts) and the workbook renders the same
 * declarations as formulas. Each amount is compared in the unit it is printed in (元 in 元, the rounding
 * allowance n × 0.005 of that unit); a narrative 万元 figure against a table in 元 within half a unit of
 * its last printed digit.
 *
 * - row totals: a row's 合计 column is the sum of its parts (template data: rowTotalSources), and the
 *   subtotals of side-by-side and one-row tables (SUMS, 收支预算总表's function side, 收入预算总表's groups);
 * - code tree: a 类 is the sum of its 款, a 款 of its 项, 合计 of the 类 rows (function and economic codes);
 * - cross-table copies declared per template (CROSS_TABLE), each checked on every corpus document;
 * - the narrative's figures that restate a table's and the shares stated with them (NARRATIVE_FIGURES), its
 *   items by 科目 (shanghaiItems, jiangsuItems), Shanghai's procurement parts;
 * - a stated rate of change against the amounts stated with it (narrativeChanges, executedChanges) and
 *   Shanghai's equal income and expenditure changed by equal amounts (shanghaiBalancedChange).
 *
 * Cells point at the rows of d.templateTables; a side of a 收支总表 row other than its last is a row of its
 * own (sideRow), which sideOrigin maps back to the printed row and side.
 */
import { parseAmount, parsePercent, percentOf } from "../amount";
import { L, quote, unitEn, type Localized } from "../messages";
import type { Disclosure, NarrativeFigure, TableNo, TableRow, TemplateRow, TemplateTableRead } from "../model";
import { amount, cell, stated, sumOf } from "../relations/operands";
import type { Operand, Relation, RelationInstance } from "../relations/types";
import { fmt } from "../messages/findings";
import { foldKey } from "../reader/text";
import { templateById } from "./index";
import { JIANGSU } from "./jiangsu";
import { SHANGHAI_9 } from "./shanghai";
import type { Template } from "./types";

export const TEMPLATE_RULES = {
  rowTotal: { id: "template-row-total", zh: "每行的合计等于各列之和", en: "each row's total is the sum of its columns", scope: "table" },
  codeTree: { id: "template-code-tree", zh: "上级科目等于下级科目之和，合计等于各类之和", en: "each parent code is the sum of its children", scope: "table" },
  crossTable: { id: "template-cross-table", zh: "表间相同口径的数一致", en: "the same figure agrees between tables", scope: "cross-table" },
  narrativeFigure: {
    id: "template-narrative-figure",
    zh: "情况说明中的金额与表中数一致（万元对元按折算的四舍五入）",
    en: "the narrative's amounts agree with the tables (10k yuan against yuan after conversion)",
    scope: "narrative",
  },
  narrativeShare: {
    id: "template-narrative-share",
    zh: "情况说明中的占比与表中数一致",
    en: "a stated share agrees with the tables' amounts",
    scope: "narrative",
  },
  narrativeChange: {
    id: "template-narrative-change",
    zh: "情况说明中增减幅度与增减额、本年数一致",
    en: "a stated rate of change agrees with the amounts it is stated with",
    scope: "narrative",
  },
} as const;

export type TemplateRuleKey = keyof typeof TEMPLATE_RULES;

const tableNo = (t: TemplateTableRead) => t.no as TableNo;

/**
 * A side of a side-by-side row (收支总表) other than the last is not in the row's `values`: it is read as
 * a row of its own, one object per side kept for the row's lifetime so that a layout finds it again.
 * `sideOrigin` says which printed row and side it stands for.
 */
const sideRows = new WeakMap<TemplateRow, TableRow[]>();
const origins = new WeakMap<TableRow, { row: TemplateRow; side: number }>();

export function sideRow(row: TemplateRow, side: number): TableRow {
  const parts = row.parts ?? [];
  if (side === parts.length - 1) return row;
  let list = sideRows.get(row);
  if (!list) {
    list = parts.map((p, i) => {
      const r: TableRow = { line: row.line, code: null, name: p.name, values: p.values, kind: row.kind };
      origins.set(r, { row, side: i });
      return r;
    });
    sideRows.set(row, list);
  }
  return list[side];
}

/** The printed row and side a side's row stands for (undefined for a template row itself). */
export function sideOrigin(row: TableRow): { row: TemplateRow; side: number } | undefined {
  return origins.get(row);
}

function rowLabel(t: TemplateTableRead, row: TemplateRow): Localized {
  const name = row.code ? `${row.code} ${row.name}` : row.name;
  return L(`表${t.no}“${t.title}”${name}行`, `table ${t.no} ${quote(t.title)}, row ${quote(name)}`);
}

/** "表3“title”" / "table 3 “title”". */
const titled = (t: TemplateTableRead): Localized => L(`表${t.no}“${t.title}”`, `table ${t.no} ${quote(t.title)}`);

/** "（单位：元）" / " (in yuan)". */
const inUnit = (unit: string): Localized => L(`（单位：${unit}）`, ` (in ${unitEn(unit)})`);

/** A figure's label (a term of the document) in a message: as printed in Chinese, quoted in English. */
const termLabel = (label: string): Localized => L(label, quote(label));

function rowTotals(t: TemplateTableRead, template: Template, out: RelationInstance[]) {
  const sources = template.tables.find((x) => x.no === t.no)?.rowTotalSources;
  if (!sources) return;
  for (const row of t.rows) {
    // A row without a printed total (a blank 合计 cell) states no total to check.
    if (row.values[0] === null || row.values[0] === undefined) continue;
    out.push(
      instance("rowTotal", {
        kind: "sum",
        what: L(`${rowLabel(t, row).zh}的合计${inUnit(t.moneyUnit).zh}`, `${rowLabel(t, row).en}, its total${inUnit(t.moneyUnit).en}`),
        total: cell(row, 0),
        parts: sources.map((i) => cell(row, i)),
        tables: [tableNo(t)],
        lines: [row.line],
      }),
    );
  }
}

function codeTree(t: TemplateTableRead, out: RelationInstance[]) {
  const coded = t.rows.filter((r) => r.code !== null);
  if (coded.length === 0) return;
  const add = (parent: TemplateRow | undefined, children: TemplateRow[], label: Localized) => {
    if (!parent || children.length === 0) return;
    t.columns.forEach((column, c) => {
      out.push(
        instance("codeTree", {
          kind: "sum",
          what: L(
            `${titled(t).zh}${label.zh}“${column}”列${inUnit(t.moneyUnit).zh}等于下级之和`,
            `${titled(t).en}, ${label.en}, column ${quote(column)}${inUnit(t.moneyUnit).en} is the sum of its children`,
          ),
          total: cell(parent, c),
          parts: children.map((r) => cell(r, c)),
          tables: [tableNo(t)],
          lines: [parent.line, ...children.map((r) => r.line)],
        }),
      );
    });
  };
  for (const parent of coded) {
    const code = parent.code!;
    const children = coded.filter((r) => r.code!.length === code.length + 2 && r.code!.startsWith(code));
    add(parent, children, L(`${code} ${parent.name}`, quote(`${code} ${parent.name}`)));
  }
  const total = t.rows.find((r) => r.kind === "total" && r.parts === undefined);
  const top = Math.min(...coded.map((r) => r.code!.length));
  add(
    total,
    coded.filter((r) => r.code!.length === top),
    L("合计行", "the total row"),
  );
}

/**
 * One figure of a table: a column of its 合计 row (or its only row, for one-row tables), a side's amount
 * on the row naming it, or a coded row's column.
 */
interface FigureRef {
  table: string;
  column?: number;
  /** Side-by-side tables: the side and the pattern its name matches (spaces removed). */
  row?: RegExp;
  part?: number;
  /** The amount is in one of these sides' cells (a merged cell: 江苏 收支预算总表's 支出合计): their sum. */
  sides?: number[];
  /** A coded row (科目编码), or the sum of several coded rows. */
  code?: string;
  codes?: string[];
  /** A row by its name (tables of named rows: 政府采购). */
  name?: RegExp;
  label: string;
}

function locate(d: Disclosure, ref: FigureRef): { operand: Operand; row: TableRow; table: TemplateTableRead } | null {
  const table = d.templateTables?.find((t) => t.key === ref.table && t.found);
  if (!table) return null;
  if (ref.row) {
    for (const row of table.rows) {
      const side = ref.part ?? 0;
      const part = row.parts?.[side];
      if (part && ref.row.test(part.name.replace(/\s/g, ""))) {
        const r = sideRow(row, side);
        const operand = ref.sides ? sumOf(ref.sides.map((s) => cell(sideRow(row, s), ref.column ?? 0))) : cell(r, ref.column ?? 0);
        return { operand, row: r, table };
      }
    }
    return null;
  }
  if (ref.codes) {
    const rows = ref.codes.map((code) => table.rows.find((r) => r.code === code)).filter((r): r is TemplateRow => r !== undefined);
    if (rows.length === 0) return null;
    return { operand: sumOf(rows.map((r) => cell(r, ref.column ?? 0))), row: rows[0], table };
  }
  if (ref.name) {
    const row = table.rows.find((r) => ref.name!.test(foldKey(r.name)));
    return row ? { operand: cell(row, ref.column ?? 0), row, table } : null;
  }
  if (ref.code !== undefined) {
    const row = table.rows.find((r) => r.code === ref.code);
    return row ? { operand: cell(row, ref.column ?? 0), row, table } : null;
  }
  const total = table.rows.find((r) => r.kind === "total" && !r.parts) ?? (table.rows.length === 1 ? table.rows[0] : undefined);
  return total ? { operand: cell(total, ref.column ?? 0), row: total, table } : null;
}

/** The Jiangsu 收支预算总表's and 财政拨款收支预算总表's figures: a side's name and amount. */
const side = (table: string, part: number, name: RegExp, label: string, sides?: number[]): FigureRef => ({
  table,
  part,
  row: name,
  label,
  ...(sides ? { sides } : {}),
});
const J = {
  income: side("income-expenditure", 0, /^收入合计$/, "收入合计"),
  currentIncome: side("income-expenditure", 0, /^当年收入(小计)?$/, "当年收入小计"),
  carriedIn: side("income-expenditure", 0, /^上年结转(资金)?$/, "上年结转资金"),
  fiscal: side("income-expenditure", 0, /^一、财政拨款$/, "财政拨款"),
  general: side("income-expenditure", 0, /^\d\.一般公共预算$/, "一般公共预算"),
  fund: side("income-expenditure", 0, /^\d\.政府性基金预算$/, "政府性基金预算"),
  special: side("income-expenditure", 0, /^二、财政专户管理资金$/, "财政专户管理资金"),
  other: side("income-expenditure", 0, /^三、其他资金$/, "其他资金"),
  // The expenditure side's totals: one merged cell over the function and the use columns.
  expenditure: side("income-expenditure", 1, /^支出合计$/, "支出合计", [1, 2]),
  currentExpenditure: side("income-expenditure", 1, /^当年支出小计$/, "当年支出小计", [1, 2]),
  carriedOut: side("income-expenditure", 1, /^结转下年(资金)?$/, "结转下年资金", [1, 2]),
  basic: side("income-expenditure", 2, /^一、基本支出$/, "基本支出"),
  project: side("income-expenditure", 2, /^二、项目支出$/, "项目支出"),
  reserve: side("income-expenditure", 2, /^三、单位预留机动经费$/, "单位预留机动经费"),
  fiscalIncome: side("fiscal", 0, /^收入合计$/, "收入合计"),
  fiscalGeneral: side("fiscal", 0, /^一、一般公共预算$/, "一般公共预算"),
  fiscalFund: side("fiscal", 0, /^二、政府性基金预算$/, "政府性基金预算"),
  fiscalExpenditure: side("fiscal", 1, /^支出合计$/, "支出合计"),
  fiscalBasic: side("fiscal", 1, /^一、基本支出$/, "基本支出"),
  fiscalProject: side("fiscal", 1, /^二、项目支出$/, "项目支出"),
  fiscalReserve: side("fiscal", 1, /^三、单位预留机动经费$/, "单位预留机动经费"),
};

const SHANGHAI_THREE_PUBLIC = SHANGHAI_9.tables.find((t) => t.key === "three-public-and-admin")!.columns;
const JIANGSU_THREE_PUBLIC = JIANGSU.tables.find((t) => t.key === "three-public")!.columns;

/** Copies between tables that hold in every document of the template (checked on the whole corpus). */
const CROSS_TABLE: Record<string, [FigureRef, FigureRef][]> = {
  "shanghai-9": [
    [
      { table: "fiscal", row: /^支出总计$/, part: 1, column: 1, label: "财政拨款支出总计的一般公共预算" },
      { table: "general", column: 0, label: "一般公共预算支出合计" },
    ],
    [
      { table: "general", column: 1, label: "一般公共预算支出的基本支出合计" },
      { table: "basic-economic", column: 0, label: "基本支出经济分类合计" },
    ],
    [
      { table: "expenditure", column: 0, label: "支出预算合计" },
      { table: "income-expenditure", row: /^支出总计$/, part: 1, column: 0, label: "财务收支预算总表的支出总计" },
    ],
    [
      { table: "income", column: 0, label: "收入预算合计" },
      { table: "income-expenditure", row: /^收入总计$/, part: 0, column: 0, label: "财务收支预算总表的收入总计" },
    ],
  ],
  jiangsu: [
    [J.income, { table: "income", row: /^收入总计$/, label: "收入总计" }],
    [J.income, J.expenditure],
    [J.expenditure, { table: "expenditure", column: 0, label: "支出合计" }],
    [J.basic, { table: "expenditure", column: 1, label: "基本支出" }],
    [J.project, { table: "expenditure", column: 2, label: "项目支出" }],
    [J.reserve, { table: "expenditure", column: 3, label: "单位预留机动经费" }],
    [J.fiscal, J.fiscalIncome],
    [J.general, J.fiscalGeneral],
    [J.fiscalIncome, J.fiscalExpenditure],
    [J.fiscalExpenditure, { table: "fiscal-functional", column: 0, label: "财政拨款支出合计" }],
    [J.fiscalGeneral, { table: "general-functional", column: 0, label: "一般公共预算支出合计" }],
    [J.fiscalFund, { table: "fund", column: 0, label: "政府性基金支出合计" }],
    [J.fiscalBasic, { table: "fiscal-basic-economic", column: 0, label: "财政拨款基本支出合计" }],
    // The basic expenditure is the general budget's (none of these departments has a fund's).
    [
      { table: "fiscal-basic-economic", column: 0, label: "财政拨款基本支出合计" },
      { table: "general-basic-economic", column: 0, label: "一般公共预算基本支出合计" },
    ],
  ],
};

/** Totals of a side-by-side or one-row table that are the sum of other figures of it. */
const SUMS: Record<string, { total: FigureRef; parts: FigureRef[] }[]> = {
  // "三公"经费和机关运行经费预算表: 三公合计 = 出国 + 接待 + 用车; 用车 = 购置 + 运行.
  "shanghai-9": [
    [0, 1, 2, 3],
    [3, 4, 5],
  ].map(([total, ...parts]) => ({
    total: { table: "three-public-and-admin", column: total, label: SHANGHAI_THREE_PUBLIC[total] },
    parts: parts.map((c) => ({ table: "three-public-and-admin", column: c, label: SHANGHAI_THREE_PUBLIC[c] })),
  })),
  jiangsu: [
    { total: J.income, parts: [J.currentIncome, J.carriedIn] },
    { total: J.currentIncome, parts: [J.fiscal, J.special, J.other] },
    { total: J.fiscal, parts: [J.general, J.fund] },
    { total: J.expenditure, parts: [J.currentExpenditure, J.carriedOut] },
    { total: J.currentExpenditure, parts: [J.basic, J.project, J.reserve] },
    { total: J.fiscalIncome, parts: [J.fiscalGeneral, J.fiscalFund] },
    { total: J.fiscalExpenditure, parts: [J.fiscalBasic, J.fiscalProject, J.fiscalReserve] },
    // "三公"经费、会议费、培训费: 合计 = 三公 + 会议费 + 培训费; 三公 = 出国 + 用车 + 接待; 用车 = 购置 + 运行.
    ...[
      [0, 1, 7, 8],
      [1, 2, 3, 6],
      [3, 4, 5],
    ].map(([total, ...parts]) => ({
      total: { table: "three-public", column: total, label: JIANGSU_THREE_PUBLIC[total] },
      parts: parts.map((c) => ({ table: "three-public", column: c, label: JIANGSU_THREE_PUBLIC[c] })),
    })),
  ],
};

/** A side's rows numbered 一、二、… (the 功能分类 items of 收支预算总表) add up to the row named `total`. */
const NUMBERED = /^[一二三四五六七八九十]+、/;

function sums(d: Disclosure, template: Template, out: RelationInstance[]) {
  const add = (total: { operand: Operand; row: TableRow; table: TemplateTableRead }, totalLabel: Localized, parts: { operand: Operand; row: TableRow }[]) => {
    if (parts.length === 0) return;
    out.push(
      instance("rowTotal", {
        kind: "sum",
        what: L(
          `${titled(total.table).zh}${totalLabel.zh}${inUnit(total.table.moneyUnit).zh}等于各项之和`,
          `${titled(total.table).en}, ${totalLabel.en}${inUnit(total.table.moneyUnit).en} is the sum of its items`,
        ),
        total: total.operand,
        parts: parts.map((p) => p.operand),
        tables: [tableNo(total.table)],
        lines: [total.row.line, ...parts.map((p) => p.row.line)],
      }),
    );
  };
  for (const { total, parts } of SUMS[template.id] ?? []) {
    const t = locate(d, total);
    if (!t) continue;
    add(
      t,
      termLabel(total.label),
      parts.map((p) => locate(d, p)).filter((p): p is NonNullable<typeof p> => p !== null),
    );
  }
  if (template.id !== "jiangsu") return;
  // 当年支出小计 = the function side's numbered rows.
  const t = locate(d, J.currentExpenditure);
  if (t) {
    // A function row whose empty income cells the text lost comes out on the first side (fy-2018 十八、住房保障支出);
    // a name may wrap (rd-2017 八、社会保障和就|业支出).
    const nameOf = (r: TemplateRow, side: number) => (r.parts?.[side]?.name ?? "").replace(/\s/g, "");
    const items: TableRow[] = [];
    for (const r of t.table.rows) {
      if (NUMBERED.test(nameOf(r, 1))) items.push(sideRow(r, 1));
      else if (NUMBERED.test(nameOf(r, 0)) && /支出$/.test(nameOf(r, 0))) items.push(sideRow(r, 0));
    }
    add(
      t,
      L("当年支出小计（功能分类）", `${quote("当年支出小计")} (by function)`),
      items.map((r) => ({ operand: cell(r, 0), row: r })),
    );
  }
  // 收入预算总表: 收入总计 = the groups' 小计, each 小计 = its items (not its 其中 rows).
  const income = d.templateTables?.find((x) => x.key === "income" && x.found);
  const grandTotal = income?.rows.find((r) => r.kind === "total");
  if (income && grandTotal) {
    const subtotals = income.rows.filter((r) => r.name === "小计");
    add(
      { operand: cell(grandTotal, 0), row: grandTotal, table: income },
      termLabel("收入总计"),
      subtotals.map((r) => ({ operand: cell(r, 0), row: r })),
    );
    for (const sub of subtotals) {
      const items: TemplateRow[] = [];
      for (const r of income.rows.slice(income.rows.indexOf(sub) + 1)) {
        if ((r.parts?.[0]?.name ?? "") !== "" || r.kind === "total") break;
        if (!/^其中/.test(r.name)) items.push(r);
      }
      add(
        { operand: cell(sub, 0), row: sub, table: income },
        termLabel(`${sub.parts?.[0]?.name ?? ""}小计`),
        items.map((r) => ({ operand: cell(r, 0), row: r })),
      );
    }
  }
}

function crossTable(d: Disclosure, template: Template, out: RelationInstance[]) {
  for (const [a, b] of CROSS_TABLE[template.id] ?? []) {
    const x = locate(d, a);
    const y = locate(d, b);
    if (!x || !y || x.table.moneyUnit !== y.table.moneyUnit) continue;
    out.push(
      instance("crossTable", {
        kind: "copy",
        what: L(
          `表${y.table.no}${b.label}与表${x.table.no}${a.label}${inUnit(x.table.moneyUnit).zh}`,
          `table ${y.table.no} ${quote(b.label)} and table ${x.table.no} ${quote(a.label)}${inUnit(x.table.moneyUnit).en}`,
        ),
        expected: x.operand,
        actual: y.operand,
        expectedLabel: L(`表${x.table.no}${a.label}`, `table ${x.table.no} ${quote(a.label)}`),
        actualLabel: L(`表${y.table.no}${b.label}`, `table ${y.table.no} ${quote(b.label)}`),
        tables: [tableNo(x.table), tableNo(y.table)],
        lines: [x.row.line, y.row.line],
      }),
    );
  }
}

/**
 * A side-by-side table's function classes (一、一般公共服务支出 …, one column of one side) against a coded
 * table's 类 rows, matched by name: each 类 row is on the side with the same amount, and a class the side
 * lists with an amount has its 类 row. (Jiangsu's function side covers all funds and has no coded table
 * of all funds to match: its classes are checked through 当年支出小计 only.)
 */
interface ClassCopy {
  summary: { table: string; part: number; column: number; label: string };
  detail: { table: string; column: number; label: string };
}

const CLASS_COPIES: Record<string, ClassCopy[]> = {
  "shanghai-9": [
    { summary: { table: "income-expenditure", part: 1, column: 0, label: "支出" }, detail: { table: "expenditure", column: 0, label: "合计" } },
    { summary: { table: "fiscal", part: 1, column: 1, label: "一般公共预算" }, detail: { table: "general", column: 0, label: "合计" } },
    { summary: { table: "fiscal", part: 1, column: 2, label: "政府性基金预算" }, detail: { table: "fund", column: 0, label: "合计" } },
    { summary: { table: "fiscal", part: 1, column: 3, label: "国有资本经营预算" }, detail: { table: "state-capital", column: 0, label: "合计" } },
    // 收入预算总表 is kept by the function its income pays for: its 财政拨款收入 of a class is that class's 财政拨款.
    { summary: { table: "fiscal", part: 1, column: 0, label: "合计" }, detail: { table: "income", column: 1, label: "财政拨款收入" } },
  ],
};

/** A class's name without its numbering and spaces: "一、一般公共服务支出" → "一般公共服务支出". */
const className = (name: string) => name.replace(/\s/g, "").replace(NUMBERED, "");

function classCopies(d: Disclosure, template: Template, out: RelationInstance[]) {
  for (const { summary, detail } of CLASS_COPIES[template.id] ?? []) {
    const s = d.templateTables?.find((t) => t.key === summary.table && t.found);
    const t = d.templateTables?.find((x) => x.key === detail.table && x.found);
    if (!s || !t || s.moneyUnit !== t.moneyUnit) continue;
    const listed = new Map<string, TableRow>();
    for (const row of s.rows) {
      const name = row.parts?.[summary.part]?.name.replace(/\s/g, "") ?? "";
      if (NUMBERED.test(name) && /支出$/.test(name)) listed.set(className(name), sideRow(row, summary.part));
    }
    const side = L(`表${s.no}“${s.title}”${summary.label}`, `table ${s.no} ${quote(s.title)}, ${quote(summary.label)}`);
    const coded = L(`表${t.no}“${t.title}”`, `table ${t.no} ${quote(t.title)}`);
    const copy = (name: string, listedRow: TableRow | undefined, classRow: TemplateRow | undefined) =>
      instance("crossTable", {
        kind: "copy",
        what: L(`${side.zh}与${coded.zh}的“${name}”${inUnit(s.moneyUnit).zh}`, `${quote(name)} in ${side.en} and ${coded.en}${inUnit(s.moneyUnit).en}`),
        expected: cell(listedRow, summary.column),
        actual: cell(classRow, detail.column),
        expectedLabel: side,
        actualLabel: L(`${coded.zh}${detail.label}`, `${coded.en} ${quote(detail.label)}`),
        tables: [tableNo(s), tableNo(t)],
        lines: [listedRow, classRow].filter((r): r is TableRow => r !== undefined).map((r) => r.line),
      });
    const matched = new Set<string>();
    for (const row of t.rows) {
      if (row.code?.length !== 3) continue;
      const name = className(row.name);
      matched.add(name);
      out.push(copy(name, listed.get(name), row));
    }
    for (const [name, row] of listed) {
      const value = row.values[summary.column];
      if (!matched.has(name) && value !== null && value !== undefined && value !== 0) out.push(copy(name, row, undefined));
    }
  }
}

/**
 * Tables of one fund added up code by code: each 科目 of the `total` table is the sum of the same 科目 in
 * the `parts` tables (Jiangsu: 财政拨款 = 一般公共预算 + 政府性基金, function codes), a code missing from a
 * table counting as blank — so a code printed in only one of them is caught too.
 */
const BY_CODE: Record<string, { total: string; parts: string[] }[]> = {
  jiangsu: [{ total: "fiscal-functional", parts: ["general-functional", "fund"] }],
};

function byCode(d: Disclosure, template: Template, out: RelationInstance[]) {
  for (const { total, parts } of BY_CODE[template.id] ?? []) {
    const t = d.templateTables?.find((x) => x.key === total && x.found);
    const ps = parts.map((key) => d.templateTables?.find((x) => x.key === key && x.found));
    if (!t || ps.some((p) => !p || p.moneyUnit !== t.moneyUnit)) continue;
    const tables = ps as TemplateTableRead[];
    const codes = [...new Set([t, ...tables].flatMap((x) => x.rows.map((r) => r.code).filter((c): c is string => c !== null)))];
    const partsLabel = L(tables.map((x) => `表${x.no}“${x.title}”`).join("与"), tables.map((x) => `table ${x.no} ${quote(x.title)}`).join(" and "));
    for (const code of codes) {
      const row = t.rows.find((r) => r.code === code);
      const partRows = tables.map((x) => x.rows.find((r) => r.code === code));
      const name = (row ?? partRows.find((r) => r !== undefined))!.name;
      out.push(
        instance("crossTable", {
          kind: "sum",
          what: L(
            `${titled(t).zh}科目${code} ${name}等于${partsLabel.zh}同一科目之和${inUnit(t.moneyUnit).zh}`,
            `${titled(t).en}, code ${code} ${quote(name)}, is the sum of the same code in ${partsLabel.en}${inUnit(t.moneyUnit).en}`,
          ),
          total: cell(row, 0),
          parts: partRows.map((r) => cell(r, 0)),
          tables: [tableNo(t), ...tables.map(tableNo)],
          lines: [row, ...partRows].filter((r): r is TemplateRow => r !== undefined).map((r) => r.line),
        }),
      );
    }
  }
}

/** A figure the narrative states (in 万元) that restates a table's figure, and the share of `whole` it states. */
interface NarrativeRef {
  section: number;
  /** On the folded paragraph; group 1 is the amount, group 2 the stated share if any. */
  pattern: RegExp;
  figure: FigureRef;
  whole?: FigureRef;
}

const AMOUNT = String.raw`(\d[\d,]*(?:\.\d+)?)万元`;
/** ",占…的12.34%" right after the amount. */
const SHARE = String.raw`(?:[,;]?占[^\d%,;。]{0,12}?(\d+(?:\.\d+)?)%)?`;
const said = (section: number, before: string, figure: FigureRef, whole?: FigureRef): NarrativeRef => ({
  section,
  pattern: new RegExp(before + AMOUNT + (whole ? SHARE : "")),
  figure,
  ...(whole ? { whole } : {}),
});
const jiangsuTotal = (table: string, column: number, label: string): FigureRef => ({ table, column, label });
const JT = {
  incomeTotal: { table: "income", row: /^收入总计$/, label: "收入总计" } as FigureRef,
  expenditureTotal: jiangsuTotal("expenditure", 0, "支出合计"),
  threePublic: jiangsuTotal("three-public", 1, "“三公”经费小计"),
};

/** Shanghai: 预算编制说明 restates tables 2, 3 and 5; 其他相关情况说明 the combined 三公/机关运行经费 table. */
const NARRATIVE_FIGURES: Record<string, NarrativeRef[]> = {
  "shanghai-9": [
    said(1, "收入预算", { table: "income", column: 0, label: "收入预算" }),
    said(1, "财政拨款收入", { table: "income", column: 1, label: "财政拨款收入" }),
    said(1, "(?<![拨款])支出预算", { table: "expenditure", column: 0, label: "支出预算" }),
    said(1, "一般公共预算拨款支出预算", { table: "general", column: 0, label: "一般公共预算拨款支出预算" }),
    said(2, '"三公"经费预算数为', { table: "three-public-and-admin", column: 0, label: "“三公”经费预算数" }),
    said(2, "因公出国\\(境\\)费", { table: "three-public-and-admin", column: 1, label: "因公出国（境）费" }),
    said(2, "公务接待费", { table: "three-public-and-admin", column: 2, label: "公务接待费" }),
    said(2, "公务用车购置及运行费", { table: "three-public-and-admin", column: 3, label: "公务用车购置及运行费" }),
    said(2, "公务用车购置费", { table: "three-public-and-admin", column: 4, label: "公务用车购置费" }),
    said(2, "公务用车运行费", { table: "three-public-and-admin", column: 5, label: "公务用车运行费" }),
    said(2, "机关运行经费预算为", { table: "three-public-and-admin", column: 6, label: "机关运行经费" }),
  ],
  // 部门预算情况说明: 一、收支预算总体情况 restates 收支预算总表; 二、收入 and 三、支出 restate 收入/支出预算总表 with
  // shares; the later parts (read with 三、) 财政拨款 tables, 机关运行经费 and the 三公 table with shares.
  jiangsu: [
    said(1, "收入、支出预算总计", J.income),
    said(1, "\\(一\\)收入预算总计", J.income),
    said(1, "财政拨款收入预算总计", J.fiscal),
    said(1, "一般公共预算收入预算", J.general),
    said(1, "\\(二\\)支出预算总计", J.expenditure),
    said(1, "基本支出预算数为", J.basic),
    said(1, "项目支出预算数为", J.project),
    said(1, "单位预留机动经费预算数为", J.reserve),
    said(2, "本年收入预算合计", JT.incomeTotal),
    said(2, "^一般公共预算收入", { table: "income", part: 0, row: /^一般公共预算资金$/, label: "一般公共预算资金小计" }, JT.incomeTotal),
    said(2, "^财政专户管理资金", { table: "income", part: 0, row: /^财政专户管理资金$/, label: "财政专户管理资金小计" }, JT.incomeTotal),
    said(2, "^其他资金", { table: "income", part: 0, row: /^其他资金$/, label: "其他资金小计" }, JT.incomeTotal),
    said(3, "本年支出预算合计", JT.expenditureTotal),
    said(3, "^基本支出", jiangsuTotal("expenditure", 1, "基本支出"), JT.expenditureTotal),
    said(3, "^项目支出", jiangsuTotal("expenditure", 2, "项目支出"), JT.expenditureTotal),
    said(3, "^单位预留机动经费", jiangsuTotal("expenditure", 3, "单位预留机动经费"), JT.expenditureTotal),
    said(3, "财政拨款收、支总预算", J.fiscalIncome),
    said(3, "(?<!一般公共预算)财政拨款预算支出", jiangsuTotal("fiscal-functional", 0, "财政拨款支出合计"), JT.expenditureTotal),
    said(3, "一般公共预算财政拨款支出预算", jiangsuTotal("general-functional", 0, "一般公共预算支出合计")),
    said(3, "(?<!一般公共预算)财政拨款基本支出预算", jiangsuTotal("fiscal-basic-economic", 0, "财政拨款基本支出合计")),
    said(3, "一般公共预算财政拨款基本支出预算", jiangsuTotal("general-basic-economic", 0, "一般公共预算基本支出合计")),
    said(3, "机关运行经费预算支出", jiangsuTotal("admin-cost", 0, "机关运行经费合计")),
    // 财政拨款基本支出: 人员经费 = 工资福利支出 + 对个人和家庭的补助, 公用经费 = 商品和服务支出.
    said(3, "\\(一\\)人员经费", { table: "fiscal-basic-economic", codes: ["301", "303"], label: "工资福利支出与对个人和家庭的补助之和" }),
    said(3, "\\(二\\)公用经费", { table: "fiscal-basic-economic", code: "302", label: "302 商品和服务支出" }),
    said(3, "政府采购(?:支出)?预算总(?:金)?额(?:为)?", { table: "procurement", name: /^合计$/, label: "政府采购合计" }),
    said(3, "因公出国\\(境\\)费支出", jiangsuTotal("three-public", 2, "因公出国（境）费"), JT.threePublic),
    said(3, "公务用车购置及运行(?:维护)?费支出", jiangsuTotal("three-public", 3, "公务用车购置及运行维护费"), JT.threePublic),
    said(3, "公务接待费支出", jiangsuTotal("three-public", 6, "公务接待费"), JT.threePublic),
    said(3, "会议费预算支出", jiangsuTotal("three-public", 7, "会议费")),
    said(3, "培训费预算支出", jiangsuTotal("three-public", 8, "培训费")),
  ],
};

const decimalsOf = (text: string) => (text.includes(".") ? text.length - text.indexOf(".") - 1 : 0);

/** A figure stated in a paragraph, as the relations' operand reads it (hundredths of 万元). */
function statedFigure(label: string, text: string, line: number): NarrativeFigure | null {
  const value = parseAmount(text);
  return value === null ? null : { kind: "amount", label, value, line };
}

/**
 * A narrative figure in 万元 against its table: a table in 元 is compared in hundredths of 元 (the figure
 * × 10^6), and the figure may differ from the exact quotient by half a unit of its last printed digit
 * (9,101.68万元 for 91,016,775.35元); a table in 万元 within the same half unit.
 */
function narrativeFigures(d: Disclosure, template: Template, out: RelationInstance[]) {
  for (const ref of NARRATIVE_FIGURES[template.id] ?? []) {
    const section = d.templateSections?.find((s) => s.no === ref.section);
    const target = locate(d, ref.figure);
    if (!section || !target) continue;
    for (const paragraph of section.paragraphs) {
      const m = ref.pattern.exec(foldKey(paragraph.text));
      if (!m) continue;
      const figure = statedFigure(ref.figure.label, m[1], paragraph.line);
      if (!figure) break;
      const { table } = target;
      const inYuan = table.moneyUnit === "元";
      // Half a unit of the figure's last digit, in the compared units (hundredths of 元 or of 万元).
      const half = 0.5 * 10 ** (2 - Math.min(decimalsOf(m[1]), 2)) * (inYuan ? 10000 : 1);
      const tableLabel = L(`表${table.no}“${table.title}”的${ref.figure.label}`, `${quote(ref.figure.label)} of table ${table.no} ${quote(table.title)}`);
      out.push(
        instance("narrativeFigure", {
          kind: "copy",
          what: L(`情况说明“${m[0]}”与${tableLabel.zh}`, `the narrative's ${quote(m[0])} and ${tableLabel.en}`),
          expected: target.operand,
          actual: stated(figure, inYuan ? 1000000 : undefined),
          expectedLabel: tableLabel,
          actualLabel: L("文中", "the text"),
          tolerance: half,
          tables: [tableNo(table)],
          lines: [paragraph.line, target.row.line],
          report: (expected, actual) => ({
            message: L(
              `情况说明“${m[0]}”，${tableLabel.zh}为${fmt(expected)}${table.moneyUnit}${inYuan ? `（折合${fmt(Math.round(expected / 10000))}万元）` : ""}，相差超过末位的半个单位`,
              `the narrative's ${quote(m[0])}: ${tableLabel.en} is ${fmt(expected)} (${unitEn(table.moneyUnit)})${inYuan ? `, ${fmt(Math.round(expected / 10000))} (10k yuan)` : ""}; they differ by more than half a unit of the last digit`,
            ),
            expected: expected / (inYuan ? 1000000 : 100),
            actual: actual / (inYuan ? 1000000 : 100),
          }),
        }),
      );
      const whole = ref.whole && locate(d, ref.whole);
      const share = m[2] !== undefined ? parsePercent(`${m[2]}%`) : null;
      if (whole && share) {
        out.push(
          instance("narrativeShare", {
            kind: "share",
            what: L(
              `情况说明“${m[0]}”（${tableLabel.zh}占表${whole.table.no}“${whole.table.title}”的${ref.whole!.label}）`,
              `the narrative's ${quote(m[0])} (${tableLabel.en} as a share of ${quote(ref.whole!.label)} of table ${whole.table.no} ${quote(whole.table.title)})`,
            ),
            figure: { ...figure, share },
            part: target.operand,
            whole: whole.operand,
            tables: [...new Set([tableNo(table), tableNo(whole.table)])],
            lines: [...new Set([paragraph.line, target.row.line, whole.row.line])],
          }),
        );
      }
      break;
    }
  }
}

/**
 * "X万元，与上年相比增加Y万元，增长Z%": the stated rate against Y over last year's X − Y (X + Y for a
 * decrease), at the precision it is stated in. Only a sentence that states all three in one clause.
 */
const CHANGE =
  /(\d[\d,]*(?:\.\d+)?)万元[。，,]?[^。；;%]{0,12}?(?:比上年|与上年|较上年|比20\d\d年)[^。；;\d%]{0,8}?(增加|减少)(\d[\d,]*(?:\.\d+)?)万元[，,]?(增长|下降|降幅|增幅|减少|增加)(\d+(?:\.\d+)?)\s*%/g;

function narrativeChanges(d: Disclosure, out: RelationInstance[]) {
  for (const section of d.templateSections ?? []) {
    for (const paragraph of section.paragraphs) {
      // Justified and fill-in-form printing puts spaces around numbers (swbgt-2017 "增加 2043.58 万元"); a space
      // between two digits stays, the number is not read (jcy-2018 p.29 "降幅81 6 %").
      for (const m of paragraph.text.replace(/(?<!\d)\s+|\s+(?!\d)/g, "").matchAll(CHANGE)) {
        const now = parseAmount(m[1]);
        const change = parseAmount(m[3]);
        const share = parsePercent(`${m[5]}%`);
        if (now === null || change === null || !share) continue;
        const before = m[2] === "增加" ? now - change : now + change;
        if (before <= 0 || percentOf(change, before, share.decimals) === null) continue;
        const figure: NarrativeFigure = { kind: "amount", label: `${m[2]}${m[3]}万元`, value: change, share, line: paragraph.line };
        out.push(
          instance("narrativeChange", {
            kind: "share",
            what: L(
              `情况说明“${m[0]}”（上年为${fmt(before)}万元）的${m[4]}幅度`,
              `the rate ${quote(m[4])} of the narrative's ${quote(m[0])} (last year ${fmt(before)} (10k yuan))`,
            ),
            figure,
            part: amount(change),
            whole: amount(before),
            tables: [],
            lines: [paragraph.line],
          }),
        );
      }
    }
  }
}

/**
 * Shanghai 预算编制说明 lists 财政拨款支出主要内容 by 科目, "“类名-款名-项名”科目X万元": the 项 row of the
 * fiscal expenditure tables (一般公共预算, 政府性基金, 国有资本经营) found by its three names, its 合计 column.
 */
const ITEMS = [
  /"([^"-]+)-([^"-]+)-([^"]+)"科目(\d[\d,]*(?:\.\d+)?)万元/g,
  // The 2024–2025 documents of other departments: "“A（类）B（款）C（项）”X万元".
  /"([^"]+?)\(类\)([^"]+?)\(款\)([^"]+?)\(项\)"(\d[\d,]*(?:\.\d+)?)万元/g,
];
const FISCAL_TABLES = ["general", "fund", "state-capital"];

function shanghaiItems(d: Disclosure, out: RelationInstance[]) {
  const section = d.templateSections?.find((s) => s.no === 1);
  if (!section) return;
  const tables = (d.templateTables ?? []).filter((t) => t.found && FISCAL_TABLES.includes(t.key) && t.moneyUnit === "元");
  const named = (t: TemplateTableRead, code: string) => foldKey(t.rows.find((r) => r.code === code)?.name ?? "");
  for (const paragraph of section.paragraphs) {
    for (const m of ITEMS.flatMap((pattern) => [...foldKey(paragraph.text).matchAll(pattern)])) {
      const rows: { row: TemplateRow; table: TemplateTableRead }[] = [];
      for (const t of tables) {
        for (const row of t.rows) {
          if (row.code?.length !== 7 || foldKey(row.name) !== m[3]) continue;
          if (named(t, row.code.slice(0, 5)) === m[2] && named(t, row.code.slice(0, 3)) === m[1]) rows.push({ row, table: t });
        }
      }
      const figure = statedFigure(m[3], m[4], paragraph.line);
      if (!figure || rows.length === 0) continue;
      const half = 0.5 * 10 ** (2 - Math.min(decimalsOf(m[4]), 2)) * 10000;
      const label = L(
        rows.map((r) => `表${r.table.no}“${r.table.title}”`).join("与") + `${rows[0].row.code} ${rows[0].row.name}的合计`,
        `the total of ${quote(`${rows[0].row.code} ${rows[0].row.name}`)} in ${rows.map((r) => `table ${r.table.no} ${quote(r.table.title)}`).join(" and ")}`,
      );
      out.push(
        instance("narrativeFigure", {
          kind: "copy",
          what: L(`情况说明“${m[0]}”与${label.zh}`, `the narrative's ${quote(m[0])} and ${label.en}`),
          expected: rows.length === 1 ? cell(rows[0].row, 0) : sumOf(rows.map((r) => cell(r.row, 0))),
          actual: stated(figure, 1000000),
          expectedLabel: label,
          actualLabel: L("文中", "the text"),
          tolerance: half,
          tables: [...new Set(rows.map((r) => tableNo(r.table)))],
          lines: [paragraph.line, ...rows.map((r) => r.row.line)],
          report: (expected, actual) => ({
            message: L(
              `情况说明“${m[0]}”，${label.zh}为${fmt(expected)}元（折合${fmt(Math.round(expected / 10000))}万元），相差超过末位的半个单位`,
              `the narrative's ${quote(m[0])}: ${label.en} is ${fmt(expected)} (yuan), ${fmt(Math.round(expected / 10000))} (10k yuan); they differ by more than half a unit of the last digit`,
            ),
            expected: expected / 1000000,
            actual: actual / 1000000,
          }),
        }),
      );
    }
  }
}

/**
 * Jiangsu 财政拨款支出预算情况说明 by 项: "1．人大事务（款）行政运行（项）支出6372.32万元" against the 项 row of
 * 财政拨款支出预算表 (table 5) whose 款 has that name. A 项 named otherwise than in the table is not compared.
 */
const JIANGSU_ITEM = /^\d+\.?([^()]+?)\(款\)([^()]+?)\(项\)(?:支出)?(\d[\d,]*(?:\.\d+)?)万元/;

function jiangsuItems(d: Disclosure, out: RelationInstance[]) {
  const table = d.templateTables?.find((t) => t.key === "fiscal-functional" && t.found);
  if (!table) return;
  const nameOf = (code: string) => foldKey(table.rows.find((r) => r.code === code)?.name ?? "");
  for (const section of d.templateSections ?? []) {
    for (const paragraph of section.paragraphs) {
      const m = JIANGSU_ITEM.exec(foldKey(paragraph.text));
      if (!m) continue;
      const row = table.rows.find((r) => r.code?.length === 7 && foldKey(r.name) === m[2] && nameOf(r.code.slice(0, 5)) === m[1]);
      const figure = statedFigure(m[2], m[3], paragraph.line);
      if (!row || !figure) continue;
      const label = L(`表${table.no}“${table.title}”${row.code} ${row.name}`, `table ${table.no} ${quote(table.title)} ${quote(`${row.code} ${row.name}`)}`);
      out.push(
        instance("narrativeFigure", {
          kind: "copy",
          what: L(`情况说明“${m[0].replace(/^\d+\.?/, "")}”与${label.zh}`, `the narrative's ${quote(m[0].replace(/^\d+\.?/, ""))} and ${label.en}`),
          expected: cell(row, 0),
          actual: stated(figure),
          expectedLabel: label,
          actualLabel: L("文中", "the text"),
          tolerance: 0.5 * 10 ** (2 - Math.min(decimalsOf(m[3]), 2)),
          tables: [tableNo(table)],
          lines: [paragraph.line, row.line],
        }),
      );
    }
  }
}

/**
 * Shanghai: "收入预算X万元，其中：财政拨款收入X万元，比2024年预算增加Y万元 … 财政拨款支出预算X万元，比2024年预算增加Y万元":
 * when the 财政拨款 income and expenditure are the same amount and both are compared with last year, they changed
 * by the same amount (unless the bases differ, which is itself the inconsistency: swh 2025 p.7).
 */
const FISCAL_CHANGE = (what: string) =>
  new RegExp(`${what}(\\d[\\d,]*(?:\\.\\d+)?)万元,比(20\\d\\d年预算(?:执行数)?)(增加|减少|持平)(?:(\\d[\\d,]*(?:\\.\\d+)?)万元)?`);

function shanghaiBalancedChange(d: Disclosure, out: RelationInstance[]) {
  const section = d.templateSections?.find((s) => s.no === 1);
  if (!section) return;
  const text = foldKey(section.paragraphs.map((p) => p.text).join(""));
  const income = FISCAL_CHANGE("财政拨款收入").exec(text);
  const spending = FISCAL_CHANGE("财政拨款支出预算").exec(text);
  if (!income || !spending || parseAmount(income[1]) !== parseAmount(spending[1])) return;
  const signed = (m: RegExpExecArray) => (m[3] === "持平" ? 0 : (m[3] === "减少" ? -1 : 1) * (parseAmount(m[4] ?? "0") ?? 0));
  const lineOf = (m: RegExpExecArray) => section.paragraphs.find((p) => foldKey(p.text).includes(m[0].slice(0, 12)))?.line ?? section.line;
  const figure = (m: RegExpExecArray, label: string): NarrativeFigure => ({ kind: "amount", label, value: signed(m), line: lineOf(m) });
  out.push(
    instance("narrativeChange", {
      kind: "copy",
      what: L(
        `情况说明中财政拨款收入与财政拨款支出同为${income[1]}万元，比上年的增减额`,
        `the changes over last year of fiscal appropriation revenue and expenditure, both ${income[1]} (10k yuan) in the narrative`,
      ),
      expected: stated(figure(income, `财政拨款收入比${income[2]}的增减额`)),
      actual: stated(figure(spending, `财政拨款支出比${spending[2]}的增减额`)),
      expectedLabel: L(`收入比${income[2]}`, `revenue against ${quote(income[2])}`),
      actualLabel: L(`支出比${spending[2]}`, `expenditure against ${quote(spending[2])}`),
      tables: [],
      lines: [...new Set([lineOf(income), lineOf(spending)])],
      report: (expected, actual) => ({
        message: L(
          `情况说明中财政拨款收入与支出同为${income[1]}万元，收入比${income[2]}${income[3]}${income[4] ?? ""}万元，支出比${spending[2]}${spending[3]}${spending[4] ?? ""}万元：增减额应相同${income[2] !== spending[2] ? "（两处比较的基数不同）" : ""}`,
          `the narrative gives fiscal appropriation revenue and expenditure both as ${income[1]} (10k yuan), revenue ${quote(`比${income[2]}${income[3]}${income[4] ?? ""}万元`)}, expenditure ${quote(`比${spending[2]}${spending[3]}${spending[4] ?? ""}万元`)}: the changes should be equal${income[2] !== spending[2] ? " (the two compare against different bases)" : ""}`,
        ),
        expected: expected / 100,
        actual: actual / 100,
      }),
    }),
  );
}

/**
 * Shanghai (wanli 2024): "2023年当年预算执行数为A万元，2024年预算安排B万元，比2023年预算执行数减少P%": P is (A − B) ÷ A
 * at the precision stated (增加/增长: (B − A) ÷ A; a wrong direction word makes the recomputed rate negative).
 */
const EXECUTED =
  /执行数为(\d[\d,]*(?:\.\d+)?)万元,20\d\d年预算安排(\d[\d,]*(?:\.\d+)?)万元,比20\d\d年(?:当年)?预算执行数(增加|减少|增长|下降)(\d+(?:\.\d+)?)%/g;

function executedChanges(d: Disclosure, out: RelationInstance[]) {
  for (const section of d.templateSections ?? []) {
    for (const paragraph of section.paragraphs) {
      for (const m of foldKey(paragraph.text).matchAll(EXECUTED)) {
        const before = parseAmount(m[1]);
        const now = parseAmount(m[2]);
        const share = parsePercent(`${m[4]}%`);
        if (before === null || now === null || !share || before === 0) continue;
        // The item's amount stated at the start of the paragraph is this year's 预算安排 (wanli p.9 item 31).
        const item = ITEMS.map((pattern) => new RegExp(pattern.source).exec(foldKey(paragraph.text))).find((x) => x !== null);
        const itemAmount = item ? parseAmount(item[4]) : null;
        if (item && itemAmount !== null) {
          const stated = (value: number, label: string): Operand => ({ kind: "stated", figure: { kind: "amount", label, value, line: paragraph.line } });
          out.push(
            instance("narrativeFigure", {
              kind: "copy",
              what: L(
                `情况说明“${item[3]}”的金额与同段“预算安排${m[2]}万元”`,
                `the amount of ${quote(item[3])} in the narrative and ${quote(`预算安排${m[2]}万元`)} in the same paragraph`,
              ),
              expected: stated(itemAmount, `${item[3]}`),
              actual: stated(now, "预算安排"),
              expectedLabel: L(`科目金额${item[4]}万元`, `the subject's amount ${item[4]} (10k yuan)`),
              actualLabel: L("同段的预算安排", "the budget stated in the same paragraph"),
              tables: [],
              lines: [paragraph.line],
              report: (expected, actual) => ({
                message: L(
                  `情况说明“${item[3]}”科目为${fmt(expected)}万元，同段却写“预算安排${fmt(actual)}万元”，相差${fmt(actual - expected)}万元`,
                  `the narrative's subject ${quote(item[3])} is ${fmt(expected)} (10k yuan), yet the same paragraph says ${quote(`预算安排${fmt(actual)}万元`)}, a difference of ${fmt(actual - expected)} (10k yuan)`,
                ),
                expected: expected / 100,
                actual: actual / 100,
              }),
            }),
          );
        }
        const change = /减少|下降/.test(m[3]) ? before - now : now - before;
        out.push(
          instance("narrativeChange", {
            kind: "share",
            what: L(`情况说明“${m[0]}”的${m[3]}幅度`, `the rate ${quote(m[3])} of the narrative's ${quote(m[0])}`),
            figure: { kind: "amount", label: m[0], value: change, share, line: paragraph.line },
            part: amount(change),
            whole: amount(before),
            tables: [],
            lines: [paragraph.line],
          }),
        );
      }
    }
  }
}

/** Shanghai 政府采购预算情况: "政府采购预算X万元，其中：货物A万元、工程B万元、服务C万元" — X = A + B + C (no table states them). */
const PROCUREMENT =
  /政府采购预算(\d[\d,]*(?:\.\d+)?)万元,其中:政府采购货物预算(\d[\d,]*(?:\.\d+)?)万元、政府采购工程预算(\d[\d,]*(?:\.\d+)?)万元、政府采购服务预算(\d[\d,]*(?:\.\d+)?)万元/;

function shanghaiProcurement(d: Disclosure, out: RelationInstance[]) {
  for (const section of d.templateSections ?? []) {
    for (const paragraph of section.paragraphs) {
      const m = PROCUREMENT.exec(foldKey(paragraph.text));
      if (!m) continue;
      const figures = [m[1], m[2], m[3], m[4]].map((text, i) => statedFigure(["政府采购预算", "货物", "工程", "服务"][i], text, paragraph.line));
      if (figures.some((f) => f === null)) continue;
      const [total, ...parts] = figures.map((f) => stated(f!));
      out.push(
        instance("narrativeFigure", {
          kind: "sum",
          what: L(`情况说明“${m[0]}”中货物、工程、服务之和`, `goods, works and services in the narrative's ${quote(m[0])}, their sum`),
          total,
          parts,
          tables: [],
          lines: [paragraph.line],
        }),
      );
      return;
    }
  }
}

function instance(rule: TemplateRuleKey, relation: Relation): RelationInstance {
  return { rule: TEMPLATE_RULES[rule].id, severity: "error", relation };
}

/** Every relation the document's template holds, on its tables as read (the rendered and the checked). */
export function templateRelations(d: Disclosure): RelationInstance[] {
  const template = d.template ? templateById(d.template) : undefined;
  if (!template) return [];
  const out: RelationInstance[] = [];
  for (const t of d.templateTables ?? []) {
    if (!t.found) continue;
    rowTotals(t, template, out);
    codeTree(t, out);
  }
  sums(d, template, out);
  crossTable(d, template, out);
  classCopies(d, template, out);
  byCode(d, template, out);
  narrativeFigures(d, template, out);
  if (template.id === "shanghai-9") {
    shanghaiItems(d, out);
    shanghaiBalancedChange(d, out);
    executedChanges(d, out);
    shanghaiProcurement(d, out);
  }
  if (template.id === "jiangsu") jiangsuItems(d, out);
  narrativeChanges(d, out);
  return out;
}
