/**
 * 上年对比: both years side by side in one sheet of the workbook. Amounts are the published figures
 * as values; every difference, rate and flag is a native formula over them, so a corrected figure
 * re-checks itself in Excel, WPS and LibreOffice without the add-in.
 */
import { amountToNumber, type Amount } from "../amount";
import type { Disclosure, DisclosureTable, TableRow } from "../model";
import { cellRef } from "../layout/address";
import { CellCollector } from "../layout/cells";
import type { SheetLayout } from "../layout/types";
import type { Comparison } from "./types";
import { type ComparedTable, comparisonView } from "./templateView";

export const PRIOR_YEAR_SHEET = "上年对比";

const HEADER = ["表", "科目编码", "项目", "上年数", "本年数", "增减额", "增减率", "本年行号", "上年行号"];
const STATEMENT_HEADER = ["部分", "项目", "本年数", "文中增减额", "上年公开数", "应为增减额", "核对", "本年行号", "上年依据"];

/** A row's first amount in 万元 (tables in 元 converted), for the side-by-side columns. */
function wanyuan(table: DisclosureTable, row: TableRow | null): number | null {
  const v = row?.values[0] ?? null;
  if (v === null) return null;
  return table.moneyUnit === "元" ? v / 1000000 : amountToNumber(v);
}

const n = (v: Amount | null) => (v === null ? null : amountToNumber(v));

export function buildPriorYearSheet(last: Disclosure, current: Disclosure, comparison: Comparison): SheetLayout {
  const out = new CellCollector();
  const put = out.value.bind(out);
  const formula = out.formula.bind(out);
  put(1, 1, `${current.unit ?? ""} ${current.year ?? ""}年度与${last.year ?? "上"}年度预算公开对比`, "title");
  put(2, 1, "单位：万元。上年数、本年数为两份公开所印的数字；增减额、增减率和核对为公式。", "note");

  // The year-on-year statements first: what the text says against what last year published.
  let row = 4;
  put(row, 1, "情况说明中的同比说法", "subtitle", true);
  row++;
  STATEMENT_HEADER.forEach((h, i) => put(row, i + 1, h, "header"));
  const checkColumn = 7;
  row++;
  const statements = comparison.statements;
  // A template's narrative as the comparison read it (its statements are figures there).
  const figures = new Map(comparisonView(current).narrative.flatMap((s) => s.figures.map((f) => [`${s.no}|${f.line}|${f.label}`, f] as const)));
  for (const s of statements) {
    const figure = figures.get(`${s.section}|${s.line}|${s.label}`);
    const change = figure?.change;
    if (!figure || !change) continue;
    const stated = change.direction === "same" ? 0 : change.direction === "increase" ? change.amount : -(change.amount ?? 0);
    put(row, 1, s.section, "code");
    put(row, 2, s.label, "name");
    put(row, 3, n(figure.value), "amount");
    put(row, 4, n(stated), "amount");
    put(row, 5, n(s.lastValue), "amount");
    if (s.lastValue === null) {
      put(row, 6, null, "amount");
      put(row, 7, "上年公开中未找到", "check");
    } else {
      const [thisYear, statedChange, lastYear, shouldBe] = [cellRef(row, 3), cellRef(row, 4), cellRef(row, 5), cellRef(row, 6)];
      formula(row, 6, `${thisYear}-${lastYear}`, "amount");
      formula(
        row,
        7,
        `IF(ROUND(${statedChange}-${shouldBe},2)=0,"✓","差 "&TEXT(${statedChange}-${shouldBe},"0.00")&"：应为"&TEXT(${shouldBe},"0.00"))`,
        "check",
      );
    }
    put(row, 8, s.line, "line");
    put(row, 9, s.lastSource ?? "", "note");
    row++;
  }
  if (statements.length === 0) put(row++, 1, "本年情况说明没有“比上年增加/减少”“与上年相同”的说法", "note");

  // Then every matched table, row by row.
  row += 1;
  put(row, 1, "各表逐行对比（按科目编码、名称匹配）", "subtitle", true);
  row++;
  HEADER.forEach((h, i) => put(row, i + 1, h, "header"));
  row++;
  for (const pair of comparison.tables) {
    for (const rows of pair.rows) {
      const sample = rows.current ?? rows.last!;
      const lastValue = wanyuan(pair.last, rows.last);
      const currentValue = wanyuan(pair.current, rows.current);
      if (lastValue === null && currentValue === null) continue;
      const bold = sample.kind === "total" || sample.kind === "subtotal";
      put(row, 1, (pair.current as ComparedTable).label ?? `表${pair.current.no}`, "code");
      put(row, 2, sample.code ?? "", "code");
      put(
        row,
        3,
        rows.current && rows.last && rows.current.name !== rows.last.name ? `${rows.current.name}（上年：${rows.last.name}）` : sample.name,
        "name",
        bold,
      );
      put(row, 4, lastValue ?? 0, "amount", bold);
      put(row, 5, currentValue ?? 0, "amount", bold);
      const [lastRef, currentRef] = [cellRef(row, 4), cellRef(row, 5)];
      formula(row, 6, `${currentRef}-${lastRef}`, "amount", bold);
      formula(row, 7, `IF(${lastRef}=0,"",(${currentRef}-${lastRef})/ABS(${lastRef}))`, "percent", bold);
      put(row, 8, rows.current?.line ?? null, "line");
      put(row, 9, rows.last?.line ?? null, "line");
      row++;
    }
  }
  return {
    name: PRIOR_YEAR_SHEET,
    kind: "checks",
    cells: out.cells,
    merges: [],
    columnWidths: [8, 12, 40, 14, 14, 14, 24, 10, 30],
    frozenRows: 0,
    outline: [],
    checkColumn,
    rowOfLine: {},
  };
}
