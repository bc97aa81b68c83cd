/**
 * Next year's disclosure drafted from this year's: the same 13 tables with the years advanced, this
 * year's figures kept beside each row as 上年数, input cells only where figures are truly entered
 * (leaf rows), every other cell a formula — parents from children, 合计 rows, table 1 and 4 from the
 * detail tables, table 5 from table 3 when all money is 一般公共预算, table 11 from table 6 公用经费
 * for 行政/参公 units. The formulas are the relation declarations solved for the cells they determine
 * (draftFormulas.ts), so filling the inputs fills all 13 tables consistently.
 */
import { type Amount, amountToNumber } from "../amount";
import { findTable, type Disclosure, type DisclosureTable, type TableNo, type TableRow } from "../model";
import { totalRow } from "../model/rows";
import { placeTableChecks, placedVerdict } from "../layout/checkCells";
import { columnPlan, groupHeaders, refList } from "../layout/tableSheet";
import { operandsOf, relationInstances, type Operand, type RelationInstance, type SheetCell } from "../relations";
import { buildChecksSheet } from "../layout/checksSheet";
import { RULES, type Rule } from "../rules";
import { CellCollector } from "../layout/cells";
import { withPrintSetup } from "../layout/print";
import type { SheetLayout, WorkbookLayout } from "../layout/types";
import { type CellDefinition, type DraftCell, DraftFormulas } from "./draftFormulas";
import { buildDraftNarrative } from "./draftNarrative";
import { DraftPlacements, draftSheetName, type DraftPlacement } from "./placements";

export { DraftPlacements, draftSheetName, type DraftPlacement } from "./placements";

/** The same rows as an imported table sheet: group header, column names, body. */
const GROUP_ROW = 3;
const HEADER_ROW = 4;
const FIRST_ROW = 5;

function buildDraftTableSheet(
  d: Disclosure,
  table: DisclosureTable,
  p: DraftPlacements,
  prefill: boolean,
  formulas: DraftFormulas,
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

  const ref = (c: DraftCell) => p.ref(c.row, c.col, name)!;
  const formulaOf = (definition: CellDefinition): string => {
    switch (definition.kind) {
      case "copy":
        return `=${ref(definition.from)}`;
      case "sum":
        return `=SUM(${refList(definition.parts.map((c) => p.locate({ kind: "cell", ...c })!))})`;
      case "rest":
        return `=${[definition.total, ...definition.others].map(ref).join("-")}`;
    }
  };

  const outline: SheetLayout["outline"] = [];
  table.rows.forEach((row) => {
    const at = p.get(row)!;
    const expenditure = row.side === "expenditure";
    const codeCol = expenditure ? plan.expenditureCode : plan.code;
    const nameCol = expenditure ? plan.expenditureName : plan.name;
    const bold = row.kind !== "item";
    if (codeCol) put(at.row, codeCol, row.code, "code");
    if (nameCol) put(at.row, nameCol, row.kind === "total" && !row.side ? "合计" : row.name, "name", bold);
    if (plan.detail && row.detail) put(at.row, plan.detail, row.detail, "name");
    row.values.forEach((value, j) => {
      const definition = formulas.get(row, j);
      if (definition) formula(at.row, at.col + j, formulaOf(definition), "total", bold);
      else put(at.row, at.col + j, prefill && value !== null ? amountToNumber(value) : null, "input");
      const shown = previous ? (previous(table, row)?.[j] ?? null) : value;
      put(at.row, at.previousCol + j, shown === null ? null : amountToNumber(shown), "previous");
    });
    if (row.code && row.code.length > 3 && !row.side) outline.push({ row: at.row, level: (row.code.length - 3) / 2 });
  });

  // The same live checks as an imported table: they stay ✓ unless someone overrides a formula.
  const block = placeTableChecks(table, checks.rest, p.locate, name, checkCol, (col) => plan.headers[col - 1]);
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
  // So do the performance tables' (this year's targets, constants of their relations).
  const instances = relationInstances(
    d,
    (options.rules ?? RULES).filter((rule) => rule.scope !== "performance"),
  ).filter((i) => !operandsOf(i.relation).some(statesFigure));
  // The same declarations decide which cells are formulas and which the user enters.
  const formulas = new DraftFormulas(d, instances);
  const checks: DraftChecks = { placed: [], rest: instances };
  const tables = d.tables.map((t) => buildDraftTableSheet(d, t, p, options.prefill ?? false, formulas, checks, options.previousValues));
  const checkSheet = buildChecksSheet(d, [], checks.rest, p.locate, tables, checks.placed, {
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
