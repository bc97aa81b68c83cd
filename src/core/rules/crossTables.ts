import type { Amount } from "../amount";
import { findTable, type Disclosure, type TableRow } from "../model";
import { bareName, checkSame, columnTotal, fmt, linesOf, num, rowNamed, rowsOn, totalRow } from "./compare";
import { projectGroups } from "./unitRollups";
import type { Rule } from "./types";

const T1_INCOME_TO_T2_COLUMN: [RegExp, number][] = [
  [/^一般公共预算/, 1],
  [/^政府性基金/, 2],
  [/^国有资本经营/, 3],
  [/^财政专户/, 4],
  [/^单位资金/, 5],
];

/** T1 本年收入合计 = T2 合计, and each T1 income item = the matching T2 column total. */
export const t1MatchesT2: Rule = {
  id: "t1-t2-income",
  description: {
    zh: "表1本年收入合计等于表2合计，表1各项收入等于表2对应列的合计",
    en: "Table 1's income for the year equals table 2's total, and each income item equals the matching column total of table 2",
  },
  tables: [1, 2],
  scope: "cross-table",
  severity: "error",
  check(ctx) {
    const t1 = findTable(ctx.disclosure, 1);
    const t2 = findTable(ctx.disclosure, 2);
    if (!t1 || !t2 || t1.empty) return;
    const t2Total = totalRow(t2);
    const subtotal = rowsOn(t1, "income").find((r) => r.kind === "subtotal");
    checkSame(ctx, {
      what: "表1与表2的本年收入",
      expected: subtotal?.values[0] ?? null,
      actual: t2Total?.values[0] ?? null,
      expectedLabel: "表1本年收入合计",
      actualLabel: "表2合计",
      tables: [1, 2],
      lines: linesOf(subtotal, t2Total),
    });
    for (const [pattern, column] of T1_INCOME_TO_T2_COLUMN) {
      const item = rowsOn(t1, "income").find((r) => r.kind === "item" && pattern.test(bareName(r.name)));
      if (!item) continue;
      checkSame(ctx, {
        what: `表1“${item.name}”与表2“${t2.columns[column]}”列合计`,
        expected: item.values[0],
        actual: t2Total?.values[column] ?? null,
        expectedLabel: "表1",
        actualLabel: "表2",
        tables: [1, 2],
        lines: linesOf(item, t2Total),
      });
    }
  },
};

function classRows(table: ReturnType<typeof findTable>): TableRow[] {
  return rowsOn(table).filter((r) => r.code?.length === 3);
}

/** The rows of a two-sided table's expenditure classes, by bare class name. */
function classesByName(rows: TableRow[]): Map<string, TableRow> {
  const map = new Map<string, TableRow>();
  for (const row of rows) if (row.kind === "item") map.set(bareName(row.name), row);
  return map;
}

/** T1 expenditure classes = T3 class rows; T1 本年支出合计 = T3 合计. */
export const t1MatchesT3: Rule = {
  id: "t1-t3-expenditure",
  description: {
    zh: "表1各功能分类支出等于表3对应类级科目，表1本年支出合计等于表3合计",
    en: "Table 1's expenditure by class equals table 3's class rows, and its expenditure for the year equals table 3's total",
  },
  tables: [1, 3],
  scope: "cross-table",
  severity: "error",
  check(ctx) {
    const t1 = findTable(ctx.disclosure, 1);
    const t3 = findTable(ctx.disclosure, 3);
    if (!t1 || !t3 || t1.empty) return;
    const t3Total = totalRow(t3);
    const subtotal = rowsOn(t1, "expenditure").find((r) => r.kind === "subtotal");
    checkSame(ctx, {
      what: "表1本年支出合计与表3合计",
      expected: subtotal?.values[0] ?? null,
      actual: t3Total?.values[0] ?? null,
      expectedLabel: "表1",
      actualLabel: "表3",
      tables: [1, 3],
      lines: linesOf(subtotal, t3Total),
    });
    compareClasses(ctx, rowsOn(t1, "expenditure"), 0, classRows(t3), 0, [1, 3], "表1", "表3");
  },
};

function compareClasses(
  ctx: Parameters<Rule["check"]>[0],
  summaryRows: TableRow[],
  summaryColumn: number,
  detailClasses: TableRow[],
  detailColumn: number,
  tables: [Parameters<typeof checkSame>[1]["tables"][number], Parameters<typeof checkSame>[1]["tables"][number]],
  summaryLabel: string,
  detailLabel: string,
) {
  const summary = classesByName(summaryRows);
  const seen = new Set<string>();
  for (const detail of detailClasses) {
    const key = bareName(detail.name);
    seen.add(key);
    const row = summary.get(key);
    checkSame(ctx, {
      what: `${summaryLabel}与${detailLabel}的“${detail.name}”`,
      expected: row?.values[summaryColumn] ?? null,
      actual: detail.values[detailColumn],
      expectedLabel: summaryLabel,
      actualLabel: detailLabel,
      tables,
      lines: linesOf(row, detail),
    });
  }
  for (const [key, row] of summary) {
    const amount = row.values[summaryColumn];
    if (seen.has(key) || amount === null || amount === 0 || row.kind !== "item" || /结转/.test(key)) continue;
    checkSame(ctx, {
      what: `${summaryLabel}的“${row.name}”在${detailLabel}中没有对应的类级科目`,
      expected: amount,
      actual: null,
      expectedLabel: summaryLabel,
      actualLabel: detailLabel,
      tables,
      lines: [row.line],
    });
  }
}

/** Nothing carried over: table 2 and table 3 agree code by code. */
export const t2MatchesT3: Rule = {
  id: "t2-t3-codes",
  description: {
    zh: "无上年结转时，表2与表3每个科目的合计数相等",
    en: "With nothing carried over, tables 2 and 3 agree on every code's total",
  },
  tables: [2, 3],
  scope: "cross-table",
  severity: "error",
  check(ctx) {
    const t2 = findTable(ctx.disclosure, 2);
    const t3 = findTable(ctx.disclosure, 3);
    if (!t2 || !t3 || t2.empty || t3.empty) return;
    if (t2.rows.some((r) => (r.values[6] ?? 0) !== 0)) return;
    const t3ByCode = new Map(t3.rows.map((r) => [r.code ?? "合计", r]));
    for (const row of t2.rows) {
      const other = t3ByCode.get(row.code ?? "合计");
      checkSame(ctx, {
        what: `科目${row.code ?? ""}“${row.name}”在表2与表3的合计`,
        expected: row.values[0],
        actual: other?.values[0] ?? null,
        expectedLabel: "表2",
        actualLabel: "表3",
        tables: [2, 3],
        lines: linesOf(row, other),
      });
    }
  },
};

/** T4 income = T1 income by source; T4 一般公共预算 column per class = T5; 基金 = T8; 国资 = T9. */
export const t4MatchesOthers: Rule = {
  id: "t4-t1-t5-t8-t9",
  description: {
    zh: "表4财政拨款收入等于表1对应收入；表4一般公共预算列各类支出等于表5类级科目，政府性基金列等于表8，国有资本经营预算列等于表9",
    en: "Table 4's appropriations equal table 1's; its general-budget column equals table 5 class by class, the fund column table 8 and the state-capital column table 9",
  },
  tables: [1, 4, 5, 8, 9],
  scope: "cross-table",
  severity: "error",
  check(ctx) {
    const t1 = findTable(ctx.disclosure, 1);
    const t4 = findTable(ctx.disclosure, 4);
    if (!t4 || t4.empty) return;
    for (const pattern of [/^一般公共预算$/, /^政府性基金预算$/, /^国有资本经营预算$/]) {
      const r4 = rowsOn(t4, "income").find((r) => r.section === undefined && pattern.test(bareName(r.name)));
      const r1 = rowsOn(t1, "income").find((r) => pattern.test(bareName(r.name)));
      if (!r4 || !r1) continue;
      checkSame(ctx, {
        what: `“${bareName(r4.name)}”收入在表4与表1`,
        expected: r1.values[0],
        actual: r4.values[0],
        expectedLabel: "表1",
        actualLabel: "表4",
        tables: [1, 4],
        lines: linesOf(r1, r4),
      });
    }
    const t5 = findTable(ctx.disclosure, 5);
    if (t5) compareClasses(ctx, rowsOn(t4, "expenditure"), 1, classRows(t5), 0, [4, 5], "表4一般公共预算列", "表5");
    const subtotal = rowsOn(t4, "expenditure").find((r) => r.kind === "subtotal");
    const pairs: [number, ReturnType<typeof findTable>, string, 5 | 8 | 9][] = [
      [1, t5, "表5合计", 5],
      [2, findTable(ctx.disclosure, 8), "表8合计", 8],
      [3, findTable(ctx.disclosure, 9), "表9支出合计", 9],
    ];
    for (const [column, table, label, no] of pairs) {
      if (!table) continue;
      const total = no === 9 ? totalRow(table, "expenditure") : totalRow(table);
      checkSame(ctx, {
        what: `表4本年支出合计“${t4.columns[column]}”列与${label}`,
        expected: subtotal?.values[column] ?? null,
        actual: total?.values[0] ?? null,
        expectedLabel: "表4",
        actualLabel: label,
        tables: [4, no],
        lines: linesOf(subtotal, total),
      });
    }
  },
};

function onlyGeneralBudget(d: Disclosure): boolean {
  const t2 = findTable(d, 2);
  const total = totalRow(t2);
  if (!total) return false;
  return total.values.slice(2).every((v) => (v ?? 0) === 0);
}

/** T5 ≤ T3 for every code and column; equal where all money is 一般公共预算. */
export const t5WithinT3: Rule = {
  id: "t5-t3",
  description: {
    zh: "表5一般公共预算支出不超过表3同一科目同一列；全部资金为一般公共预算时两表相等",
    en: "Table 5 never exceeds table 3 for the same code and column; they are equal when all funds are general budget",
  },
  tables: [2, 3, 5],
  scope: "cross-table",
  severity: "error",
  check(ctx) {
    const t3 = findTable(ctx.disclosure, 3);
    const t5 = findTable(ctx.disclosure, 5);
    if (!t3 || !t5 || t5.empty) return;
    const equal = onlyGeneralBudget(ctx.disclosure);
    const t3ByCode = new Map(t3.rows.map((r) => [r.code ?? "合计", r]));
    for (const row of t5.rows) {
      const other = t3ByCode.get(row.code ?? "合计");
      t5.columns.forEach((column, i) => {
        const a5 = row.values[i] ?? 0;
        const a3 = other?.values[i] ?? 0;
        if (equal ? a5 === a3 : a5 <= a3) return;
        ctx.report({
          tables: [3, 5],
          message: equal
            ? `科目${row.code ?? ""}“${row.name}”的“${column}”：全部资金为一般公共预算，表5（${fmt(a5)}）应等于表3（${fmt(a3)}），相差${fmt(a5 - a3)}`
            : `科目${row.code ?? ""}“${row.name}”的“${column}”：表5（${fmt(a5)}）超过表3（${fmt(a3)}）`,
          expected: num(a3),
          actual: num(a5),
          lines: linesOf(row, other),
        });
      });
    }
  },
};

/** T6 合计 = T5 基本支出 total: the same basic expenditure in both tables. */
export const t6MatchesT5: Rule = {
  id: "t6-t5-basic",
  description: {
    zh: "表6基本支出合计等于表5基本支出合计（人员经费、公用经费与情况说明一致）",
    en: "Table 6's total equals table 5's basic expenditure",
  },
  tables: [5, 6],
  scope: "cross-table",
  severity: "error",
  check(ctx) {
    const t5 = findTable(ctx.disclosure, 5);
    const t6 = findTable(ctx.disclosure, 6);
    if (!t5 || !t6) return;
    const t5Total = totalRow(t5);
    const t6Total = totalRow(t6);
    if (!t5Total && !t6Total) return;
    checkSame(ctx, {
      what: "一般公共预算基本支出",
      expected: t5Total?.values[1] ?? null,
      actual: t6Total?.values[0] ?? null,
      expectedLabel: "表5基本支出合计",
      actualLabel: "表6合计",
      tables: [5, 6],
      lines: linesOf(t5Total, t6Total),
    });
  },
};

const ECONOMIC_TO_FUNCTIONAL: [RegExp, string[]][] = [
  [/^机关事业单位基本养老保险缴费$/, ["2080505"]],
  [/^职业年金缴费$/, ["2080506"]],
  [/^职工基本医疗保险缴费$/, ["2101101", "2101102"]],
  [/^公务员医疗补助缴费$/, ["2101103"]],
  [/^住房公积金$/, ["2210201"]],
  [/^退休费$/, ["2080501", "2080502"]],
];

/** Soft rule: pension, medical and housing contributions appear under both classifications with one amount. */
export const t6MatchesCodes: Rule = {
  id: "t6-functional-codes",
  description: {
    zh: "经济科目与功能科目对应（提示）：养老保险缴费对应2080505，职业年金对应2080506，医疗保险对应2101101/2101102，公务员医疗补助对应2101103，住房公积金对应2210201，退休费对应2080501/2080502",
    en: "Economic items match their functional codes (soft): pension 2080505, occupational annuity 2080506, medical insurance 2101101/2101102, civil-servant medical subsidy 2101103, housing fund 2210201, retirement pay 2080501/2080502",
  },
  tables: [5, 6],
  scope: "cross-table",
  severity: "warning",
  check(ctx) {
    const t5 = findTable(ctx.disclosure, 5);
    const t6 = findTable(ctx.disclosure, 6);
    if (!t5 || !t6 || t6.empty) return;
    for (const [pattern, codes] of ECONOMIC_TO_FUNCTIONAL) {
      const item = t6.rows.find((r) => r.kind === "item" && pattern.test(bareName(r.name)));
      if (!item || item.values[0] === null) continue;
      const functional = t5.rows.filter((r) => r.code !== null && codes.includes(r.code));
      if (functional.length === 0) continue;
      const basic = functional.reduce<Amount>((sum, r) => sum + (r.values[1] ?? 0), 0);
      if (basic === item.values[0]) continue;
      ctx.report({
        tables: [5, 6],
        message: `表6“${item.name}”${fmt(item.values[0])}与表5科目${codes.join("/")}基本支出${fmt(basic)}不一致，相差${fmt(item.values[0] - basic)}`,
        expected: num(basic),
        actual: num(item.values[0]),
        lines: linesOf(item, ...functional),
      });
    }
  },
};

/** T10 接待费 and 公务用车运行维护费 are at least the same T6 items. */
export const t10CoversT6: Rule = {
  id: "t10-t6",
  description: {
    zh: "表10公务接待费、公务用车运行维护费不少于表6中同名经济科目",
    en: "Table 10's official reception and vehicle running costs are at least the same items of table 6",
  },
  tables: [6, 10],
  scope: "cross-table",
  severity: "error",
  check(ctx) {
    const t6 = findTable(ctx.disclosure, 6);
    const t10 = findTable(ctx.disclosure, 10);
    if (!t6 || !t10) return;
    for (const [name6, pattern10] of [
      ["公务接待费", /^公务接待费/],
      ["公务用车运行维护费", /^公务用车运行(维护)?费/],
    ] as [string, RegExp][]) {
      const item = t6.rows.find((r) => r.kind === "item" && bareName(r.name) === name6);
      if (!item || (item.values[0] ?? 0) === 0) continue;
      const row = rowNamed(t10, pattern10);
      const a10 = row?.values[0] ?? 0;
      if (a10 >= item.values[0]!) continue;
      ctx.report({
        tables: [6, 10],
        message: `表6“${name6}”为${fmt(item.values[0])}，而表10只有${fmt(a10)}`,
        expected: num(item.values[0]),
        actual: num(a10),
        lines: linesOf(item, row),
      });
    }
  },
};

/** T11 机关运行经费 = T6 公用经费 for 行政单位 and 参公 units. */
export const t11MatchesT6: Rule = {
  id: "t11-t6-admin-cost",
  description: {
    zh: "行政单位和参照公务员法管理的事业单位：表11机关运行经费等于表6公用经费合计；其他单位有机关运行经费时提示",
    en: "For administrative and civil-service-managed units, table 11's administrative running costs equal table 6's operating costs; other units are warned when they report any",
  },
  tables: [6, 11],
  scope: "cross-table",
  severity: "error",
  check(ctx) {
    const t6 = findTable(ctx.disclosure, 6);
    const t11 = findTable(ctx.disclosure, 11);
    if (!t6 || !t11) return;
    const operating = columnTotal(t6, 2);
    const t11Total = totalRow(t11);
    const adminCost = t11Total?.values[0] ?? null;
    const type = ctx.disclosure.unitType;
    if (type === "行政单位" || type === "参公事业单位") {
      checkSame(ctx, {
        what: `${type}的机关运行经费`,
        expected: operating,
        actual: adminCost,
        expectedLabel: "表6公用经费合计",
        actualLabel: "表11机关运行经费",
        tables: [6, 11],
        lines: linesOf(totalRow(t6), t11Total),
      });
    } else if (type === "事业单位" && (adminCost ?? 0) !== 0) {
      ctx.report({
        severity: "warning",
        tables: [6, 11],
        message: `本单位为事业单位（非参公），却列有机关运行经费${fmt(adminCost)}；机关运行经费只适用于行政单位和参公事业单位`,
        expected: null,
        actual: num(adminCost),
        lines: linesOf(t11Total),
      });
    }
  },
};

/** T12 total = T3 项目支出; T12 一般公共预算 column = T5 项目支出. */
export const t12MatchesT3: Rule = {
  id: "t12-t3-t5-projects",
  description: {
    zh: "表12项目支出合计等于表3项目支出合计，表12一般公共预算列等于表5项目支出合计",
    en: "Table 12's total equals table 3's project expenditure; its general-budget column equals table 5's project expenditure",
  },
  tables: [3, 5, 12],
  scope: "cross-table",
  severity: "error",
  check(ctx) {
    const t12 = findTable(ctx.disclosure, 12);
    if (!t12) return;
    const groups = projectGroups(t12.rows);
    const grand = totalRow(t12);
    const sum = (i: number): Amount | null => {
      if (grand) return grand.values[i];
      const values = groups.map((g) => (g.subtotal ? g.subtotal.values[i] : g.projects.reduce<Amount>((s, r) => s + (r.values[i] ?? 0), 0)));
      return values.length === 0 ? null : values.reduce<Amount>((s, v) => s + (v ?? 0), 0);
    };
    const lines = grand ? [grand.line] : groups.map((g) => g.subtotal?.line).filter((l): l is number => l !== undefined);
    for (const [no, column12, label] of [
      [3, 0, "表12合计"],
      [5, 1, "表12一般公共预算列"],
    ] as [3 | 5, number, string][]) {
      const other = totalRow(findTable(ctx.disclosure, no));
      if (!other) continue;
      checkSame(ctx, {
        what: `项目支出在${label}与表${no}`,
        expected: other.values[2],
        actual: sum(column12),
        expectedLabel: `表${no}项目支出合计`,
        actualLabel: label,
        tables: [no, 12],
        lines: [...lines, other.line],
      });
    }
  },
};

/** T13 (projects carried over) = T1 上年结转. */
export const t13MatchesT1: Rule = {
  id: "t13-t1-carryover",
  description: {
    zh: "表13上年结转项目支出合计等于表1上年结转",
    en: "Table 13's carried-over projects total table 1's carry-over",
  },
  tables: [1, 13],
  scope: "cross-table",
  severity: "error",
  check(ctx) {
    const t1 = findTable(ctx.disclosure, 1);
    const t13 = findTable(ctx.disclosure, 13);
    if (!t1 || !t13) return;
    const carry = rowNamed(t1, "上年结转", "income");
    const groups = projectGroups(t13.rows);
    const total =
      totalRow(t13)?.values[0] ??
      groups.reduce<Amount>((s, g) => s + (g.subtotal?.values[0] ?? g.projects.reduce<Amount>((a, r) => a + (r.values[0] ?? 0), 0)), 0);
    checkSame(ctx, {
      what: "上年结转",
      expected: carry?.values[0] ?? null,
      actual: total,
      expectedLabel: "表1上年结转",
      actualLabel: "表13合计",
      tables: [1, 13],
      lines: linesOf(carry, totalRow(t13)),
    });
  },
};
