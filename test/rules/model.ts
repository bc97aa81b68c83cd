/**
 * A small, hand-built, fully consistent disclosure (a unit with 100万元) for rule tests. Each rule
 * test mutates one figure of it and expects that rule to notice. Amounts in 万元 (or 元) as printed.
 */
import type { Disclosure, DisclosureTable, NarrativeFigure, NarrativeSection, RowKind, TableNo, TableRow } from "../../src/core/model";
import { tableSpec } from "../../src/core/tableSpecs";

type V = number | null;
const h = (v: V) => (v === null ? null : Math.round(v * 100));
let lineNo = 100;

function row(code: string | null, name: string, values: V[], kind: RowKind = "item", extra: Partial<TableRow> = {}): TableRow {
  return { code, name, values: values.map(h), line: lineNo++, kind, ...extra };
}
const inc = (name: string, v: V, kind: RowKind = "item", section?: string) => row(null, name, [v], kind, { side: "income", ...(section ? { section } : {}) });
const exp = (name: string, values: V[], kind: RowKind = "item") => row(null, name, values, kind, { side: "expenditure" });

function table(no: TableNo, rows: TableRow[], emptyNote = false): DisclosureTable {
  const spec = tableSpec(no);
  for (const r of rows) {
    const width = r.side === "income" ? (spec.incomeColumns?.length ?? 1) : spec.columns.length;
    while (r.values.length < width) r.values.push(null);
  }
  const empty = emptyNote || !rows.some((r) => r.values.some((v) => v !== null));
  return {
    no,
    title: spec.title,
    moneyUnit: "万元",
    empty,
    emptyNote,
    columns: [...spec.columns],
    ...(spec.incomeColumns ? { incomeColumns: [...spec.incomeColumns] } : {}),
    rows,
    line: lineNo++,
  };
}

const fig = (label: string, value: number, extra: Partial<NarrativeFigure> = {}): NarrativeFigure => ({
  kind: "amount",
  label,
  value: Math.round(value * 100),
  line: lineNo++,
  ...extra,
});
const count = (label: string, value: number): NarrativeFigure => ({ kind: "count", label, value, line: lineNo++ });
const pct = (value: number, decimals = 2) => ({ basisPoints: Math.round(value * 100), decimals });
const up = (amount: number, percent: number) => ({
  direction: "increase" as const,
  amount: Math.round(amount * 100),
  percent: pct(percent),
  percentWord: "增长" as const,
});
const section = (no: number, figures: NarrativeFigure[], text = ""): NarrativeSection => ({ no, title: `第${no}部分`, line: lineNo++, text, figures });

/** The wording of the sections the reviewer rules read (the figures above restate them). */
const TEXT: Record<number, string> = {
  1: "2026年度示例市政务服务中心预算收入总计100.00万元，比上年增加10.00万元，增长11.11%，主要原因是新增政务公开审批项目。",
  3: "2026年度示例市政务服务中心支出预算100.00万元，其中：基本支出70.00万元，占70.00%；项目支出30.00万元，占30.00%。",
  7: "2026年示例市政务服务中心财政拨款安排的“三公”经费预算4.00万元，比上年增加1.00万元，主要原因是接待任务增加。\n其中：因公出国（境）费0万元，与上年预算数相同；公务接待费4.00万元，比上年增加1.00万元，主要原因是接待任务增加；公务用车购置及运行费0万元，与上年预算数相同，其中：公务用车购置费0万元，公务用车运行维护费0万元。",
  8: "本单位机关运行经费财政拨款预算10.00万元，与上年预算数相同。",
  9: "2026年示例市政务服务中心政府采购预算总额5.00万元。其中：政府采购货物预算2.00万元、政府采购工程预算0万元、政府采购服务预算3.00万元。",
  10: "2026年示例市政务服务中心纳入绩效目标管理的二级项目2个，共计金额30.00万元。公开项目绩效目标2个。",
  11: "截至2026年3月1日，示例市政务服务中心共有公务用车0辆。",
};

const codedExpenditure = (no: 3 | 5) =>
  table(no, [
    row(null, "合计", [100, 70, 30], "total"),
    row("201", "一般公共服务支出", [80, 50, 30]),
    row("20103", "政府办公厅（室）及相关机构事务", [80, 50, 30]),
    row("2010301", "行政运行", [50, 50, null]),
    row("2010306", "政务公开审批", [30, null, 30]),
    row("208", "社会保障和就业支出", [20, 20, null]),
    row("20805", "行政事业单位养老支出", [20, 20, null]),
    row("2080505", "机关事业单位基本养老保险缴费支出", [20, 20, null]),
  ]);

export function consistentDisclosure(): Disclosure {
  lineNo = 100;
  return {
    unit: "示例市政务服务中心",
    year: 2026,
    level: "单位",
    unitType: "行政单位",
    lineCount: 1000,
    warnings: [],
    tables: [
      table(1, [
        inc("一、一般公共预算", 100),
        exp("一、一般公共服务支出", [80, 80, null]),
        inc("二、政府性基金预算", null),
        exp("八、社会保障和就业支出", [20, 20, null]),
        inc("本年收入合计", 100, "subtotal"),
        exp("本年支出合计", [100, 100, null], "subtotal"),
        inc("上年结转", null),
        exp("年终结转", [null, null, null]),
        inc("收入总计", 100, "total"),
        exp("支出总计", [100, 100, null], "total"),
      ]),
      table(2, [
        row(null, "合计", [100, 100, null, null, null, null, null], "total"),
        row("201", "一般公共服务支出", [80, 80]),
        row("20103", "政府办公厅（室）及相关机构事务", [80, 80]),
        row("2010301", "行政运行", [50, 50]),
        row("2010306", "政务公开审批", [30, 30]),
        row("208", "社会保障和就业支出", [20, 20]),
        row("20805", "行政事业单位养老支出", [20, 20]),
        row("2080505", "机关事业单位基本养老保险缴费支出", [20, 20]),
      ]),
      codedExpenditure(3),
      table(4, [
        inc("一、一般公共预算", 100),
        exp("一、一般公共服务支出", [80, 80, null, null]),
        inc("二、政府性基金预算", null),
        exp("八、社会保障和就业支出", [20, 20, null, null]),
        inc("本年收入合计", 100, "subtotal"),
        exp("本年支出合计", [100, 100, null, null], "subtotal"),
        inc("上年财政拨款结转", null),
        inc("一、一般公共预算", null, "item", "上年财政拨款结转"),
        exp("年终结转", [null, null, null, null]),
        inc("收入总计", 100, "total"),
        exp("支出总计", [100, 100, null, null], "total"),
      ]),
      codedExpenditure(5),
      table(6, [
        row(null, "合计", [70, 60, 10], "total"),
        row(null, "工资福利支出", [60, 60, null], "category"),
        row(null, "基本工资", [40, 40, null], "item", { detail: "工资奖金津补贴" }),
        row(null, "机关事业单位基本养老保险缴费", [20, 20, null], "item", { detail: "社会保障缴费" }),
        row(null, "商品和服务支出", [10, null, 10], "category"),
        row(null, "办公费", [6, null, 6], "item", { detail: "办公经费" }),
        row(null, "公务接待费", [4, null, 4], "item", { detail: "公务接待费" }),
      ]),
      table(7, [row(null, "合计", [null], "total")], true),
      table(8, [row(null, "合计", [null, null, null], "total")], true),
      table(9, [], true),
      table(10, [
        row(null, "因公出国（境）费", [null, null, null, null]),
        row(null, "公务接待费", [4, 4, null, null]),
        row(null, "公务用车购置及运行费", [null, null, null, null], "subtotal"),
        row(null, "①公务用车购置费", [null, null, null, null]),
        row(null, "②公务用车运行维护费", [null, null, null, null]),
        row(null, "合计", [4, 4, null, null], "total"),
      ]),
      table(11, [row(null, "部门合计", [10, 10, null, null], "total"), row(null, "示例市政务服务中心", [10, 10, null, null])]),
      table(12, [
        row(null, "示例市政务服务中心", [30, 30, null, null, null, null], "subtotal"),
        row(null, "Z大厅运行经费", [20, 20, null, null, null, null]),
        row(null, "J网络运维费", [10, 10, null, null, null, null]),
      ]),
      table(13, [], true),
    ],
    narrative: [
      section(1, [fig("预算收入总计", 100, { change: up(10, 11.11) }), fig("本年收入", 100), fig("上年结转", 0), fig("本年单位预算支出总计", 100)]),
      section(2, [fig("预算收入", 100), fig("一般公共预算拨款收入", 100, { share: pct(100) }), fig("政府性基金预算拨款收入", 0, { share: pct(0, 0) })]),
      section(3, [fig("支出预算", 100), fig("基本支出", 70, { share: pct(70) }), fig("项目支出", 30, { share: pct(30) })]),
      section(4, [fig("财政拨款收支总预算", 100), fig("一般公共预算拨款", 100), fig("一般公共服务支出", 80), fig("社会保障和就业支出", 20)]),
      section(5, [
        fig("一般公共预算当年支出", 100, { change: up(10, 11.11) }),
        fig("一般公共预算当年支出", 100),
        fig("一般公共服务支出", 80, { share: pct(80) }),
        fig("社会保障和就业支出", 20, { share: pct(20) }),
      ]),
      section(6, [fig("一般公共预算安排基本支出", 70), fig("人员经费", 60), fig("公用经费", 10)]),
      section(7, [
        fig("财政拨款安排的“三公”经费预算", 4, { change: { direction: "increase", amount: 100, percent: null } }),
        fig("因公出国(境)费", 0, { change: { direction: "same", amount: 0, percent: null } }),
        fig("公务接待费", 4, { change: { direction: "increase", amount: 100, percent: null } }),
        fig("公务用车购置及运行费", 0, { change: { direction: "same", amount: 0, percent: null } }),
      ]),
      section(8, [fig("机关运行经费财政拨款预算", 10)]),
      section(9, [fig("政府采购预算总额", 5), fig("政府采购货物预算", 2), fig("政府采购工程预算", 0), fig("政府采购服务预算", 3)]),
      section(10, [count("纳入绩效目标管理的二级项目", 2), fig("共计金额", 30), count("公开项目绩效目标", 2)]),
      section(11, []),
    ].map((s) => ({ ...s, text: TEXT[s.no] ?? s.text })),
    performance: [
      {
        projectName: "Z大厅运行经费",
        department: "001-示例市行政审批服务管理局",
        implementingUnit: "示例市政务服务中心",
        annualTotal: 20000000,
        annualSources: { central: 0, provincial: 0, local: 20000000, selfRaised: 0, other: null },
        line: lineNo++,
      },
      {
        projectName: "J网络运维费",
        department: "001-示例市行政审批服务管理局",
        implementingUnit: "示例市政务服务中心",
        annualTotal: 10000000,
        annualSources: { central: 0, provincial: 0, local: 10000000, selfRaised: 0, other: null },
        line: lineNo++,
      },
    ],
  };
}

/** Finds a row to mutate. */
export function rowOf(d: Disclosure, no: TableNo, name: string | RegExp, side?: "income" | "expenditure"): TableRow {
  const t = d.tables.find((x) => x.no === no)!;
  const r = t.rows.find((x) => (side ? x.side === side : true) && (typeof name === "string" ? x.name === name || x.code === name : name.test(x.name)));
  if (!r) throw new Error(`no row ${String(name)} in table ${no}`);
  return r;
}

export function figureOf(d: Disclosure, sectionNo: number, label: RegExp): NarrativeFigure {
  const f = d.narrative.find((s) => s.no === sectionNo)!.figures.find((x) => label.test(x.label));
  if (!f) throw new Error(`no figure ${label} in section ${sectionNo}`);
  return f;
}
