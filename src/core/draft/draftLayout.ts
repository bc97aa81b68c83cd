/**
 * Next year's disclosure drafted from this year's: the same 13 tables with the years advanced, this
 * year's figures kept beside each row as 上年数, input cells only where figures are truly entered
 * (leaf rows), every other cell a formula — parents from children, 合计 rows, table 1 and 4 from the
 * detail tables, table 5 from table 3 when all money is 一般公共预算, table 11 from table 6 公用经费
 * for 行政/参公 units. Filling the inputs fills all 13 tables consistently.
 */
import { type Amount, amountToNumber } from "../amount";
import { findTable, type Disclosure, type DisclosureTable, type TableNo, type TableRow } from "../model";
import { bareName, onlyGeneralBudget as allGeneralBudget, totalRow } from "../model/rows";
import { placeTableChecks, placedVerdict } from "../layout/checkCells";
import { columnPlan, groupHeaders, refList } from "../layout/tableSheet";
import { operandsOf, relationInstances, type Locate, type Operand, type RelationInstance, type SheetCell, type SumRelation } from "../relations";
import { buildChecksSheet } from "../layout/checksSheet";
import { RULES, type Rule } from "../rules";
import { CellCollector } from "../layout/cells";
import { withPrintSetup } from "../layout/print";
import type { SheetLayout, WorkbookLayout } from "../layout/types";
import { buildDraftNarrative } from "./draftNarrative";
import { DraftPlacements, draftSheetName, type DraftPlacement } from "./placements";

export { DraftPlacements, draftSheetName, type DraftPlacement } from "./placements";

/** The same rows as an imported table sheet: group header, column names, body. */
const GROUP_ROW = 3;
const HEADER_ROW = 4;
const FIRST_ROW = 5;

const onlyGeneralBudget = allGeneralBudget;

/** Cross-table formulas: value j of a row taken from another table. */
function crossTableFormula(d: Disclosure, table: DisclosureTable, row: TableRow, j: number, p: DraftPlacements, sheet: string): string | undefined {
  const t = (no: TableNo) => findTable(d, no);
  if (table.no === 1 && row.side === "income" && row.kind === "item" && j === 0) {
    const t2total = totalRow(t(2));
    const columns: [RegExp, number][] = [
      [/^一般公共预算/, 1],
      [/^政府性基金/, 2],
      [/^国有资本经营/, 3],
      [/^财政专户/, 4],
      [/^单位资金/, 5],
      [/^上年结转$/, 6],
    ];
    const column = columns.find(([pattern]) => pattern.test(bareName(row.name)));
    return column && p.ref(t2total, column[1], sheet);
  }
  if (table.no === 1 && row.side === "expenditure" && row.kind === "item" && j === 1) {
    const t3row = t(3)?.rows.find((r) => r.code?.length === 3 && bareName(r.name) === bareName(row.name));
    const source = p.ref(t3row, 0, sheet);
    const carry = p.ref(row, 2, sheet);
    return source && `${source}-${carry}`;
  }
  if (table.no === 4 && row.side === "income" && row.section === undefined && row.kind === "item" && j === 0) {
    if (/^一般公共预算$/.test(bareName(row.name))) return p.ref(totalRow(t(5)), 0, sheet);
    if (/^政府性基金预算$/.test(bareName(row.name))) return p.ref(totalRow(t(8)), 0, sheet);
    if (/^国有资本经营预算$/.test(bareName(row.name))) return p.ref(totalRow(t(9), "expenditure"), 0, sheet);
  }
  if (table.no === 4 && row.side === "expenditure" && row.kind === "item" && (j === 1 || j === 2)) {
    const source = j === 1 ? t(5) : t(8);
    const match = source?.rows.find((r) => r.code?.length === 3 && bareName(r.name) === bareName(row.name));
    return p.ref(match, 0, sheet);
  }
  if (table.no === 5 && onlyGeneralBudget(d)) {
    const t3row = row.kind === "total" ? totalRow(t(3)) : t(3)?.rows.find((r) => r.code === row.code);
    return p.ref(t3row, j, sheet);
  }
  if (table.no === 11 && row.kind === "item" && j === 1 && (d.unitType === "行政单位" || d.unitType === "参公事业单位")) {
    return p.ref(totalRow(t(6)), 2, sheet);
  }
  return undefined;
}

function buildDraftTableSheet(
  d: Disclosure,
  table: DisclosureTable,
  p: DraftPlacements,
  prefill: boolean,
  instances: RelationInstance[],
  checks: DraftChecks,
  previous?: DraftOptions["previousValues"],
): SheetLayout {
  const name = draftSheetName(table.no);
  const plan = columnPlan(table);
  const year = d.year ?? new Date().getFullYear();
  const out = new CellCollector();
  const cells = out.cells;
  const put = out.value.bind(out);
  const formula = out.formula.bind(out);

  const width = plan.headers.length;
  const previousStart = width + 1;
  const sides = table.incomeColumns
    ? [...table.incomeColumns.map((c) => `上年${c}`), ...table.columns.map((c) => `上年${c}`)]
    : table.columns.map((c) => `上年${c}`);
  const checkCol = previousStart + sides.length;
  put(1, 1, table.title.replace(String(year), String(year + 1)), "title");
  put(2, 1, `单位名称：${d.unit ?? ""}（${year + 1}年度草稿，黄色单元格为录入项）`, "subtitle");
  put(2, width, `单位：${table.moneyUnit}`, "subtitle");
  const merges: SheetLayout["merges"] = [{ from: [1, 1], to: [1, width] }];
  out.groupHeader(GROUP_ROW, [...groupHeaders(table, year + 1), ["上年数", previousStart, previousStart + sides.length - 1]], merges);
  plan.headers.forEach((h, i) => put(HEADER_ROW, i + 1, h, "header"));
  sides.forEach((h, i) => put(HEADER_ROW, previousStart + i, h, "header"));

  // The table's own sums define its derived cells: a parent from its children, 合计 from its parts.
  const locate: Locate = (op) => {
    const at = op.kind === "cell" ? p.get(op.row) : undefined;
    return at && op.kind === "cell" ? { sheet: at.sheet, row: at.row, col: at.col + op.col } : undefined;
  };
  const own = new Set<TableRow>(table.rows);
  const sums = instances
    .map((i) => i.relation)
    .filter(
      (r): r is SumRelation =>
        r.kind === "sum" && r.total.kind === "cell" && own.has(r.total.row) && r.parts.every((part) => part.kind === "cell" && own.has(part.row)),
    );
  const isRowTotal = (r: SumRelation) => r.parts.every((part) => part.kind === "cell" && r.total.kind === "cell" && part.row === r.total.row);
  const derived = new Map<string, string>();
  const sumFormula = (r: SumRelation) => `=SUM(${refList(r.parts.map((part) => locate(part)!))})`;
  const keyOf = (r: SumRelation) => (r.total.kind === "cell" ? `${table.rows.indexOf(r.total.row)}|${r.total.col}` : "");
  for (const r of sums) if (isRowTotal(r) && !derived.has(keyOf(r))) derived.set(keyOf(r), sumFormula(r));
  // Tree and category sums win over row totals where both apply (they agree when consistent).
  for (const r of sums) if (!isRowTotal(r)) derived.set(keyOf(r), sumFormula(r));

  const outline: SheetLayout["outline"] = [];
  table.rows.forEach((row, index) => {
    const at = p.get(row)!;
    const expenditure = row.side === "expenditure";
    const codeCol = expenditure ? plan.expenditureCode : plan.code;
    const nameCol = expenditure ? plan.expenditureName : plan.name;
    const bold = row.kind !== "item";
    if (codeCol) put(at.row, codeCol, row.code, "code");
    if (nameCol) put(at.row, nameCol, row.kind === "total" && !row.side ? "合计" : row.name, "name", bold);
    if (plan.detail && row.detail) put(at.row, plan.detail, row.detail, "name");
    row.values.forEach((value, j) => {
      const cross = crossTableFormula(d, table, row, j, p, name);
      const own = derived.get(`${index}|${j}`);
      if (cross) formula(at.row, at.col + j, `=${cross}`, "total", bold);
      else if (own) formula(at.row, at.col + j, own, "total", bold);
      else put(at.row, at.col + j, prefill && value !== null ? amountToNumber(value) : null, "input");
      const shown = previous ? (previous(table, row)?.[j] ?? null) : value;
      put(at.row, at.previousCol + j, shown === null ? null : amountToNumber(shown), "previous");
    });
    if (row.code && row.code.length > 3 && !row.side) outline.push({ row: at.row, level: (row.code.length - 3) / 2 });
  });

  // The same live checks as an imported table: they stay ✓ unless someone overrides a formula.
  const block = placeTableChecks(table, instances, locate, name, checkCol, (col) => plan.headers[col - 1]);
  checks.placed.push(...block.placed);
  checks.rest = block.rest;
  cells.push(...block.cells);
  for (const c of block.columns) put(HEADER_ROW, c.col, c.header, "header");
  const checkColumns = block.columns.map((c) => c.col);

  const lastRow = Math.max(FIRST_ROW, ...table.rows.map((r) => p.get(r)!.row));
  return {
    name,
    kind: "table",
    tableNo: table.no,
    cells,
    merges,
    columnWidths: [
      ...plan.headers.map((_, i): number => (i + 1 === plan.name || i + 1 === plan.expenditureName ? 32 : 13)),
      ...sides.map(() => 12),
      ...checkColumns.map(() => 22),
    ],
    frozenRows: HEADER_ROW,
    outline,
    body: table.rows.length > 0 ? { headerRow: HEADER_ROW, firstCol: 1, lastRow, lastCol: Math.max(checkCol - 1, ...checkColumns) } : undefined,
    checkColumn: checkColumns[0],
    checkColumns,
    rowOfLine: {},
    protect: true,
  };
}

/** Places every row of every table before any formula is written: formulas refer across tables. */
function placeTables(d: Disclosure): DraftPlacements {
  const p = new DraftPlacements();
  for (const table of d.tables) {
    const plan = columnPlan(table);
    const width = plan.headers.length;
    const incomeWidth = table.incomeColumns?.length ?? 0;
    const lines = [...new Set(table.rows.map((r) => r.line))].sort((a, b) => a - b);
    const rowOf = new Map(lines.map((line, i) => [line, FIRST_ROW + i]));
    for (const row of table.rows) {
      const expenditure = row.side === "expenditure";
      const col = (expenditure ? plan.expenditureValues : plan.values) ?? plan.values;
      const previousCol = width + 1 + (table.incomeColumns ? (expenditure ? incomeWidth : 0) : 0);
      p.set(row, { sheet: draftSheetName(table.no), row: rowOf.get(row.line)!, col, previousCol });
    }
  }
  return p;
}

export const DRAFT_CHECKS_SHEET = "校验（草稿）";

/** The relations of the draft: placed beside their table, or left for the draft's 校验 sheet. */
interface DraftChecks {
  placed: { instance: RelationInstance; at: SheetCell }[];
  rest: RelationInstance[];
}

export interface DraftOptions {
  /** Start the input cells from this year's figures instead of blank. */
  prefill?: boolean;
  /** The catalogue whose relations the draft's check cells show (the whole catalogue by default). */
  rules?: readonly Rule[];
  /** 上年数 taken from another document (the published one, src/core/compare) row by row; the document's own figures otherwise. */
  previousValues?: (table: DisclosureTable, row: TableRow) => (Amount | null)[] | undefined;
}

export function buildDraftLayout(d: Disclosure, options: DraftOptions = {}): WorkbookLayout {
  const p = placeTables(d);
  // The narrative's relations compare this year's text: the draft writes its own, so they do not apply.
  const statesFigure = (op: Operand): boolean =>
    (op.kind !== "cell" && op.kind !== "constant" && op.kind !== "sum") || (op.kind === "sum" && op.parts.some(statesFigure));
  const checks: DraftChecks = {
    placed: [],
    // So do the performance tables' (this year's targets, constants of their relations).
    rest: relationInstances(
      d,
      (options.rules ?? RULES).filter((rule) => rule.scope !== "performance"),
    ).filter((i) => !operandsOf(i.relation).some(statesFigure)),
  };
  const tables = d.tables.map((t) => buildDraftTableSheet(d, t, p, options.prefill ?? false, checks.rest, checks, options.previousValues));
  const locate: Locate = (op) => {
    const at = op.kind === "cell" ? p.get(op.row) : undefined;
    return at && op.kind === "cell" ? { sheet: at.sheet, row: at.row, col: at.col + op.col } : undefined;
  };
  const checkSheet = buildChecksSheet(d, [], checks.rest, locate, tables, checks.placed, {
    sheet: DRAFT_CHECKS_SHEET,
    title: `${d.unit ?? ""}${(d.year ?? new Date().getFullYear()) + 1}年度预算（草稿）表间校验`,
  });
  const narrative = buildDraftNarrative(d, p);
  const t = (no: TableNo) => findTable(d, no);
  const names = [
    { name: "草稿_收入总计", row: totalRow(t(1), "income") },
    { name: "草稿_支出合计", row: totalRow(t(3)) },
    { name: "草稿_基本支出经济科目合计", row: totalRow(t(6)) },
  ]
    .map(({ name, row }) => ({ name, at: row && p.get(row) }))
    .filter((n): n is { name: string; at: DraftPlacement } => !!n.at)
    .map((n) => ({ name: n.name, sheet: n.at.sheet, row: n.at.row, col: n.at.col }));
  return withPrintSetup({
    sheets: [...tables, narrative, checkSheet],
    names,
    checks: checks.placed.map(placedVerdict),
  });
}
