import { L, quote, splitMessage } from "../messages";
import { type Amount, parseAmount, sumAmounts, formatAmount } from "../amount";
import type { DisclosureTable, MoneyUnit, ReadWarning, RowKind, TableNo, TableRow } from "../model";
import { type TableSpec, tableSpec } from "../tableSpecs";
import { type SourceLine, foldKey, hasCjk } from "./text";

/** A 科目编码: 3, 5 or 7 ASCII digits (/^\d{3}(?:\d{2}){0,2}$/, as a scan: this runs for every row). */
export function isSubjectCode(text: string): boolean {
  const n = text.length;
  if (n !== 3 && n !== 5 && n !== 7) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
const TOTAL_NAMES = new Set(["合计", "总计"]);
const T6_CATEGORIES = new Set([
  "工资福利支出",
  "商品和服务支出",
  "对个人和家庭的补助",
  "对企业补助",
  "对企事业单位的补贴",
  "资本性支出",
  "资本性支出(基本建设)",
  "债务利息及费用支出",
  "其他支出",
]);
const HEADER_WORDS = /^(项目|收入|支出|金额|科目编码|科目名称|收入科目编码|项目名称|单位名称|部门预算支出经济科目名称|政府预算支出经济科目名称)$/;

interface ParseContext {
  unit: string | null;
  warnings: ReadWarning[];
}

/** Whether the cells from `from` on are all amounts or blank. */
function allAmountsOrBlank(cells: readonly string[], from: number): boolean {
  for (let i = from; i < cells.length; i++) if (cells[i] !== "" && parseAmount(cells[i]) === null) return false;
  return true;
}

function amountsAt(cells: readonly string[], start: number, count: number): (Amount | null)[] {
  const values: (Amount | null)[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const cell = cells[start + i];
    values[i] = cell === undefined || cell === "" ? null : parseAmount(cell);
  }
  return values;
}

function hasAnyAmount(values: readonly (Amount | null)[]): boolean {
  for (const v of values) if (v !== null) return true;
  return false;
}

function warnExtraCells(cells: readonly string[], from: number, line: SourceLine, no: TableNo, ctx: ParseContext) {
  for (let i = from; i < cells.length; i++) {
    if (cells[i] !== "" && parseAmount(cells[i]) !== null) {
      ctx.warnings.push({
        line: line.no,
        ...splitMessage(
          L(
            `表${no}第${line.no}行的数值多于表头的列数，多出的数值已忽略`,
            `table ${no} line ${line.no} has more values than the header has columns; the extra values are ignored`,
          ),
        ),
      });
      return;
    }
  }
}

const SKIPPED_LINE = /^[\s\u3000]*(单位名称|部门名称|单\s*位\s*[:：]|预算公开表|部门公开表|公开表|注\s*[:：])/;

/** 单 部 预 公 注: what the words of SKIPPED_LINE start with. */
const SKIPPED_FIRST = new Set([0x5355, 0x90e8, 0x9884, 0x516c, 0x6ce8]);

function isSkippable(line: SourceLine): boolean {
  if (line.blank) return true;
  // Tested on the raw text (folding every body line costs more than the rest of the table parse), and
  // only when the first visible character can start one of its words.
  if (SKIPPED_FIRST.has(line.firstVisible) && SKIPPED_LINE.test(line.text)) return true;
  // The row of column numbers under multi-row headers ("1 2 3 4 5"), and page numbers.
  const cells = line.cells;
  if (cells[0] === "1" && cells.every((c, i) => c === String(i + 1))) return true;
  if (cells.length === 1 && /^[-—\s]*\d{1,3}[-—\s]*$/.test(cells[0])) return true;
  // The second half of "单位：万" / "元" split over two lines by the extractor.
  if (cells.length === 1 && /^(万?元|万)$/.test(cells[0])) return true;
  return false;
}

function parseCoded(spec: TableSpec, lines: SourceLine[], ctx: ParseContext): TableRow[] {
  const rows: TableRow[] = [];
  const width = spec.columns.length;
  for (const line of lines) {
    if (isSkippable(line)) continue;
    const c = line.cells;
    const first = line.cellKey(0);
    const second = line.cellKey(1);
    let code: string | null = null;
    let name: string;
    let start = 2;
    let kind: RowKind = "item";
    if (isSubjectCode(first)) {
      code = first;
      name = c[1] ?? "";
    } else if (TOTAL_NAMES.has(first) || (first === "" && TOTAL_NAMES.has(second))) {
      name = "合计";
      kind = "total";
      if (first !== "" && c.length > 1 && c[1] !== "" && parseAmount(c[1]) !== null) start = 1;
    } else {
      const values = amountsAt(c, 0, c.length);
      if (hasAnyAmount(values) && hasCjk(line.key) === false) continue; // page numbers and noise
      if (hasAnyAmount(values) && !/20\d\d/.test(line.key)) {
        ctx.warnings.push({
          line: line.no,
          ...splitMessage(
            L(
              `表${spec.no}第${line.no}行含有数字但没有科目编码，已忽略：${line.cells.join(" ")}`,
              `table ${spec.no} line ${line.no} has figures but no code; ignored: ${quote(line.cells.join(" "))}`,
            ),
          ),
        });
      }
      continue;
    }
    const values = amountsAt(c, start, width);
    warnExtraCells(c, start + width, line, spec.no, ctx);
    if (kind === "total" && values[0] === null && hasAnyAmount(values) && spec.rowTotalSources) {
      // The 合计 amount slid out of its column (a PDF extraction fault): the row's total is its sources.
      values[0] = sumAmounts(spec.rowTotalSources.map((j) => values[j] ?? null));
      ctx.warnings.push({
        line: line.no,
        ...splitMessage(
          L(
            `表${spec.no}合计行的“合计”列为空而其他列有数，疑为数值错列，已按各列推算合计为${formatAmount(values[0])}`,
            `table ${spec.no}: the total row's total column is empty while other columns hold figures (probably shifted); the total is taken as the sum of the columns, ${formatAmount(values[0])}`,
          ),
        ),
      });
    }
    rows.push({ code, name: name.trim(), values, line: line.no, kind });
  }
  return rows;
}

function parseEconomic(spec: TableSpec, lines: SourceLine[], ctx: ParseContext): TableRow[] {
  const rows: TableRow[] = [];
  for (const line of lines) {
    if (isSkippable(line)) continue;
    const c = line.cells;
    const name = c[0] ?? "";
    const detail = c[1] ?? "";
    const values = amountsAt(c, 2, 3);
    if (!hasAnyAmount(values)) continue;
    if (!hasCjk(name) || HEADER_WORDS.test(foldKey(name))) {
      if (!hasCjk(name) && name !== "")
        ctx.warnings.push({
          line: line.no,
          ...splitMessage(
            L(
              `表6第${line.no}行的科目名称无法识别，已忽略：${c.join(" ")}`,
              `table 6 line ${line.no}: the class name cannot be recognised; ignored: ${quote(c.join(" "))}`,
            ),
          ),
        });
      continue;
    }
    warnExtraCells(c, 5, line, 6, ctx);
    const key = foldKey(name);
    const kind: RowKind = TOTAL_NAMES.has(key) ? "total" : T6_CATEGORIES.has(key) && foldKey(detail) === "" ? "category" : "item";
    const row: TableRow = { code: null, name: kind === "total" ? "合计" : name, values, line: line.no, kind };
    if (detail !== "") row.detail = detail;
    rows.push(row);
  }
  return rows;
}

function parseNamed(spec: TableSpec, lines: SourceLine[], ctx: ParseContext): TableRow[] {
  const rows: TableRow[] = [];
  const width = spec.columns.length;
  for (const line of lines) {
    if (isSkippable(line)) continue;
    const c = line.cells;
    const name = c[0] ?? "";
    const key = foldKey(name);
    if (!hasCjk(name) || HEADER_WORDS.test(key)) continue;
    if (!allAmountsOrBlank(c, 1)) continue; // header lines carry words in the amount columns
    warnExtraCells(c, 1 + width, line, spec.no, ctx);
    const values = amountsAt(c, 1, width);
    let kind: RowKind = "item";
    if (TOTAL_NAMES.has(key) || key === "部门合计" || key === "单位合计") kind = "total";
    else if (spec.subtotalNames?.includes(key)) kind = "subtotal";
    rows.push({ code: null, name, values, line: line.no, kind });
  }
  return rows;
}

function parseProjects(spec: TableSpec, lines: SourceLine[], ctx: ParseContext): TableRow[] {
  const rows: TableRow[] = [];
  const width = spec.columns.length;
  const unitKey = ctx.unit ? foldKey(ctx.unit) : null;
  for (const line of lines) {
    if (isSkippable(line)) continue;
    const c = line.cells;
    const name = c[0] ?? "";
    const key = foldKey(name);
    const values = amountsAt(c, 1, width);
    if (!hasAnyAmount(values)) continue;
    if (!hasCjk(name) || HEADER_WORDS.test(key)) {
      // Header lines with the year ("2025年财政拨款") are not data; anything else with amounts is worth a word.
      if (!/年/.test(line.key))
        ctx.warnings.push({
          line: line.no,
          ...splitMessage(
            L(
              `表${spec.no}第${line.no}行有金额但没有项目名称，已忽略：${c.join(" ")}`,
              `table ${spec.no} line ${line.no} has amounts but no project name; ignored: ${quote(c.join(" "))}`,
            ),
          ),
        });
      continue;
    }
    warnExtraCells(c, 1 + width, line, spec.no, ctx);
    let kind: RowKind = "item";
    if (TOTAL_NAMES.has(key)) kind = "total";
    else if (unitKey !== null && key === unitKey) kind = "subtotal";
    rows.push({ code: null, name, values, line: line.no, kind });
  }
  return rows;
}

// Maps, not object literals: a lookup by a fresh string must not intern it (nor find "constructor").
const T1_INCOME_TOTALS = new Map<string, RowKind>([
  ["本年收入合计", "subtotal"],
  ["收入总计", "total"],
]);
const T1_EXPENDITURE_TOTALS = new Map<string, RowKind>([
  ["本年支出合计", "subtotal"],
  ["支出总计", "total"],
]);

function parseTwoSided(spec: TableSpec, lines: SourceLine[], ctx: ParseContext): TableRow[] {
  const rows: TableRow[] = [];
  const width = spec.columns.length;
  let section: string | undefined;
  for (const line of lines) {
    if (isSkippable(line)) continue;
    const c = line.cells;
    const incomeName = c[0] ?? "";
    const incomeKey = incomeName === "" ? "" : line.cellKey(0);
    if (hasCjk(incomeName) && !HEADER_WORDS.test(incomeKey) && (c[1] === undefined || c[1] === "" || parseAmount(c[1]) !== null)) {
      if (incomeKey === "上年财政拨款结转") section = "上年财政拨款结转";
      else if (incomeKey === "收入总计" || incomeKey === "本年收入合计") section = undefined;
      const kind = T1_INCOME_TOTALS.get(incomeKey) ?? "item";
      const row: TableRow = { code: null, name: incomeName, values: amountsAt(c, 1, 1), line: line.no, kind, side: "income" };
      if (section && incomeKey !== "上年财政拨款结转") row.section = section;
      rows.push(row);
    }
    const expenditureName = c[2] ?? "";
    const expenditureKey = expenditureName === "" ? "" : line.cellKey(2);
    if (hasCjk(expenditureName) && !HEADER_WORDS.test(expenditureKey) && allAmountsOrBlank(c, 3)) {
      warnExtraCells(c, 3 + width, line, spec.no, ctx);
      const kind = T1_EXPENDITURE_TOTALS.get(expenditureKey) ?? "item";
      rows.push({ code: null, name: expenditureName, values: amountsAt(c, 3, width), line: line.no, kind, side: "expenditure" });
    } else if (expenditureName !== "" && !hasCjk(expenditureName) && hasAnyAmount(amountsAt(c, 3, width))) {
      ctx.warnings.push({
        line: line.no,
        ...splitMessage(
          L(
            `表${spec.no}第${line.no}行的支出项目名称无法识别，已忽略：${c.join(" ")}`,
            `table ${spec.no} line ${line.no}: the expenditure item's name cannot be recognised; ignored: ${quote(c.join(" "))}`,
          ),
        ),
      });
    }
  }
  return rows;
}

function parseTwoSidedCoded(spec: TableSpec, lines: SourceLine[]): TableRow[] {
  const rows: TableRow[] = [];
  for (const line of lines) {
    if (isSkippable(line)) continue;
    const c = line.cells;
    const k0 = foldKey(c[0] ?? "");
    if (isSubjectCode(k0) || TOTAL_NAMES.has(k0)) {
      const total = TOTAL_NAMES.has(k0);
      rows.push({
        code: total ? null : k0,
        name: total ? "合计" : (c[1] ?? ""),
        values: amountsAt(c, 2, 1),
        line: line.no,
        kind: total ? "total" : "item",
        side: "income",
      });
    }
    const k3 = foldKey(c[3] ?? "");
    const k4 = foldKey(c[4] ?? "");
    if (isSubjectCode(k3) || TOTAL_NAMES.has(k3) || TOTAL_NAMES.has(k4) || (TOTAL_NAMES.has(k0) && c.length <= 8)) {
      const total = !isSubjectCode(k3);
      rows.push({
        code: total ? null : k3,
        name: total ? "合计" : (c[4] ?? ""),
        values: amountsAt(c, 5, spec.columns.length),
        line: line.no,
        kind: total ? "total" : "item",
        side: "expenditure",
      });
    }
  }
  return rows;
}

function detectMoneyUnit(lines: SourceLine[]): MoneyUnit {
  for (let i = 0; i < Math.min(lines.length, 12); i++) {
    if (lines[i].text.indexOf("位") < 0) continue; // 单位 must be in the raw text too: fold only such lines
    const m = /单位:(万元|万|元)/.exec(lines[i].key);
    if (!m) continue;
    if (m[1] === "元") return "元";
    return "万元"; // "单位：万" followed by a line "元" is 万元 split by the extractor
  }
  return "万元";
}

export function parseTable(no: TableNo, titleLine: SourceLine, body: SourceLine[], ctx: ParseContext): DisclosureTable {
  const spec = tableSpec(no);
  let rows: TableRow[];
  switch (spec.layout) {
    case "coded":
      rows = parseCoded(spec, body, ctx);
      break;
    case "economic":
      rows = parseEconomic(spec, body, ctx);
      break;
    case "named":
      rows = parseNamed(spec, body, ctx);
      break;
    case "projects":
      rows = parseProjects(spec, body, ctx);
      break;
    case "twoSided":
      rows = parseTwoSided(spec, body, ctx);
      break;
    case "twoSidedCoded":
      rows = parseTwoSidedCoded(spec, body);
      break;
  }
  // The raw text must hold 无数据 for the folded line to: fold only those lines.
  const emptyNote = body.some((l) => l.text.indexOf("无数据") >= 0 && /^注:?本表无数据/.test(l.key));
  const hasData = rows.some((r) => hasAnyAmount(r.values));
  const table: DisclosureTable = {
    no,
    title: titleLine.cells.join(""),
    moneyUnit: detectMoneyUnit(body),
    empty: emptyNote || !hasData,
    emptyNote,
    columns: [...spec.columns],
    rows,
    line: titleLine.no,
  };
  if (spec.incomeColumns) table.incomeColumns = [...spec.incomeColumns];
  if (emptyNote && hasData) {
    ctx.warnings.push({
      line: titleLine.no,
      ...splitMessage(L(`表${no}注明“本表无数据”，但表中有数值`, `table ${no} says ${quote("本表无数据")} (no data) but holds figures`)),
    });
  }
  return table;
}
