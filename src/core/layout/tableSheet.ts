/** One sheet per standard table, laid out like the published table, with a live check column. */
import { amountToNumber } from "../amount";
import type { Disclosure, DisclosureTable, TableRow } from "../model";
import { tableSpec } from "../tableSpecs";
import { cellRef, safeSheetName } from "./address";
import type { RelationInstance, SheetCell } from "../relations";
import { placeTableChecks } from "./checkCells";
import { CellCollector } from "./cells";
import type { SheetLayout } from "./types";

/** Where each model cell landed: the other sheets' formulas refer to it. */
export interface CellPlacement {
  sheet: string;
  row: number;
  col: number;
}

export class PlacementMap {
  private readonly byRow = new Map<TableRow, { sheet: string; row: number; firstValueCol: number }>();
  set(row: TableRow, sheet: string, sheetRow: number, firstValueCol: number) {
    this.byRow.set(row, { sheet, row: sheetRow, firstValueCol });
  }
  get(row: TableRow | undefined, col: number): CellPlacement | undefined {
    const placed = row && this.byRow.get(row);
    return placed ? { sheet: placed.sheet, row: placed.row, col: placed.firstValueCol + col } : undefined;
  }
}

export function tableSheetName(no: number): string {
  return safeSheetName(`表${String(no).padStart(2, "0")} ${tableSpec(no as 1).shortTitle}`);
}

/** Row 3 groups the columns as the published tables do (项目 | 2025年预算数 …); row 4 names them. */
const GROUP_ROW = 3;
const HEADER_ROW = 4;
const FIRST_BODY_ROW = 5;

/** The group header over the columns: [label, first column, last column] (1-based, sheet columns). */
export function groupHeaders(table: DisclosureTable, year: number | null): [string, number, number][] {
  const spec = tableSpec(table.no);
  const plan = columnPlan(table);
  const budget = `${year ?? ""}年预算数`;
  switch (spec.layout) {
    case "twoSided": {
      const incomeEnd = plan.values + (table.incomeColumns?.length ?? 1) - 1;
      return [
        ["收入", 1, incomeEnd],
        ["支出", incomeEnd + 1, plan.headers.length],
      ];
    }
    case "twoSidedCoded":
      return [
        [spec.title.replace(/收支预算表$/, "收入"), 1, plan.values],
        [spec.title.replace(/收支预算表$/, "支出"), plan.values + 1, plan.headers.length],
      ];
  }
  const name: [string, number, number] = [spec.nameHeader ?? "项目", 1, plan.values - 1];
  const groups = spec.headerGroups ?? [["{year}年预算数", 0, table.columns.length]];
  return [
    ...(spec.layout === "projects" ? [] : [name]),
    ...(spec.layout === "projects" ? ([[spec.nameHeader ?? "项目名称", 1, 1]] as [string, number, number][]) : []),
    ...groups.map(([label, from, count]): [string, number, number] => [
      label.replace("{year}年预算数", budget).replace("{year}", `${year ?? ""}`),
      plan.values + from,
      plan.values + from + count - 1,
    ]),
  ];
}

/** Columns by layout: where names, codes and the values of each side go. */
export function columnPlan(table: DisclosureTable) {
  const spec = tableSpec(table.no);
  switch (spec.layout) {
    case "coded":
      return { headers: ["科目编码", "科目名称", ...table.columns], code: 1, name: 2, values: 3 };
    case "economic":
      return { headers: ["部门预算支出经济科目名称", "政府预算支出经济科目名称", ...table.columns], name: 1, detail: 2, values: 3 };
    case "named":
      return { headers: [spec.nameHeader ?? "项目", ...table.columns], name: 1, values: 2 };
    case "projects":
      return { headers: [spec.nameHeader ?? "项目名称", ...table.columns], name: 1, values: 2 };
    case "twoSided":
      return {
        headers: ["收入项目", ...(table.incomeColumns ?? ["金额"]), "支出项目", ...table.columns],
        name: 1,
        values: 2,
        expenditureName: 3,
        expenditureValues: 4,
      };
    case "twoSidedCoded":
      return {
        headers: ["收入科目编码", "科目名称", ...(table.incomeColumns ?? []), "科目编码", "科目名称", ...table.columns],
        code: 1,
        name: 2,
        values: 3,
        expenditureCode: 4,
        expenditureName: 5,
        expenditureValues: 6,
      };
  }
}

/** Groups consecutive rows of one column into ranges: C6:C9,C12. */
export function refList(cells: { row: number; col: number }[]): string {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1].col === sorted[i].col && sorted[j + 1].row === sorted[j].row + 1) j++;
    parts.push(i === j ? cellRef(sorted[i].row, sorted[i].col) : `${cellRef(sorted[i].row, sorted[i].col)}:${cellRef(sorted[j].row, sorted[j].col)}`);
    i = j + 1;
  }
  return parts.join(",");
}

/** The checks placed on a table sheet, and the relations left for the 校验 sheet. */
export interface TableChecks {
  instances: RelationInstance[];
  placed: { instance: RelationInstance; at: SheetCell }[];
  rest: RelationInstance[];
}

/** One table's sheet. With `checks`, the table's own relations get their 校验 cells beside it. */
export function buildTableSheet(disclosure: Disclosure, table: DisclosureTable, placements: PlacementMap, checks?: TableChecks): SheetLayout {
  const name = tableSheetName(table.no);
  const plan = columnPlan(table);
  const out = new CellCollector();
  const cells = out.cells;
  const lastDataCol = plan.headers.length;
  const put = out.value.bind(out);

  // Body rows in document order; rows of both sides printed on one line share a sheet row.
  const lines = [...new Set(table.rows.map((r) => r.line))].sort((a, b) => a - b);
  const rowOfLine: Record<number, number> = {};
  lines.forEach((line, i) => (rowOfLine[line] = FIRST_BODY_ROW + i));
  for (const row of table.rows) {
    const expenditure = row.side === "expenditure";
    placements.set(row, name, rowOfLine[row.line], (expenditure ? plan.expenditureValues : plan.values) ?? plan.values);
  }
  const block = placeTableChecks(
    table,
    checks?.instances ?? [],
    (op) => (op.kind === "cell" ? placements.get(op.row, op.col) : undefined),
    name,
    lastDataCol + 1,
    (col) => plan.headers[col - 1],
  );
  if (checks) {
    checks.placed.push(...block.placed);
    checks.rest.push(...block.rest);
  }
  const checkColumns = block.columns.map((c) => c.col);
  const lineCol = lastDataCol + checkColumns.length + 1;

  put(1, 1, table.title, "title");
  put(2, 1, `单位名称：${disclosure.unit ?? ""}`, "subtitle");
  put(2, lastDataCol, `单位：${table.moneyUnit}`, "subtitle");
  const merges: SheetLayout["merges"] = [{ from: [1, 1], to: [1, lastDataCol] }];
  out.groupHeader(
    GROUP_ROW,
    [
      ...groupHeaders(table, disclosure.year),
      ...(checkColumns.length > 0 ? ([["校验", checkColumns[0], checkColumns[checkColumns.length - 1]]] as [string, number, number][]) : []),
    ],
    merges,
  );
  put(GROUP_ROW, lineCol, null, "header");
  plan.headers.forEach((h, i) => put(HEADER_ROW, i + 1, h, "header"));
  for (const c of block.columns) put(HEADER_ROW, c.col, c.header, "header");
  put(HEADER_ROW, lineCol, "原文行", "header");

  const outline: SheetLayout["outline"] = [];
  for (const row of table.rows) {
    const sheetRow = rowOfLine[row.line];
    const expenditure = row.side === "expenditure";
    const codeCol = expenditure ? plan.expenditureCode : plan.code;
    const nameCol = expenditure ? plan.expenditureName : plan.name;
    const firstValueCol = (expenditure ? plan.expenditureValues : plan.values) ?? plan.values;
    const bold = row.kind === "total" || row.kind === "subtotal" || row.kind === "category";
    if (codeCol) put(sheetRow, codeCol, row.code, "code");
    if (nameCol) put(sheetRow, nameCol, row.kind === "total" && !row.side ? "合计" : row.name, "name", bold);
    if (plan.detail && row.detail) put(sheetRow, plan.detail, row.detail, "name");
    row.values.forEach((v, j) => put(sheetRow, firstValueCol + j, v === null ? null : amountToNumber(v), bold ? "total" : "amount", bold));
    put(sheetRow, lineCol, row.line, "line");
    if (row.code && row.code.length > 3 && !row.side) outline.push({ row: sheetRow, level: (row.code.length - 3) / 2 });
  }
  cells.push(...block.cells);
  if (table.empty) put(FIRST_BODY_ROW + lines.length, 1, "注：本表无数据", "note");

  const lastRow = FIRST_BODY_ROW + Math.max(lines.length, 1) - 1;
  return {
    name,
    kind: "table",
    tableNo: table.no,
    cells,
    merges: [{ from: [1, 1], to: [1, lastDataCol] }],
    columnWidths: plan.headers
      .map((h, i): number =>
        i + 1 === plan.name || i + 1 === plan.expenditureName ? 34 : i + 1 === plan.code || i + 1 === plan.expenditureCode ? 11 : h.length > 8 ? 22 : 14,
      )
      .concat(
        checkColumns.map(() => 22),
        [8],
      ),
    frozenRows: HEADER_ROW,
    outline,
    body: lines.length > 0 ? { headerRow: HEADER_ROW, firstCol: 1, lastRow, lastCol: lineCol } : undefined,
    checkColumn: checkColumns[0],
    checkColumns,
    rowOfLine,
  };
}
