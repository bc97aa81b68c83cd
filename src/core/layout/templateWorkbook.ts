/**
 * The workbook of a disclosure read by another province's template (Shanghai 9 tables, Jiangsu 部门预算):
 * 读取情况 first (what was and was not read or checked), 校验 (live counts, relations between tables,
 * the findings), one sheet per table the document prints — columns as the template declares them
 * (类/款/项 or 科目编码, names, amounts; side-by-side tables as their sides), the money unit in the title
 * row and page header — and 说明 with the narrative's sections. Pure and data-driven from the Template,
 * rendered by the same writers as the Shanxi workbook.
 *
 * Relations over template rows (`cell` operands pointing at TemplateRow objects) become live flags:
 * sums within one table in 校验 columns beside it, all others on the 校验 sheet.
 */
import { amountToNumber, type Amount } from "../amount";
import { computeCoverage, type Coverage } from "../coverage";
import type { Disclosure, DisclosureTable, TableRow, TemplateRow, TemplateTableRead } from "../model";
import type { Finding } from "../rules/types";
import { operandsOf, type Locate, type Operand, type RelationInstance, type SheetCell } from "../relations";
import { staticFindings } from "./staticFindings";
import { templateById, type Template, type TemplateTable } from "../templates";
import { quoteSheet, safeSheetName } from "./address";
import { CellCollector } from "./cells";
import { placeTableChecks, placedVerdict } from "./checkCells";
import { buildChecksSheet } from "./checksSheet";
import { textWidth, withPrintSetup } from "./print";
import type { SheetLayout, WorkbookLayout } from "./types";

export const COVERAGE_SHEET = "读取情况";

/** Why no draft is written for another template's document (drafts know Shanxi's 13 tables only). */
export function draftUnsupportedMessage(d: Disclosure, lang: "zh" | "en"): string {
  const name = (d.template && templateById(d.template)?.name[lang]) ?? d.template ?? "";
  return lang === "zh"
    ? `这份文件是${name}，暂不支持为该格式起草下一年度（起草只支持山西13张表格式），未生成任何文件；可导入工作簿核对本年度的表格`
    : `this document is in the ${name}; drafting next year is not supported for that layout yet (only the Shanxi 13-table layout), nothing was written; import the workbook to check this year's tables`;
}
export const TEMPLATE_NARRATIVE_SHEET = "说明";

/** Where a template row's figures landed: `values` (the engine's columns) and, for side-by-side rows, each side's amounts. */
interface PlacedRow {
  sheet: string;
  row: number;
  valueCols: number[];
  partCols?: number[][];
}

/** TemplateRow → sheet cell: relation operands are located through it (by object identity). */
export class TemplatePlacements {
  private readonly byRow = new Map<object, PlacedRow>();
  /**
   * `origin` names the printed row and side a row object stands for when it is not a TemplateRow itself
   * (a side of a side-by-side row other than the last, as src/core/templates' declarations make them).
   */
  constructor(private readonly origin?: (row: TableRow) => { row: TemplateRow; side: number } | undefined) {}
  set(row: TemplateRow, placed: PlacedRow) {
    this.byRow.set(row, placed);
  }
  /** The cell of `row.values[col]` (for side-by-side rows: the last side's, as `values` is). */
  get(row: object | undefined, col: number): SheetCell | undefined {
    const placed = row && this.byRow.get(row);
    const c = placed?.valueCols[col];
    return placed && c !== undefined ? { sheet: placed.sheet, row: placed.row, col: c } : undefined;
  }
  /** The cell of `row.parts[side].values[index]` (side-by-side tables). */
  part(row: TemplateRow, side: number, index: number): SheetCell | undefined {
    const placed = this.byRow.get(row);
    const c = placed?.partCols?.[side]?.[index];
    return placed && c !== undefined ? { sheet: placed.sheet, row: placed.row, col: c } : undefined;
  }
  readonly locate: Locate = (op: Operand) => {
    if (op.kind !== "cell") return undefined;
    const side = this.byRow.has(op.row) ? undefined : this.origin?.(op.row);
    return side ? this.part(side.row, side.side, op.col) : this.get(op.row, op.col);
  };
}

/** A sheet column of a template table: a slice of the 科目编码, a name, or an amount (of a side). */
type Column =
  | { kind: "code"; header: string; from: number; to?: number }
  | { kind: "group"; header: string }
  | { kind: "name"; header: string; side?: number }
  | { kind: "amount"; header: string; index: number; side?: number };

const CODE_PARTS: [string, number, number][] = [
  ["类", 0, 3],
  ["款", 3, 5],
  ["项", 5, 7],
];

/** The columns of a template table as the template declares them, and the group labels over them. */
export function templateColumns(spec: TemplateTable | undefined, t: TemplateTableRead): { columns: Column[]; groups: [string, number, number][] } {
  const amounts = (count: number, side?: number, headers: readonly string[] = t.columns): Column[] =>
    Array.from({ length: count }, (_, index) => ({
      kind: "amount",
      header: headers[index] ?? `金额${index + 1}`,
      index,
      ...(side !== undefined ? { side } : {}),
    }));
  switch (spec?.layout) {
    case "splitCode": {
      const parts = CODE_PARTS.slice(0, spec.codeColumns ?? 3);
      const columns: Column[] = [
        ...parts.map(([header, from, to]): Column => ({ kind: "code", header, from, to })),
        { kind: "name", header: "科目名称" },
        ...amounts(t.columns.length),
      ];
      return { columns, groups: [["功能分类科目", 1, parts.length + 1]] };
    }
    case "singleCode":
      return { columns: [{ kind: "code", header: "科目编码", from: 0 }, { kind: "name", header: "科目名称" }, ...amounts(t.columns.length)], groups: [] };
    case "sides": {
      const sides = spec.sides ?? [1, -1];
      const columns: Column[] = [];
      const groups: [string, number, number][] = [];
      sides.forEach((n, side) => {
        const count = n < 0 ? t.columns.length : n;
        const last = side === sides.length - 1;
        const from = columns.length + 1;
        columns.push({ kind: "name", header: "项目", side }, ...amounts(count, side, last ? t.columns : count === 1 ? ["金额"] : []));
        if (side === 0) groups.push(["收入", from, columns.length]);
        else if (side === 1) groups.push(["支出", from, columns.length]);
        else groups[groups.length - 1][2] = columns.length;
      });
      return { columns, groups };
    }
    case "grouped":
      return { columns: [{ kind: "group", header: "项目类别" }, { kind: "name", header: "项目名称" }, ...amounts(t.columns.length)], groups: [] };
    case "named": {
      const widest = Math.max(t.columns.length, ...t.rows.map((r) => r.values.length));
      return { columns: [{ kind: "name", header: "项目" }, ...amounts(widest)], groups: [] };
    }
    case "values":
    default: {
      const widest = Math.max(t.columns.length, ...t.rows.map((r) => r.values.length));
      return { columns: amounts(widest), groups: [] };
    }
  }
}

/** 表01 收支预算总表 */
export function templateSheetName(t: Pick<TemplateTableRead, "no" | "title">): string {
  return safeSheetName(`表${String(t.no).padStart(2, "0")} ${t.title}`);
}

const GROUP_ROW = 3;
const HEADER_ROW = 4;
const FIRST_BODY_ROW = 5;

function cellValue(row: TemplateRow, column: Column): { value: string | number | null; style: "code" | "name" | "amount" } {
  switch (column.kind) {
    case "code":
      return { value: row.code ? row.code.slice(column.from, column.to) || null : null, style: "code" };
    case "group": {
      const group = row.parts?.[0]?.name ?? "";
      return { value: group !== "" && group !== row.name ? group : null, style: "name" };
    }
    case "name":
      return { value: (column.side !== undefined ? row.parts?.[column.side]?.name : row.name) || null, style: "name" };
    case "amount": {
      const v: Amount | null | undefined = column.side !== undefined ? row.parts?.[column.side]?.values[column.index] : row.values[column.index];
      return { value: v === null || v === undefined ? null : amountToNumber(v), style: "amount" };
    }
  }
}

/** One table's sheet, its rows placed; the table's own sums get 校验 columns beside it. */
function buildTemplateTableSheet(
  d: Disclosure,
  spec: TemplateTable | undefined,
  t: TemplateTableRead,
  placements: TemplatePlacements,
  checks: { instances: RelationInstance[]; placed: { instance: RelationInstance; at: SheetCell }[]; rest: RelationInstance[] },
): SheetLayout {
  const name = templateSheetName(t);
  const { columns, groups } = templateColumns(spec, t);
  const lastDataCol = Math.max(1, columns.length);
  const out = new CellCollector();
  const put = out.value.bind(out);
  const rows = [...t.rows].sort((a, b) => a.line - b.line);
  const rowOfLine: Record<number, number> = {};
  rows.forEach((r, i) => (rowOfLine[r.line] = FIRST_BODY_ROW + i));
  const lastSide = Math.max(-1, ...columns.map((c) => ("side" in c && c.side !== undefined ? c.side : -1)));
  for (const r of rows) {
    const colsOf = (side: number | undefined) =>
      columns.flatMap((c, i) => (c.kind === "amount" && c.side === side ? [{ index: c.index, col: i + 1 }] : [])).sort((a, b) => a.index - b.index);
    const valueCols = colsOf(lastSide >= 0 ? lastSide : undefined).map((c) => c.col);
    const partCols = lastSide >= 0 ? Array.from({ length: lastSide + 1 }, (_, s) => colsOf(s).map((c) => c.col)) : undefined;
    placements.set(r, { sheet: name, row: rowOfLine[r.line], valueCols, ...(partCols ? { partCols } : {}) });
  }
  const block = placeTableChecks(
    { rows } as unknown as DisclosureTable, // only the rows are read: which operands belong to this table
    checks.instances,
    placements.locate,
    name,
    lastDataCol + 1,
    (col) => columns[col - 1]?.header ?? "",
  );
  checks.placed.push(...block.placed);
  checks.rest.push(...block.rest);
  const checkColumns = block.columns.map((c) => c.col);
  const lineCol = lastDataCol + checkColumns.length + 1;

  // The title as printed when it states the year, else the template's title with the budget year.
  const title = t.printedTitle && /20\d\d年/.test(t.printedTitle) ? t.printedTitle : `${d.year ? `${d.year}年` : ""}${t.title}`;
  put(1, 1, title, "title");
  put(2, 1, `单位名称：${d.unit ?? ""}`, "subtitle");
  put(2, Math.max(2, lastDataCol), `单位：${t.moneyUnit}`, "subtitle");
  const merges: SheetLayout["merges"] = [{ from: [1, 1], to: [1, Math.max(2, lastDataCol)] }];
  const allGroups: [string, number, number][] = [...groups];
  if (checkColumns.length > 0) allGroups.push(["校验", checkColumns[0], checkColumns[checkColumns.length - 1]]);
  if (allGroups.length > 0) out.groupHeader(GROUP_ROW, allGroups, merges);
  const headers = columns.map((c) => (c.kind === "amount" && c.side === undefined ? `${c.header}（${t.moneyUnit}）` : c.header));
  headers.forEach((h, i) => put(HEADER_ROW, i + 1, h, "header"));
  for (const c of block.columns) put(HEADER_ROW, c.col, c.header, "header");
  put(HEADER_ROW, lineCol, "原文行", "header");

  const outline: SheetLayout["outline"] = [];
  for (const r of rows) {
    const sheetRow = rowOfLine[r.line];
    const bold = r.kind === "total" || (r.code !== null && r.code.length === 3);
    columns.forEach((c, i) => {
      const { value, style } = cellValue(r, c);
      put(sheetRow, i + 1, value, style === "amount" && bold ? "total" : style, bold);
    });
    put(sheetRow, lineCol, r.line, "line");
    if (r.code && r.code.length > 3) outline.push({ row: sheetRow, level: Math.min(2, Math.floor((r.code.length - 3) / 2)) });
  }
  out.cells.push(...block.cells);
  if (t.empty) put(FIRST_BODY_ROW + rows.length, 1, "注：本表无数据", "note");
  const lastRow = FIRST_BODY_ROW + Math.max(rows.length, 1) - 1;
  return {
    name,
    kind: "table",
    tableNo: t.no,
    templateTable: t.key,
    cells: out.cells,
    merges,
    columnWidths: columns
      // Amount columns as wide as their heading (with its unit) on one line, so a printed heading is never split.
      .map((c, i): number =>
        c.kind === "name" || c.kind === "group" ? 30 : c.kind === "code" ? (c.to !== undefined ? 6 : 11) : Math.max(13, Math.ceil(textWidth(headers[i])) + 2),
      )
      .concat(
        checkColumns.map(() => 22),
        [8],
      ),
    frozenRows: HEADER_ROW,
    outline,
    body: rows.length > 0 ? { headerRow: HEADER_ROW, firstCol: 1, lastRow, lastCol: lineCol } : undefined,
    checkColumn: checkColumns[0],
    checkColumns,
    rowOfLine,
  };
}

/** 读取情况: the template, whether the document was read completely, what was not, and each table and section. */
export function buildCoverageSheet(d: Disclosure, template: Template | undefined, coverage: Coverage, sheets: Record<number, string>): SheetLayout {
  const out = new CellCollector();
  const put = out.value.bind(out);
  const merges: SheetLayout["merges"] = [{ from: [1, 1], to: [1, 6] }];
  const wide = (row: number, text: string, style: "note" | "error" | "name" | "warning") => {
    put(row, 2, text, style);
    merges.push({ from: [row, 2], to: [row, 6] });
  };
  put(1, 1, `${d.unit ?? ""}${d.year ?? ""}年度预算公开 读取情况`, "title");
  put(2, 1, "格式", "name", true);
  wide(2, template?.name.zh ?? d.template ?? "", "name");
  put(3, 1, "结论", "name", true);
  wide(
    3,
    coverage.complete
      ? "已完整读取：模板要求的表格和情况说明都已读到，检查结果见“校验”表"
      : "【未能完整读取】以下内容未读到；“校验”表的结果只涉及读到并检查的部分，不能视为全部无误",
    coverage.complete ? "name" : "error",
  );
  let row = 4;
  for (const p of coverage.problems) {
    put(row, 1, "未读到", "warning");
    wide(row++, p.message.zh, "note");
  }
  if (coverage.limits) {
    put(row, 1, "检查范围", "name", true);
    wide(row++, coverage.limits.zh, "note");
  }
  put(row, 1, "读到", "name", true);
  wide(row++, coverage.read.zh, "note");
  row++;
  put(row, 1, "表格", "subtitle");
  row++;
  ["表", "名称", "读取情况", "行数", "原文行", "工作表"].forEach((h, i) => put(row, i + 1, h, "header"));
  row++;
  const tables = d.templateTables ?? [];
  for (const t of tables) {
    const spec = template?.tables.find((x) => x.no === t.no);
    put(row, 1, `表${t.no}`, "name");
    put(row, 2, t.title, "name");
    const state = !t.found ? (spec?.optional ? "未读到（非必需）" : "未读到") : t.empty ? "已读到（无数据）" : "已读到";
    put(row, 3, state, t.found ? "name" : spec?.optional ? "warning" : "error");
    put(row, 4, t.found ? t.rows.length : null, "name");
    put(row, 5, t.line, "line");
    const sheet = sheets[t.no];
    if (sheet) out.formula(row, 6, `=HYPERLINK("#${quoteSheet(sheet).replace(/"/g, '""')}!A1","${sheet.replace(/"/g, '""')}")`, "link");
    else put(row, 6, "（无工作表）", "name");
    row++;
  }
  row++;
  put(row, 1, "情况说明", "subtitle");
  row++;
  ["节", "名称", "读取情况", "段落数", "原文行", "工作表"].forEach((h, i) => put(row, i + 1, h, "header"));
  row++;
  for (const s of template?.sections ?? []) {
    const read = d.templateSections?.find((x) => x.no === s.no);
    put(row, 1, String(s.no), "name");
    put(row, 2, s.title.zh, "name");
    put(row, 3, read ? "已读到" : "未读到", read ? "name" : "error");
    put(row, 4, read ? read.paragraphs.length : null, "name");
    put(row, 5, read?.line ?? null, "line");
    if (read) out.formula(row, 6, `=HYPERLINK("#${quoteSheet(TEMPLATE_NARRATIVE_SHEET)}!A1","${TEMPLATE_NARRATIVE_SHEET}")`, "link");
    row++;
  }
  if (d.warnings.length > 0) {
    row++;
    put(row++, 1, "读取时的提示", "subtitle");
    for (const w of d.warnings) {
      put(row, 1, w.line ? `第${w.line}行` : "", "line");
      wide(row++, w.message, "note");
    }
  }
  return {
    name: COVERAGE_SHEET,
    kind: "checks",
    cells: out.cells,
    merges,
    columnWidths: [10, 40, 18, 8, 8, 30],
    frozenRows: 1,
    outline: [],
    rowOfLine: {},
  };
}

/** 说明: the narrative's sections as read, paragraph by paragraph, with their source lines. */
export function buildTemplateNarrativeSheet(d: Disclosure, template: Template | undefined): SheetLayout {
  const out = new CellCollector();
  const put = out.value.bind(out);
  const merges: SheetLayout["merges"] = [{ from: [1, 1], to: [1, 3] }];
  put(1, 1, `${d.unit ?? ""}${d.year ?? ""}年度${template?.narrativePart.zh ?? "情况说明"}`, "title");
  put(2, 1, "原文", "header");
  merges.push({ from: [2, 1], to: [2, 2] });
  put(2, 2, null, "header");
  put(2, 3, "原文行", "header");
  const rowOfLine: Record<number, number> = {};
  let row = 3;
  for (const s of template?.sections ?? []) {
    const read = d.templateSections?.find((x) => x.no === s.no);
    put(row, 1, s.title.zh, "subtitle", true);
    if (read) {
      put(row, 3, read.line, "line");
      rowOfLine[read.line] = row;
    } else put(row, 2, "（未读到这一节）", "error");
    row++;
    for (const p of read?.paragraphs ?? []) {
      put(row, 1, p.text, "note");
      merges.push({ from: [row, 1], to: [row, 2] });
      put(row, 3, p.line, "line");
      rowOfLine[p.line] = row;
      row++;
    }
  }
  if ((template?.sections ?? []).length === 0) put(row, 1, "（没有情况说明）", "note");
  return {
    name: TEMPLATE_NARRATIVE_SHEET,
    kind: "narrative",
    cells: out.cells,
    merges,
    columnWidths: [30, 80, 8],
    frozenRows: 2,
    outline: [],
    rowOfLine,
  };
}

/**
 * The whole workbook of a template document. `relations` are the template's relation declarations
 * (operands on d.templateTables' rows), each shown as one live flag; the findings no flag shows are listed.
 */
export function buildTemplateWorkbookLayout(
  d: Disclosure,
  findings: Finding[],
  relations: RelationInstance[] = [],
  sideOrigin?: (row: TableRow) => { row: TemplateRow; side: number } | undefined,
): WorkbookLayout {
  const template = d.template ? templateById(d.template) : undefined;
  const coverage = computeCoverage(d);
  const placements = new TemplatePlacements(sideOrigin);
  const placed: { instance: RelationInstance; at: SheetCell }[] = [];
  let pending = relations;
  const tableSheets: SheetLayout[] = [];
  const sheetOf: Record<number, string> = {};
  for (const t of d.templateTables ?? []) {
    if (!t.found) continue; // named as not read on 读取情况
    const checks = { instances: pending, placed, rest: [] as RelationInstance[] };
    const sheet = buildTemplateTableSheet(
      d,
      template?.tables.find((x) => x.no === t.no),
      t,
      placements,
      checks,
    );
    pending = checks.rest;
    tableSheets.push(sheet);
    sheetOf[t.no] = sheet.name;
  }
  const narrative = buildTemplateNarrativeSheet(d, template);
  // Relations none of whose figures are on a sheet (a table not read) have no live cell: their findings are listed.
  const rest = pending.filter((i) => flatOperands(i).some((op) => placements.locate(op) !== undefined));
  const shown = [...placed.map((p) => p.instance), ...rest];
  const checks = buildChecksSheet(d, staticFindings(findings, shown), rest, placements.locate, [...tableSheets, narrative], placed);
  return withPrintSetup({
    sheets: [buildCoverageSheet(d, template, coverage, sheetOf), checks, ...tableSheets, narrative],
    names: [],
    // In the order the relations were declared.
    checks: [...placed].sort((a, b) => relations.indexOf(a.instance) - relations.indexOf(b.instance)).map(placedVerdict),
  });
}

/** Every figure a relation reads, a sum's parts one by one. */
function flatOperands({ relation }: RelationInstance): Operand[] {
  const flat = (op: Operand): Operand[] => (op.kind === "sum" ? op.parts.flatMap(flat) : [op]);
  return operandsOf(relation).flatMap(flat);
}
