/**
 * The draft's 第三部分: sections 一 to 十 as formula sentences in the wording the published documents
 * use, following the draft tables as the user enters figures, with the change against this year and
 * shares that add to exactly 100.00% (largest remainder, computed by formulas in a helper block).
 * Places where the user must write the reasons say so.
 */
import { findTable, type Disclosure, type TableNo, type TableRow } from "../model";
import { bareName, rowsOn, totalRow } from "../model/rows";
import { projectGroups } from "../model/projects";
import { absoluteRef, cellRef, columnLetter } from "../layout/address";
import type { LayoutCell, SheetLayout } from "../layout/types";
import type { DraftPlacements } from "./placements";

export const DRAFT_NARRATIVE_SHEET = "说明（草稿）";
export const REASON_PLACEHOLDER = "……（请填写原因）";

const HELPER_COL = 12; // L: the share helper block, away from the text

const txt = (ref: string) => `TEXT(${ref},"0.00")`;
const str = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** 比上年增加X万元，增长Y% — or 与上年持平 — between a draft figure and this year's. */
function yoy(current: string, previous: string): string {
  return `IF(ROUND(${current}-${previous},2)=0,"与上年持平",IF(${current}>${previous},"比上年增加","比上年减少")&TEXT(ABS(${current}-${previous}),"0.00")&"万元"&IF(${previous}=0,"","，"&IF(${current}>${previous},"增长","下降")&TEXT(ABS(${current}-${previous})/${previous},"0.00%")))`;
}

export function buildDraftNarrative(d: Disclosure, p: DraftPlacements): SheetLayout {
  const sheet = DRAFT_NARRATIVE_SHEET;
  const year = (d.year ?? new Date().getFullYear()) + 1;
  const prefix = `${year}年度${d.unit ?? ""}`;
  const cells: LayoutCell[] = [];
  const t = (no: TableNo) => findTable(d, no);
  const ref = (row: TableRow | undefined, j: number) => p.ref(row, j, sheet) ?? "0";
  const prev = (row: TableRow | undefined, j: number) => p.previousRef(row, j, sheet) ?? "0";
  let row = 3;
  let helperRow = 3;
  const text = (label: string, formula: string) => {
    cells.push({ row, col: 1, content: { value: label }, style: "name", bold: true });
    cells.push({ row, col: 2, content: { formula: `=${formula}` }, style: "note" });
    row++;
  };

  /** Largest-remainder shares of parts in a whole; returns the cell of each share (a fraction). */
  const balancedShares = (title: string, parts: string[], whole: string): string[] => {
    if (parts.length === 0) return [];
    const col = (k: number) => HELPER_COL + k;
    cells.push({ row: helperRow, col: col(0), content: { value: title }, style: "name", bold: true });
    helperRow++;
    const first = helperRow;
    const last = helperRow + parts.length - 1;
    const total = `(${whole})`;
    const range = (c: number) => `${columnLetter(col(c))}$${first}:${columnLetter(col(c))}$${last}`;
    const missing = absoluteRef(first, col(6));
    parts.forEach((part, i) => {
      const r = helperRow + i;
      const at = (c: number) => cellRef(r, col(c));
      cells.push({ row: r, col: col(0), content: { formula: `=${part}` }, style: "amount" });
      cells.push({ row: r, col: col(1), content: { formula: `=IF(${total}=0,0,${at(0)}/${total}*10000)` } });
      cells.push({ row: r, col: col(2), content: { formula: `=INT(${at(1)}+1E-9)` } });
      cells.push({ row: r, col: col(3), content: { formula: `=${at(1)}-${at(2)}` } });
      const ties = r === first ? "" : `+SUMPRODUCT(--(${columnLetter(col(3))}$${first}:${columnLetter(col(3))}${r - 1}=${at(3)}))`;
      cells.push({ row: r, col: col(4), content: { formula: `=SUMPRODUCT(--(${range(3)}>${at(3)}))${ties}` } });
      cells.push({ row: r, col: col(5), content: { formula: `=IF(${total}=0,0,(${at(2)}+IF(${at(4)}<${missing},1,0))/10000)` }, style: "percent" });
    });
    cells.push({ row: first, col: col(6), content: { formula: `=IF(${total}=0,0,ROUND(SUM(${range(0)})/${total}*10000,0)-SUM(${range(2)}))` } });
    helperRow = last + 2;
    return parts.map((_, i) => cellRef(first + i, col(5)));
  };

  cells.push({ row: 1, col: 1, content: { value: `${prefix}预算情况说明（草稿：随表格自动更新，请补写原因）` }, style: "title" });
  cells.push({ row: 2, col: 1, content: { value: "部分" }, style: "header" });
  cells.push({ row: 2, col: 2, content: { value: "说明" }, style: "header" });
  cells.push({ row: 2, col: HELPER_COL, content: { value: "占比计算（最大余数法，勿改）" }, style: "header" });

  // 一
  const t1 = t(1);
  const incomeTotal = totalRow(t1, "income");
  const incomeSubtotal = rowsOn(t1, "income").find((r) => r.kind === "subtotal");
  const carry = rowsOn(t1, "income").find((r) => bareName(r.name) === "上年结转");
  const expenditureTotal = totalRow(t1, "expenditure");
  const expenditureSubtotal = rowsOn(t1, "expenditure").find((r) => r.kind === "subtotal");
  const level = d.level ?? "单位";
  text(
    "一、收支总体情况",
    `${str(`${prefix}预算收入总计`)}&${txt(ref(incomeTotal, 0))}&"万元，其中：本年收入"&${txt(ref(incomeSubtotal, 0))}&"万元，上年结转"&${txt(ref(carry, 0))}&"万元，"&${yoy(ref(incomeTotal, 0), prev(incomeTotal, 0))}&"，主要原因是${REASON_PLACEHOLDER}；本年${level}预算支出总计"&${txt(ref(expenditureTotal, 0))}&"万元，其中：本年预算安排"&${txt(ref(expenditureSubtotal, 0))}&"万元，"&${yoy(ref(expenditureTotal, 0), prev(expenditureTotal, 0))}&"。"`,
  );

  // 二
  const sources = rowsOn(t1, "income").filter((r) => r.kind === "item" && r.section === undefined);
  const sourceLabel = (r: TableRow) => {
    const name = bareName(r.name);
    return name === "单位资金"
      ? "单位资金"
      : name === "上年结转"
        ? "上年结转"
        : `${name.replace(/预算$/, "预算")}拨款收入`.replace("财政专户管理资金拨款收入", "财政专户管理资金收入");
  };
  const incomeShares = balancedShares(
    "二、收入",
    sources.map((r) => ref(r, 0)),
    ref(incomeTotal, 0),
  );
  text(
    "二、收入预算",
    `${str(`${prefix}预算收入`)}&${txt(ref(incomeTotal, 0))}&"万元，主要包括"${sources.map((r, i) => `&${str(`${i === 0 ? "" : "；"}${sourceLabel(r)}`)}&${txt(ref(r, 0))}&"万元，占"&TEXT(${incomeShares[i]},"0.00%")`).join("")}&"。"`,
  );

  // 三
  const t3total = totalRow(t(3));
  const [basicShare, projectShare] = balancedShares("三、支出", [ref(t3total, 1), ref(t3total, 2)], ref(t3total, 0));
  text(
    "三、支出预算",
    `${str(`${prefix}支出预算`)}&${txt(ref(t3total, 0))}&"万元，其中：基本支出"&${txt(ref(t3total, 1))}&"万元，占"&TEXT(${basicShare},"0.00%")&"；项目支出"&${txt(ref(t3total, 2))}&"万元，占"&TEXT(${projectShare},"0.00%")&"。"`,
  );

  // 四
  const t4 = t(4);
  const t4income = totalRow(t4, "income");
  const t4general = rowsOn(t4, "income").find((r) => r.section === undefined && bareName(r.name) === "一般公共预算");
  text("四、财政拨款收支", `${str(`${prefix}财政拨款收支总预算`)}&${txt(ref(t4income, 0))}&"万元。其中：一般公共预算拨款"&${txt(ref(t4general, 0))}&"万元。"`);

  // 五
  const t5 = t(5);
  const t5total = totalRow(t5);
  text(
    "五、（一）一般公共预算当年支出规模",
    `${str(`${prefix}一般公共预算当年支出`)}&${txt(ref(t5total, 0))}&"万元，"&${yoy(ref(t5total, 0), prev(t5total, 0))}&"，主要原因是${REASON_PLACEHOLDER}。"`,
  );
  const classes = (t5?.rows ?? []).filter((r) => r.code?.length === 3);
  const classShares = balancedShares(
    "五、一般公共预算支出结构",
    classes.map((r) => ref(r, 0)),
    ref(t5total, 0),
  );
  text(
    "五、（二）一般公共预算当年支出结构",
    `${str(`${prefix}一般公共预算当年支出`)}&${txt(ref(t5total, 0))}&"万元，主要用于以下方面："${classes.map((r, i) => `&${str(`${i === 0 ? "" : "；"}${bareName(r.name)}`)}&${txt(ref(r, 0))}&"万元，占"&TEXT(${classShares[i]},"0.00%")`).join("")}&"等。"`,
  );

  // 六
  const t6 = t(6);
  const t6total = totalRow(t6);
  const items = (col: number) =>
    (t6?.rows ?? [])
      .filter((r) => r.kind === "item" && (r.values[col] ?? 0) !== 0)
      .map((r) => r.name)
      .join("、") || "无";
  text(
    "六、一般公共预算基本支出",
    `${str(`${prefix}一般公共预算安排基本支出`)}&${txt(ref(t6total, 0))}&"万元，其中：人员经费"&${txt(ref(t6total, 1))}&${str(`万元，主要包括：${items(1)}等；公用经费`)}&${txt(ref(t6total, 2))}&${str(`万元，主要包括：${items(2)}等。`)}`,
  );

  // 七, 八
  const t10total = totalRow(t(10));
  text(
    "七、“三公”经费",
    `${str(`${year}年${d.unit ?? ""}财政拨款安排的“三公”经费预算`)}&${txt(ref(t10total, 0))}&"万元，"&${yoy(ref(t10total, 0), prev(t10total, 0))}&"，主要原因是${REASON_PLACEHOLDER}。"`,
  );
  const t11total = totalRow(t(11));
  text(
    "八、机关运行经费",
    `"本${level}机关运行经费财政拨款预算"&${txt(ref(t11total, 0))}&"万元，"&${yoy(ref(t11total, 0), prev(t11total, 0))}&"，原因是${REASON_PLACEHOLDER}。"`,
  );

  // 九: procurement has no table; its parts are entered here.
  const inputRow = row;
  cells.push({ row: inputRow, col: 1, content: { value: "政府采购（录入）" }, style: "name", bold: true });
  ["货物", "工程", "服务"].forEach((label, i) => {
    cells.push({ row: inputRow, col: 3 + 2 * i, content: { value: label }, style: "name" });
    cells.push({ row: inputRow, col: 4 + 2 * i, content: { value: null }, style: "input" });
  });
  row++;
  const goods = cellRef(inputRow, 4);
  const works = cellRef(inputRow, 6);
  const services = cellRef(inputRow, 8);
  text(
    "九、政府采购",
    `${str(`${year}年${d.unit ?? ""}政府采购预算总额`)}&${txt(`SUM(${goods},${works},${services})`)}&"万元。其中：政府采购货物预算"&${txt(goods)}&"万元、政府采购工程预算"&${txt(works)}&"万元、政府采购服务预算"&${txt(services)}&"万元。"`,
  );

  // 十
  const t12 = t(12);
  const group = t12 ? projectGroups(t12.rows).find((g) => g.projects.length > 0) : undefined;
  const projectRefs = group?.projects.map((r) => ref(r, 0)) ?? [];
  // Each (amount>0) is TRUE or FALSE; their sum counts the projects with money.
  const count = projectRefs.length > 0 ? `(${projectRefs.map((r) => `(${r}>0)`).join("+")})` : "0";
  const subtotal = group?.subtotal ? ref(group.subtotal, 0) : "0";
  text("十、绩效管理", `${str(`${year}年${d.unit ?? ""}纳入绩效目标管理的二级项目`)}&${count}&"个，共计金额"&${txt(subtotal)}&"万元。"`);

  // Chart data: 一般公共预算当年拨款结构 (by class) and 三公经费分布, labels beside live values.
  const charts: SheetLayout["charts"] = [];
  const chartBlock = (title: string, rows: [string, string][]) => {
    if (rows.length === 0) return;
    const start = Math.max(row, helperRow) + 1;
    cells.push({ row: start, col: 1, content: { value: title }, style: "name", bold: true });
    rows.forEach(([label, value], i) => {
      cells.push({ row: start + 1 + i, col: 1, content: { value: label }, style: "name" });
      cells.push({ row: start + 1 + i, col: 2, content: { formula: `=${value}` }, style: "amount" });
    });
    charts.push({ title, kind: "pie", firstRow: start + 1, lastRow: start + rows.length, labelCol: 1, anchor: { row: start, col: 4 } });
    row = start + rows.length + 16; // room for the chart
  };
  chartBlock(
    "一般公共预算当年拨款结构图",
    classes.map((r) => [bareName(r.name), ref(r, 0)]),
  );
  const t10 = t(10);
  chartBlock(
    "三公经费分布图",
    [/^因公出国/, /^公务接待费/, /^公务用车购置及运行/]
      .map((pattern) => t10?.rows.find((r) => pattern.test(bareName(r.name))))
      .filter((r): r is TableRow => !!r)
      .map((r) => [bareName(r.name), ref(r, 0)]),
  );

  return {
    name: sheet,
    kind: "narrative",
    charts,
    cells,
    merges: [{ from: [1, 1], to: [1, 8] }],
    columnWidths: [30, 110, 8, 10, 8, 10, 8, 10, 4, 4, 4, 12, 10, 8, 10, 8, 10, 8],
    frozenRows: 2,
    outline: [],
    rowOfLine: {},
  };
}
