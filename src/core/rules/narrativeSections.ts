import type { Amount } from "../amount";
import { findTable, type TableRow } from "../model";
import { bareName, checkSum, columnTotal, rowNamed, rowsOn, totalRow } from "./compare";
import { amounts, checkShare, checkStated, figureLabelled, section } from "./narrativeHelpers";
import { projectGroups } from "./unitRollups";
import type { Rule } from "./types";

/** 一: the totals of income and expenditure against table 1. */
export const narrativeOverview: Rule = {
  id: "narrative-overview",
  description: {
    zh: "情况说明一（收支总体）：收入总计、本年收入、上年结转、支出总计与表1一致",
    en: "Narrative part 1: total income, income for the year, carry-over and total expenditure match table 1",
  },
  tables: [1],
  scope: "narrative",
  severity: "error",
  check(ctx) {
    const s = section(ctx.disclosure, 1);
    const t1 = findTable(ctx.disclosure, 1);
    if (!s || !t1) return;
    const income = rowsOn(t1, "income");
    const expenditure = rowsOn(t1, "expenditure");
    const incomeTotal = income.find((r) => r.kind === "total");
    const expenditureTotal = expenditure.find((r) => r.kind === "total");
    const pairs: [RegExp, TableRow | undefined, string][] = [
      [/收入总计/, incomeTotal, "表1收入总计"],
      [/^本年收入$/, income.find((r) => r.kind === "subtotal"), "表1本年收入合计"],
      [/支出总计/, expenditureTotal, "表1支出总计"],
    ];
    for (const [pattern, row, label] of pairs) {
      checkStated(ctx, { sectionNo: 1, figure: figureLabelled(s, pattern), tableValue: row?.values[0] ?? null, tableLabel: label, tables: [1], tableRow: row });
    }
    const carry = rowNamed(t1, "上年结转", "income");
    const carryFigure = figureLabelled(s, /^上年结转$/);
    checkStated(ctx, { sectionNo: 1, figure: carryFigure, tableValue: carry?.values[0] ?? null, tableLabel: "表1上年结转", tables: [1], tableRow: carry });
  },
};

const INCOME_SOURCES: [RegExp, RegExp][] = [
  [/一般公共预算/, /^一般公共预算/],
  [/政府性基金/, /^政府性基金/],
  [/国有资本经营/, /^国有资本经营/],
  [/财政专户/, /^财政专户/],
  [/单位资金/, /^单位资金/],
  [/^上年结转/, /^上年结转$/],
];

/** 二: income by source with shares, against table 1. */
export const narrativeIncome: Rule = {
  id: "narrative-income",
  description: {
    zh: "情况说明二（收入预算）：收入合计及各来源金额、占比与表1一致",
    en: "Narrative part 2: income and each source's amount and share match table 1",
  },
  tables: [1],
  scope: "narrative",
  severity: "error",
  check(ctx) {
    const s = section(ctx.disclosure, 2);
    const t1 = findTable(ctx.disclosure, 1);
    if (!s || !t1) return;
    const total = totalRow(t1, "income");
    const head = amounts(s)[0];
    checkStated(ctx, { sectionNo: 2, figure: head, tableValue: total?.values[0] ?? null, tableLabel: "表1收入总计", tables: [1], tableRow: total });
    for (const [labelPattern, rowPattern] of INCOME_SOURCES) {
      const figure = amounts(s)
        .slice(1)
        .find((f) => labelPattern.test(f.label));
      const row = rowsOn(t1, "income").find((r) => r.kind === "item" && rowPattern.test(bareName(r.name)));
      checkStated(ctx, {
        sectionNo: 2,
        figure,
        tableValue: row?.values[0] ?? null,
        tableLabel: `表1“${row ? row.name : labelPattern.source}”`,
        tables: [1],
        tableRow: row,
      });
      checkShare(ctx, figure, row?.values[0] ?? 0, total?.values[0] ?? null, [1]);
    }
  },
};

/** 三: basic and project expenditure with shares, against table 3. */
export const narrativeExpenditure: Rule = {
  id: "narrative-expenditure",
  description: {
    zh: "情况说明三（支出预算）：支出合计、基本支出、项目支出及占比与表3一致",
    en: "Narrative part 3: expenditure, basic and project expenditure and their shares match table 3",
  },
  tables: [3],
  scope: "narrative",
  severity: "error",
  check(ctx) {
    const s = section(ctx.disclosure, 3);
    const t3 = findTable(ctx.disclosure, 3);
    if (!s || !t3) return;
    const total = totalRow(t3);
    checkStated(ctx, { sectionNo: 3, figure: amounts(s)[0], tableValue: total?.values[0] ?? null, tableLabel: "表3合计", tables: [3], tableRow: total });
    for (const [pattern, column, label] of [
      [/基本支出/, 1, "表3基本支出合计"],
      [/项目支出/, 2, "表3项目支出合计"],
    ] as [RegExp, number, string][]) {
      const figure = figureLabelled(s, pattern);
      checkStated(ctx, { sectionNo: 3, figure, tableValue: total?.values[column] ?? null, tableLabel: label, tables: [3], tableRow: total });
      checkShare(ctx, figure, total?.values[column] ?? null, total?.values[0] ?? null, [3]);
    }
  },
};

/** 四: 财政拨款 totals and classes, against table 4. */
export const narrativeFiscal: Rule = {
  id: "narrative-fiscal",
  description: {
    zh: "情况说明四（财政拨款）：财政拨款收支总预算、各类拨款及各功能分类支出与表4一致",
    en: "Narrative part 4: total appropriations, each kind and each expenditure class match table 4",
  },
  tables: [4],
  scope: "narrative",
  severity: "error",
  check(ctx) {
    const s = section(ctx.disclosure, 4);
    const t4 = findTable(ctx.disclosure, 4);
    if (!s || !t4) return;
    const total = totalRow(t4, "income");
    checkStated(ctx, { sectionNo: 4, figure: amounts(s)[0], tableValue: total?.values[0] ?? null, tableLabel: "表4收入总计", tables: [4], tableRow: total });
    for (const [pattern, rowPattern] of [
      [/^一般公共预算拨款$/, /^一般公共预算$/],
      [/^政府性基金预算拨款$/, /^政府性基金预算$/],
      [/^国有资本经营预算拨款$/, /^国有资本经营预算$/],
    ] as [RegExp, RegExp][]) {
      const row = rowsOn(t4, "income").find((r) => r.section === undefined && rowPattern.test(bareName(r.name)));
      checkStated(ctx, { sectionNo: 4, figure: figureLabelled(s, pattern), tableValue: row?.values[0] ?? null, tableLabel: "表4", tables: [4], tableRow: row });
    }
    const classes = new Map(rowsOn(t4, "expenditure").map((r) => [bareName(r.name), r]));
    for (const figure of amounts(s)) {
      const row = classes.get(figure.label);
      if (row && row.kind === "item")
        checkStated(ctx, { sectionNo: 4, figure, tableValue: row.values[0], tableLabel: `表4“${row.name}”`, tables: [4], tableRow: row });
    }
  },
};

/** 五: general-budget expenditure and its class structure with shares, against table 5. */
export const narrativeGeneralBudget: Rule = {
  id: "narrative-general-budget",
  description: {
    zh: "情况说明五（一般公共预算支出）：当年支出及各功能分类的金额、占比与表5一致",
    en: "Narrative part 5: general-budget expenditure and each class's amount and share match table 5",
  },
  tables: [5],
  scope: "narrative",
  severity: "error",
  check(ctx) {
    const s = section(ctx.disclosure, 5);
    const t5 = findTable(ctx.disclosure, 5);
    if (!s || !t5) return;
    const total = totalRow(t5);
    for (const figure of amounts(s).filter((f) => /一般公共预算当年支出$/.test(f.label))) {
      checkStated(ctx, { sectionNo: 5, figure, tableValue: total?.values[0] ?? null, tableLabel: "表5合计", tables: [5], tableRow: total });
    }
    const classes = new Map(t5.rows.filter((r) => r.code?.length === 3).map((r) => [bareName(r.name), r]));
    for (const figure of amounts(s)) {
      const row = classes.get(figure.label);
      if (!row) continue;
      checkStated(ctx, { sectionNo: 5, figure, tableValue: row.values[0], tableLabel: `表5“${row.name}”`, tables: [5], tableRow: row });
      checkShare(ctx, figure, row.values[0], total?.values[0] ?? null, [5]);
    }
  },
};

/** 六: basic expenditure, personnel and operating costs against table 6. */
export const narrativeBasic: Rule = {
  id: "narrative-basic",
  description: {
    zh: "情况说明六（基本支出）：基本支出、人员经费、公用经费与表6一致",
    en: "Narrative part 6: basic expenditure, personnel and operating costs match table 6",
  },
  tables: [6],
  scope: "narrative",
  severity: "error",
  check(ctx) {
    const s = section(ctx.disclosure, 6);
    const t6 = findTable(ctx.disclosure, 6);
    if (!s || !t6) return;
    const total = totalRow(t6);
    checkStated(ctx, {
      sectionNo: 6,
      figure: figureLabelled(s, /基本支出/),
      tableValue: columnTotal(t6, 0),
      tableLabel: "表6合计",
      tables: [6],
      tableRow: total,
    });
    checkStated(ctx, {
      sectionNo: 6,
      figure: figureLabelled(s, /^人员经费$/),
      tableValue: columnTotal(t6, 1),
      tableLabel: "表6人员经费合计",
      tables: [6],
      tableRow: total,
    });
    checkStated(ctx, {
      sectionNo: 6,
      figure: figureLabelled(s, /^公用经费$/),
      tableValue: columnTotal(t6, 2),
      tableLabel: "表6公用经费合计",
      tables: [6],
      tableRow: total,
    });
  },
};

/** 七: 三公 total and items against table 10; the items' changes add up to the total change. */
export const narrativeThreePublic: Rule = {
  id: "narrative-three-public",
  description: {
    zh: "情况说明七（三公经费）：三公经费合计及各项与表10一致；各项增减之和等于合计的增减",
    en: "Narrative part 7: the three public expenses and each item match table 10; the items' changes add up to the total's change",
  },
  tables: [10],
  scope: "narrative",
  severity: "error",
  check(ctx) {
    const s = section(ctx.disclosure, 7);
    const t10 = findTable(ctx.disclosure, 10);
    if (!s || !t10) return;
    const head = figureLabelled(s, /三公/);
    const total = totalRow(t10);
    checkStated(ctx, { sectionNo: 7, figure: head, tableValue: total?.values[0] ?? null, tableLabel: "表10合计", tables: [10], tableRow: total });
    const items: [RegExp, RegExp][] = [
      [/因公出国/, /^因公出国/],
      [/公务接待费/, /^公务接待费/],
      [/公务用车购置及运行/, /^公务用车购置及运行/],
      [/运行维护费/, /^公务用车运行/],
      [/^公务用车购置费$/, /^公务用车购置费$/],
    ];
    for (const [labelPattern, rowPattern] of items) {
      const row = rowNamed(t10, rowPattern);
      checkStated(ctx, {
        sectionNo: 7,
        figure: figureLabelled(s, labelPattern),
        tableValue: row?.values[0] ?? null,
        tableLabel: `表10“${row?.name ?? ""}”`,
        tables: [10],
        tableRow: row,
      });
    }
    const signed = (f: ReturnType<typeof figureLabelled>): Amount | null =>
      !f?.change ? null : f.change.direction === "same" ? 0 : (f.change.amount ?? 0) * (f.change.direction === "decrease" ? -1 : 1);
    const parts = [figureLabelled(s, /因公出国/), figureLabelled(s, /公务接待费/), figureLabelled(s, /公务用车购置及运行/)];
    const headChange = signed(head);
    if (headChange !== null && parts.every((p) => signed(p) !== null)) {
      checkSum(ctx, {
        what: "情况说明七中三公经费各项的增减额与合计的增减额",
        addends: parts.map(signed),
        printed: headChange,
        tables: [10],
        lines: [head!.line],
      });
    }
  },
};

/** 八: 机关运行经费 against table 11. */
export const narrativeAdminCost: Rule = {
  id: "narrative-admin-cost",
  description: {
    zh: "情况说明八（机关运行经费）：机关运行经费与表11合计一致",
    en: "Narrative part 8: administrative running costs match table 11",
  },
  tables: [11],
  scope: "narrative",
  severity: "error",
  check(ctx) {
    const s = section(ctx.disclosure, 8);
    const t11 = findTable(ctx.disclosure, 11);
    if (!s || !t11) return;
    const total = totalRow(t11);
    checkStated(ctx, {
      sectionNo: 8,
      figure: figureLabelled(s, /机关运行经费/),
      tableValue: total?.values[0] ?? null,
      tableLabel: "表11合计",
      tables: [11],
      tableRow: total,
    });
  },
};

/** 九: 货物 + 工程 + 服务 = 政府采购预算总额. */
export const narrativeProcurement: Rule = {
  id: "narrative-procurement",
  description: {
    zh: "情况说明九（政府采购）：货物、工程、服务采购预算之和等于政府采购预算总额",
    en: "Narrative part 9: goods, works and services procurement add up to the procurement total",
  },
  tables: [],
  scope: "narrative",
  severity: "error",
  check(ctx) {
    const s = section(ctx.disclosure, 9);
    const total = figureLabelled(s, /总额/);
    if (!total) return;
    const parts = [/货物/, /工程/, /服务/].map((p) => figureLabelled(s, p));
    checkSum(ctx, {
      what: "政府采购预算总额（货物＋工程＋服务）",
      addends: parts.map((p) => p?.value ?? null),
      printed: total.value,
      tables: [],
      lines: [total.line],
    });
  },
};

/** 十: the number and amount of projects under performance management against table 12. */
export const narrativePerformance: Rule = {
  id: "narrative-performance",
  description: {
    zh: "情况说明十（绩效管理）：纳入绩效目标管理的项目个数和金额与表12一致",
    en: "Narrative part 10: the number and amount of projects under performance management match table 12",
  },
  tables: [12],
  scope: "narrative",
  severity: "error",
  check(ctx) {
    const s = section(ctx.disclosure, 10);
    const t12 = findTable(ctx.disclosure, 12);
    if (!s || !t12) return;
    const countIndex = s.figures.findIndex((f) => f.kind === "count" && /二级项目|绩效管理项目|纳入绩效/.test(f.label));
    if (countIndex < 0) return;
    const count = s.figures[countIndex];
    const groups = projectGroups(t12.rows);
    const projects = groups.flatMap((g) => g.projects);
    if (count.value !== projects.length) {
      ctx.report({
        tables: [12],
        message: `情况说明十称纳入绩效目标管理的项目${count.value}个，表12列有${projects.length}个项目`,
        expected: projects.length,
        actual: count.value,
        lines: [count.line],
      });
    }
    const amount = s.figures.slice(countIndex + 1).find((f) => f.kind === "amount");
    const t12Total = groups.reduce<Amount>((sum, g) => sum + (g.subtotal?.values[0] ?? g.projects.reduce<Amount>((a, r) => a + (r.values[0] ?? 0), 0)), 0);
    checkStated(ctx, { sectionNo: 10, figure: amount, tableValue: t12Total, tableLabel: "表12项目支出合计", tables: [12] });
  },
};
