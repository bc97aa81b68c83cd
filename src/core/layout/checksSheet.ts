/**
 * 校验: live cross-table checks as native formulas over the table sheets, a count of the table
 * sheets' own flags, and the rule engine's findings at import time, each linked to its cell.
 */
import { findTable, type Disclosure, type TableNo, type TableRow } from "../model";
import type { Finding } from "../rules";
import { rowsOn, totalRow } from "../model/rows";
import { projectGroups } from "../model/projects";
import { cellRef, columnLetter, quoteSheet, sheetRef } from "./address";
import type { PlacementMap } from "./tableSheet";
import { CellCollector } from "./cells";
import type { SheetLayout } from "./types";

export const CHECKS_SHEET = "校验";

const SEVERITY = { error: "错误", warning: "提示", info: "说明" } as const;

interface CrossCheck {
  label: string;
  left: [TableRow | undefined, number];
  right: [TableRow | undefined, number];
}

function crossChecks(d: Disclosure): CrossCheck[] {
  const t = (no: TableNo) => findTable(d, no);
  const checks: CrossCheck[] = [];
  const t1Income = rowsOn(t(1), "income");
  const t1Expenditure = rowsOn(t(1), "expenditure");
  checks.push({
    label: "表1 收入总计 = 支出总计",
    left: [t1Income.find((r) => r.kind === "total"), 0],
    right: [t1Expenditure.find((r) => r.kind === "total"), 0],
  });
  checks.push({ label: "表1 本年收入合计 = 表2 合计", left: [t1Income.find((r) => r.kind === "subtotal"), 0], right: [totalRow(t(2)), 0] });
  checks.push({ label: "表1 本年支出合计 = 表3 合计", left: [t1Expenditure.find((r) => r.kind === "subtotal"), 0], right: [totalRow(t(3)), 0] });
  const noCarryOver = !t(2)?.rows.some((r) => (r.values[6] ?? 0) !== 0);
  if (noCarryOver) checks.push({ label: "表2 合计 = 表3 合计（无上年结转）", left: [totalRow(t(2)), 0], right: [totalRow(t(3)), 0] });
  const onlyGeneral = totalRow(t(2))
    ?.values.slice(2)
    .every((v) => (v ?? 0) === 0);
  if (onlyGeneral) checks.push({ label: "表5 合计 = 表3 合计（全部为一般公共预算）", left: [totalRow(t(5)), 0], right: [totalRow(t(3)), 0] });
  checks.push({ label: "表6 合计 = 表5 基本支出合计", left: [totalRow(t(6)), 0], right: [totalRow(t(5)), 1] });
  if (d.unitType === "行政单位" || d.unitType === "参公事业单位") {
    checks.push({ label: `表11 机关运行经费 = 表6 公用经费合计（${d.unitType}）`, left: [totalRow(t(11)), 0], right: [totalRow(t(6)), 2] });
  }
  const t12 = t(12);
  const t12Total = totalRow(t12) ?? (t12 ? projectGroups(t12.rows).find((g) => g.subtotal)?.subtotal : undefined);
  checks.push({ label: "表12 合计 = 表3 项目支出合计", left: [t12Total, 0], right: [totalRow(t(3)), 2] });
  checks.push({ label: "表4 收入总计 = 支出总计", left: [totalRow(t(4), "income"), 0], right: [totalRow(t(4), "expenditure"), 0] });
  return checks.filter((c) => c.left[0] && c.right[0]);
}

export function buildChecksSheet(d: Disclosure, findings: Finding[], placements: PlacementMap, tableSheets: SheetLayout[]): SheetLayout {
  const out = new CellCollector();
  const cells = out.cells;
  const put = out.value.bind(out);
  const formula = out.formula.bind(out);

  put(1, 1, `${d.unit ?? ""}${d.year ?? ""}年度预算公开 校验`, "title");
  put(2, 1, "各表“校验”列中的错误", "name", true);
  const flagRanges = tableSheets
    .filter((s) => s.checkColumn && s.body)
    .map((s) => `${quoteSheet(s.name)}!${columnLetter(s.checkColumn!)}${s.body!.headerRow + 1}:${columnLetter(s.checkColumn!)}${s.body!.lastRow}`);
  formula(2, 3, flagRanges.length === 0 ? "=0" : `=${flagRanges.map((r) => `SUMPRODUCT(--(LEFT(${r},1)="差"))`).join("+")}`, "check");
  put(2, 4, "处", "name");

  ["检查", "", "左边", "右边", "差额", "结果"].forEach((h, i) => h && put(4, i + 1, h, "header"));
  put(3, 1, "表间勾稽（随表中数字实时计算）", "subtitle");
  let row = 5;
  for (const check of crossChecks(d)) {
    const left = placements.get(check.left[0], check.left[1])!;
    const right = placements.get(check.right[0], check.right[1])!;
    put(row, 1, check.label, "name");
    formula(row, 3, `=${sheetRef(left.sheet, left.row, left.col)}`, "amount");
    formula(row, 4, `=${sheetRef(right.sheet, right.row, right.col)}`, "amount");
    formula(row, 5, `=ROUND(${cellRef(row, 3)}-${cellRef(row, 4)},2)`, "amount");
    formula(row, 6, `=IF(ROUND((${cellRef(row, 3)}-${cellRef(row, 4)})*100,0)=0,"✓","差 "&TEXT(${cellRef(row, 5)},"0.00"))`, "check");
    row++;
  }

  row++;
  put(row++, 1, "全部检查结果（导入时按规则目录检查）", "subtitle");
  ["级别", "规则", "说明", "应为", "实际", "位置"].forEach((h, i) => put(row, i + 1, h, "header"));
  row++;
  const findingsStart = row;
  const order = { error: 0, warning: 1, info: 2 };
  for (const f of [...findings].sort((a, b) => order[a.severity] - order[b.severity])) {
    put(row, 1, SEVERITY[f.severity], f.severity === "error" ? "error" : f.severity === "warning" ? "warning" : "note");
    put(row, 2, f.rule, "name");
    put(row, 3, f.message, "note");
    put(row, 4, f.expected, typeof f.expected === "number" ? "amount" : "name");
    put(row, 5, f.actual, typeof f.actual === "number" ? "amount" : "name");
    const target = f.lines
      .map((line) => tableSheets.find((s) => s.rowOfLine[line] !== undefined && (f.tables.length === 0 || f.tables.includes(s.tableNo as TableNo))))
      .find((s) => s);
    if (target) {
      const line = f.lines.find((l) => target.rowOfLine[l] !== undefined)!;
      formula(row, 6, `=HYPERLINK("#${quoteSheet(target.name)}!A${target.rowOfLine[line]}","${target.name} 第${line}行")`, "link");
    } else if (f.lines.length > 0) {
      put(row, 6, `原文第${f.lines[0]}行`, "line");
    }
    row++;
  }
  if (findings.length === 0) put(row, 1, "未发现问题", "name");
  return {
    name: CHECKS_SHEET,
    kind: "checks",
    cells,
    merges: [{ from: [1, 1], to: [1, 6] }],
    columnWidths: [44, 24, 60, 12, 12, 24],
    frozenRows: 1,
    outline: [],
    body: findings.length > 0 ? { headerRow: findingsStart - 1, firstCol: 1, lastRow: row - 1, lastCol: 6 } : undefined,
    rowOfLine: {},
  };
}
