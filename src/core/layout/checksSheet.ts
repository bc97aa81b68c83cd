/**
 * 校验: the live counts of every flag in the workbook, the relations that span tables (or have no
 * place beside a table or a narrative figure) as native formulas, one row each, and the findings of
 * the rules that are not relations, as found at import time, each linked to its cell.
 */
import { zhOf } from "../messages";
import type { Disclosure, TableNo } from "../model";
import type { Finding } from "../rules/types";
import { display, flagFormula, operandsOf, rateFormula, type Locate, type Operand, type Relation, type RelationInstance, type SheetCell } from "../relations";
import { cellRef, columnLetter, quoteSheet } from "./address";
import { CellCollector } from "./cells";
import type { LayoutCell, SheetLayout } from "./types";

export const CHECKS_SHEET = "校验";
const CHECKS_SHEET_NAME = CHECKS_SHEET;

const SEVERITY = { error: "错误", warning: "提示", info: "说明" } as const;
const RESULT_COL = 5;

/** A link to the first cell a relation reads, or to a finding's source line. */
function linkTo(target: SheetCell, label: string): string {
  return `=HYPERLINK("#${quoteSheet(target.sheet)}!A${target.row}","${label.replace(/"/g, '""')}")`;
}

/** What a row shows beside its flag: the figure as printed (or stated) and what it should be. */
function shown(r: Relation, locate: Locate, sheet: string): [string, string] {
  const at = (op: Operand) => display(op, locate, sheet);
  switch (r.kind) {
    case "sum":
      return [at(r.total), at({ kind: "sum", parts: r.parts })];
    case "copy":
    case "order":
      return [at(r.actual), at(r.expected)];
    case "share":
      return [at({ kind: "statedShare", figure: r.figure, decimals: r.figure.share!.decimals }), `IF(N(${at(r.whole)})=0,"",${at(r.part)}/${at(r.whole)})`];
    case "rate":
      return [`${at(r.rate)}/${10 ** (2 + r.decimals)}`, rateFormula(r, locate, sheet)];
  }
}

/** A cell of a row: a value, or a formula. */
type Entry = ({ text: string | number | null } | { formula: string }) & { style: LayoutCell["style"] };

export function buildChecksSheet(
  d: Disclosure,
  staticFindings: Finding[],
  rest: RelationInstance[],
  locate: Locate,
  otherSheets: SheetLayout[],
  placed: { instance: RelationInstance; at: SheetCell }[],
  /** A draft has no findings of its own: no list, its own sheet name and title. */
  draft?: { sheet: string; title: string },
): SheetLayout {
  const out = new CellCollector();
  const put = out.value.bind(out);
  const formula = out.formula.bind(out);
  const CHECKS_SHEET = draft?.sheet ?? CHECKS_SHEET_NAME;
  /** One row of either list, column by column (an undefined entry leaves its cell empty). */
  const writeRow = (row: number, entries: (Entry | undefined)[]) =>
    entries.forEach((e, i) => {
      if (e && "formula" in e) formula(row, i + 1, e.formula, e.style);
      else if (e) put(row, i + 1, e.text, e.style);
    });
  const header = (row: number, titles: string[]) =>
    writeRow(
      row,
      titles.map((text) => ({ text, style: "header" })),
    );

  put(1, 1, draft?.title ?? `${d.unit ?? ""}${d.year ?? ""}年度预算公开 校验`, "title");
  put(5, 1, "勾稽关系（随表中数字实时计算，每条关系一个结果）", "subtitle");
  header(6, ["检查", "规则", "表中（文中）", "应为", "结果", "位置"]);
  let row = 7;
  const first = row;
  for (const instance of rest) {
    const r = instance.relation;
    const [actual, expected] = shown(r, locate, CHECKS_SHEET);
    const figureStyle = r.kind === "share" || r.kind === "rate" ? "percent" : "amount";
    const target = operandsOf(r)
      .map(locate)
      .find((at) => at && at.sheet !== CHECKS_SHEET);
    writeRow(row, [
      { text: zhOf(r.what), style: "name" },
      { text: instance.rule, style: "name" },
      { formula: `=${actual}`, style: figureStyle },
      { formula: `=${expected}`, style: figureStyle },
      { formula: flagFormula(r, locate, CHECKS_SHEET), style: "check" },
      target && { formula: linkTo(target, `${target.sheet} ${cellRef(target.row, target.col)}`), style: "link" },
    ]);
    placed.push({ instance, at: { sheet: CHECKS_SHEET, row, col: RESULT_COL } });
    row++;
  }
  if (rest.length === 0) put(row++, 1, "（各表及说明之外没有需要核对的关系）", "note");
  const last = row - 1;

  // Every flag of the workbook, counted live; plus the findings of the rules that are not relations.
  const ranges = [
    ...otherSheets.flatMap((s) => {
      const lastRow = Math.max(s.frozenRows + 1, ...s.cells.map((c) => c.row));
      // A sheet's check columns are side by side: one range each.
      const cols = s.checkColumns ?? [];
      if (cols.length === 0) return [];
      return [`${quoteSheet(s.name)}!${columnLetter(Math.min(...cols))}${s.frozenRows + 1}:${columnLetter(Math.max(...cols))}${lastRow}`];
    }),
    ...(rest.length > 0 ? [`${columnLetter(RESULT_COL)}${first}:${columnLetter(RESULT_COL)}${last}`] : []),
  ];
  const count = (test: (range: string) => string, fixed: number) => `=${[...ranges.map((r) => `SUMPRODUCT(--(${test(r)}))`), String(fixed)].join("+")}`;
  const errors = staticFindings.filter((f) => f.severity === "error").length;
  const warnings = staticFindings.filter((f) => f.severity === "warning").length;
  put(2, 1, "错误", "name", true);
  formula(
    2,
    3,
    count((r) => `LEFT(${r},1)="差"`, errors),
    "check",
  );
  put(2, 4, "处", "name");
  put(3, 1, "提示（含尾差）", "name", true);
  formula(
    3,
    3,
    count((r) => `(LEFT(${r},2)="尾差")+(LEFT(${r},2)="提示")>0`, warnings),
    "check",
  );
  put(3, 4, "处", "name");

  const layout = (extra: Partial<SheetLayout>): SheetLayout => ({
    name: CHECKS_SHEET,
    kind: "checks",
    cells: out.cells,
    merges: [{ from: [1, 1], to: [1, 6] }],
    columnWidths: [60, 24, 14, 14, 30, 28],
    frozenRows: 1,
    outline: [],
    checkColumn: RESULT_COL,
    checkColumns: [RESULT_COL],
    rowOfLine: {},
    ...extra,
  });
  if (draft) return layout({ protect: true });
  row++;
  put(row++, 1, "其他检查（导入时按规则目录检查，不随数字变化）", "subtitle");
  header(row, ["级别", "规则", "说明", "应为", "实际", "位置"]);
  row++;
  const findingsStart = row;
  const order = { error: 0, warning: 1, info: 2 };
  const tableSheets = otherSheets.filter((s) => s.kind === "table");
  for (const f of [...staticFindings].sort((a, b) => order[a.severity] - order[b.severity])) {
    const target = f.lines
      .map((line) => tableSheets.find((s) => s.rowOfLine[line] !== undefined && (f.tables.length === 0 || f.tables.includes(s.tableNo as TableNo))))
      .find((s) => s);
    const line = target && f.lines.find((l) => target.rowOfLine[l] !== undefined)!;
    writeRow(row, [
      { text: SEVERITY[f.severity], style: f.severity === "error" ? "error" : f.severity === "warning" ? "warning" : "note" },
      { text: f.rule, style: "name" },
      { text: f.message, style: "note" },
      { text: f.expected, style: typeof f.expected === "number" ? "amount" : "name" },
      { text: f.actual, style: typeof f.actual === "number" ? "amount" : "name" },
      target && line !== undefined
        ? { formula: `=HYPERLINK("#${quoteSheet(target.name)}!A${target.rowOfLine[line]}","${target.name} 第${line}行")`, style: "link" }
        : f.lines.length > 0
          ? { text: `原文第${f.lines[0]}行`, style: "line" }
          : undefined,
    ]);
    row++;
  }
  if (staticFindings.length === 0) put(row, 1, "未发现问题", "name");
  return layout({ body: staticFindings.length > 0 ? { headerRow: findingsStart - 1, firstCol: 1, lastRow: row - 1, lastCol: 6 } : undefined });
}
