/**
 * Reads a disclosure of a template other than Shanxi's from its lines: the template's data says which
 * titles start which tables, how their rows are laid out and where the narrative is.
 */
import { type Amount, parseAmount } from "../amount";
import type { Disclosure, MoneyUnit, ReadWarning, TemplateRow, TemplateSectionRead, TemplateTableRead } from "../model";
import { type SourceLine, type SourceText, hasCjk, isTocLine } from "../reader/text";
import type { Template, TemplateTable } from "./types";

/** Titles are short; longer lines are sentences that mention a table. */
const TITLE_MAX = 60;

/** Numbering before a title: "1.", "4．", "一、", "表一", "公开01表:", "第二部分". */
const NUMBERING = /^(?:\d{1,2}[.、]|[一二三四五六七八九十]{1,3}、|表[一二三四五六七八九十]{1,3}|公开\d{1,2}表:?)/;

/** A folded title line without its numbering, year and trailing parenthetical ("（功能科目）"). */
export function titleCore(key: string): string {
  let core = key.replace(NUMBERING, "");
  core = core.replace(/^.*?20\d\d年度?/, "");
  core = core.replace(/^(?:区级)?(?:预算单位|部门|单位)(?=[^门])/, "");
  core = core.replace(/\([^()]*\)$/, "");
  return core;
}

/** Any budget or final-accounts table title, of this template or not: it ends the table before it. */
const ANY_TABLE_TITLE = /(?:预算|决算|经费|收支|收入|支出)[^,;。]{0,20}表$/;

function mayBeTitle(line: SourceLine): boolean {
  return !line.blank && line.cells.length <= 2 && line.key.length <= TITLE_MAX;
}

export function matchTemplateTitle(template: Template, key: string): TemplateTable | null {
  if (key.length > TITLE_MAX || /[,;。]/.test(key)) return null;
  const core = titleCore(key);
  for (const table of template.tables) if (table.titles.some((t) => t.test(core))) return table;
  return null;
}

/**
 * The lines of the contents pages: from each line 目录 to the line before the first one that repeats an
 * entry (the body's first heading), at most 80 lines. Entries may have no dot leaders or page numbers. A
 * text and a tables PDF merged have a contents page each (swbgt-2018: the tables' is past line 200).
 */
export function contentsLines(lines: readonly SourceLine[]): Set<number> {
  const toc = new Set<number>();
  lines.forEach((line, i) => {
    if (line.key === "目录") contentsFrom(lines, i, toc);
  });
  return toc;
}

function contentsFrom(lines: readonly SourceLine[], start: number, toc: Set<number>) {
  const seen = new Set<string>();
  for (let i = start; i < Math.min(lines.length, start + 80); i++) {
    const line = lines[i];
    if (line.blank) continue;
    const entry = line.key.replace(/[.…·]{2,}.*$/, "").replace(/\d+$/, "");
    const bare = entry.replace(NUMBERING, "");
    if (i > start && (seen.has(entry) || seen.has(bare))) break;
    if (line.key.length > TITLE_MAX && !isTocLine(line)) break; // a paragraph: the contents ended
    seen.add(entry);
    seen.add(bare);
    toc.add(i);
  }
}

type Event =
  | { kind: "table"; index: number; table: TemplateTable; line: SourceLine }
  | { kind: "section"; index: number; no: number; line: SourceLine }
  | { kind: "end"; index: number };

function isAmountCell(cell: string): boolean {
  return cell !== "" && parseAmount(cell) !== null;
}

function amounts(cells: readonly string[], from: number, count: number): (Amount | null)[] {
  const values: (Amount | null)[] = [];
  for (let i = 0; i < count; i++) {
    const cell = cells[from + i];
    values.push(cell === undefined || cell === "" ? null : parseAmount(cell));
  }
  return values;
}

const TOTAL = /^(合计|总计)$/;
/** Header cells of side-by-side tables (a data row's names are numbered or say 总计/合计 with more words). */
const SIDES_HEADER =
  /^(项目|项目名称|金额|预算数|收入|支出|本年收入|本年支出|功能分类|支出用途|功能科目名称|合计|基本支出|项目支出|人员经费|公用经费|一般公共预算|政府性基金预算|国有资本经营预算|财政拨款收入|财政拨款支出)$/;
const SKIP = /^(编制部门|编制单位|部门名称|单位名称|部门|单位|注|说明)[:：]|^单位[:：]?(万元|元)$|^(万元|元)$/;

/** A 类/款/项 code cell: 3 digits for 类, 1–2 for 款 and 项 (one document drops the leading zero). */
function codePart(cell: string, first: boolean): boolean {
  return first ? /^\d{3}$/.test(cell) : /^\d{1,2}$/.test(cell);
}

/**
 * Where a 合计 row's amounts start: `nominal`, unless the merged 合计 cell (spanning the code and name
 * columns) came out as one cell with the amounts right after it.
 */
function totalStart(cells: readonly string[], at: number, nominal: number): number {
  for (let i = at + 1; i < nominal; i++) if (cells[i] !== undefined && cells[i] !== "") return isAmountCell(cells[i]) ? i : nominal;
  return nominal;
}

function readRows(table: TemplateTable, body: readonly SourceLine[]): TemplateRow[] {
  const rows: TemplateRow[] = [];
  const width = table.columns.length;
  for (const line of body) {
    if (line.blank) continue;
    const cells = line.cells;
    const keys = line.cellKeys;
    if (SKIP.test(keys[0] ?? "") || (keys.length === 1 && SKIP.test(line.key))) continue;
    const anyAmount = cells.some(
      (c, i) => isAmountCell(c) && !(table.layout === "splitCode" && i < (table.codeColumns ?? 0)) && !(table.layout === "singleCode" && i === 0),
    );
    switch (table.layout) {
      case "splitCode": {
        const n = table.codeColumns ?? 3;
        if (TOTAL.test(keys[0] ?? "")) {
          rows.push({ line: line.no, cells, code: null, name: "合计", values: amounts(cells, totalStart(cells, 0, n + 1), width), kind: "total" });
          break;
        }
        if (!codePart(keys[0] ?? "", true)) break;
        let code = keys[0];
        for (let i = 1; i < n; i++) if (codePart(keys[i] ?? "", false)) code += keys[i].padStart(2, "0");
        rows.push({ line: line.no, cells, code, name: cells[n] ?? "", values: amounts(cells, n + 1, width), kind: "item" });
        break;
      }
      case "singleCode": {
        const first = keys[0] ?? "";
        if (TOTAL.test(first) || (first === "" && TOTAL.test(keys[1] ?? ""))) {
          const at = TOTAL.test(first) ? 0 : 1;
          rows.push({ line: line.no, cells, code: null, name: "合计", values: amounts(cells, totalStart(cells, at, 2), width), kind: "total" });
          break;
        }
        if (!/^\d{3}(\d{2}){0,2}$/.test(first)) break;
        rows.push({ line: line.no, cells, code: first, name: cells[1] ?? "", values: amounts(cells, 2, width), kind: "item" });
        break;
      }
      case "sides": {
        // name | amount(s) groups side by side. A name where an amount belongs starts the next group:
        // a continued page's grid may lack a side's empty amount column.
        if (keys.some((k) => SIDES_HEADER.test(k))) break;
        const sides = table.sides ?? [1, -1];
        const parts: { name: string; values: (Amount | null)[] }[] = [];
        let at = 0;
        for (let s = 0; s < sides.length; s++) {
          const count = sides[s] < 0 ? width : sides[s];
          const name = cells[at] ?? "";
          at++;
          const values: (Amount | null)[] = [];
          while (values.length < count && at < cells.length && !hasCjk(cells[at])) {
            values.push(cells[at] === "" ? null : parseAmount(cells[at]));
            at++;
          }
          while (values.length < count) values.push(null);
          parts.push({ name, values });
        }
        if (!parts.some((p) => hasCjk(p.name))) break;
        const last = parts[parts.length - 1];
        const total = parts.some((p) => /总计|合计/.test(p.name));
        rows.push({ line: line.no, cells, code: null, name: parts[0].name, values: last.values, kind: total ? "total" : "item", parts });
        break;
      }
      case "grouped": {
        // group | name | amount, the amount in the last cell (merged cells leave blanks between);
        // a group's own row names 小计 in the name column.
        if (!hasCjk(cells.join("")) || /^项目名称$/.test(keys[0] ?? "")) break;
        const last = cells[cells.length - 1];
        const value = isAmountCell(last) ? parseAmount(last) : null;
        const names = (value === null ? cells : cells.slice(0, -1)).filter((c) => c !== "");
        if (names.some((c) => !hasCjk(c))) break;
        const total = /总计|合计/.test(keys[0] ?? "");
        rows.push({
          line: line.no,
          cells,
          code: null,
          name: names[names.length - 1] ?? "",
          values: [value],
          kind: total ? "total" : "item",
          parts: [{ name: cells[0], values: [] }],
        });
        break;
      }
      case "values": {
        // One row of amounts only (blank cells allowed) under a header of words.
        if (!anyAmount || cells.some((c) => c !== "" && !isAmountCell(c))) break;
        rows.push({ line: line.no, cells, code: null, name: "", values: amounts(cells, 0, width), kind: "item" });
        break;
      }
      case "named": {
        if (!anyAmount) break;
        rows.push({
          line: line.no,
          cells,
          code: null,
          name: cells.find((c) => hasCjk(c)) ?? "",
          values: cells.filter(isAmountCell).map((c) => parseAmount(c)),
          kind: "item",
        });
        break;
      }
    }
  }
  return rows;
}

function moneyUnitOf(table: TemplateTable, body: readonly SourceLine[]): MoneyUnit {
  for (const line of body.slice(0, 8)) {
    const m = /单位:?(万元|元)/.exec(line.key);
    if (m) return m[1] as MoneyUnit;
  }
  return table.moneyUnit;
}

function mostCommon(values: string[]): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  for (const v of values) {
    counts.set(v, (counts.get(v) ?? 0) + 1);
    if (best === null || counts.get(v)! > counts.get(best)!) best = v;
  }
  return best;
}

/** Unit, year and level, each from the template's own places. */
function findIdentity(lines: readonly SourceLine[], tableBodies: SourceLine[][], template: Template): Pick<Disclosure, "unit" | "year" | "level"> {
  let unit: string | null = null;
  let level: "部门" | "单位" | null = null;
  let year: number | null = null;
  const cover = lines.slice(0, 40).filter((l) => !l.blank);
  // Shanghai: 预算主管部门：X (部门 budget) or 预算单位：X (单位 budget) under the cover title.
  for (const line of cover.slice(0, 8)) {
    const m = /^(预算主管部门|预算单位):(.+)$/.exec(line.key);
    if (m) {
      unit = m[2];
      level = m[1] === "预算单位" ? "单位" : "部门";
      break;
    }
  }
  // The cover: "上海市普陀区2025年区级部门预算", "江苏省政协办公厅2017年度部门预算", "2017年度江苏省高级人民法院部门预算公开",
  // or the unit on one line and "2017年部门预算" on the next.
  for (let i = 0; i < Math.min(cover.length, 6); i++) {
    let key = cover[i].key;
    // "江苏省政协办公厅2018年度" / "部门预算公开": a cover title over two lines.
    if (/20\d\d年度?$/.test(key) && i + 1 < cover.length && /^(部门|单位)?预算/.test(cover[i + 1].key)) key += cover[i + 1].key;
    const m = /^(.*?)(20\d\d)年度?(.*?)(?:区级)?(部门|单位)?预算(?:公开)?$/.exec(key) ?? /^(.*?)(20\d\d)年度?(.*?)(部门)$/.exec(key);
    if (!m || /决算/.test(key)) continue;
    year = Number(m[2]);
    if (level === null) level = m[4] === "单位" ? "单位" : "部门";
    if (unit === null) {
      const named = m[1] !== "" ? m[1] : m[3];
      if (named !== "" && !/上海市.*区$/.test(named)) unit = named;
      else if (i > 0 && cover[i - 1].key.length <= 30 && !/目录/.test(cover[i - 1].key)) unit = cover[i - 1].key;
    }
    break;
  }
  // Tables' own lines: 编制部门：X / 部门名称：X / 部门：X (a name cut by 单位：万元 on the same line).
  if (unit === null) {
    const named: string[] = [];
    for (const body of tableBodies) {
      for (const line of body.slice(0, 6)) {
        const m = /^(?:编制部门|编制单位|部门名称|单位名称|部门):(.+?)(?:单位:.*)?$/.exec(line.key);
        if (m) named.push(m[1]);
      }
    }
    unit = mostCommon(named);
  }
  if (year === null) {
    const years: string[] = [];
    for (const line of lines) {
      if (line.blank || line.key.length > TITLE_MAX) continue;
      const m = /(20\d\d)年/.exec(line.key);
      if (m) years.push(m[1]);
    }
    const common = mostCommon(years);
    year = common ? Number(common) : null;
  }
  return { unit, year, level: level ?? template.level ?? null };
}

export interface TemplateReading {
  unit: string | null;
  year: number | null;
  level: "部门" | "单位" | null;
  tables: TemplateTableRead[];
  sections: TemplateSectionRead[];
  warnings: ReadWarning[];
  /** The table whose body runs to the end of the text, if any. */
  endsInTable: { no: number; line: number } | null;
}

export function readTemplate(source: SourceText, template: Template): TemplateReading {
  const lines = source.lines;
  const toc = contentsLines(lines);
  const events: Event[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.blank || toc.has(i) || !mayBeTitle(line) || isTocLine(line)) continue;
    const key = line.key;
    const section = template.sections.find((s) => s.heading.test(key) || s.heading.test(key.replace(NUMBERING, "")));
    if (section) {
      events.push({ kind: "section", index: i, no: section.no, line });
      continue;
    }
    if (template.blockEnds.some((r) => r.test(key))) {
      events.push({ kind: "end", index: i });
      continue;
    }
    const table = matchTemplateTitle(template, key);
    if (table) events.push({ kind: "table", index: i, table, line });
    else if (key.length <= 40 && ANY_TABLE_TITLE.test(titleCore(key))) events.push({ kind: "end", index: i });
  }

  const warnings: ReadWarning[] = [];
  const bodies = new Map<number, { title: SourceLine; body: SourceLine[] }>();
  let endsInTable: TemplateReading["endsInTable"] = null;
  let previousTable: number | null = null;
  for (let e = 0; e < events.length; e++) {
    const event = events[e];
    const end = e + 1 < events.length ? events[e + 1].index : lines.length;
    if (event.kind !== "table") {
      previousTable = null;
      continue;
    }
    const body = lines.slice(event.index + 1, end);
    const read = bodies.get(event.table.no);
    if (read && previousTable === event.table.no) {
      read.body.push(...body); // the title repeated on the next page
    } else if (read) {
      warnings.push({ line: event.line.no, message: `第${event.line.no}行又出现一张“${event.table.title}”，可能附带了其他单位或其他文件的报表，已忽略` });
    } else {
      bodies.set(event.table.no, { title: event.line, body });
    }
    previousTable = event.table.no;
    if (end === lines.length) endsInTable = { no: event.table.no, line: event.line.no };
  }

  const tables: TemplateTableRead[] = template.tables.map((table) => {
    const read = bodies.get(table.no);
    if (!read) {
      return {
        no: table.no,
        key: table.key,
        title: table.title,
        printedTitle: null,
        found: false,
        line: null,
        moneyUnit: table.moneyUnit,
        columns: [...table.columns],
        rows: [],
        empty: true,
      };
    }
    const rows = readRows(table, read.body);
    return {
      no: table.no,
      key: table.key,
      title: table.title,
      printedTitle: read.title.cells.join(""),
      found: true,
      line: read.title.no,
      moneyUnit: moneyUnitOf(table, read.body),
      columns: [...table.columns],
      rows,
      empty: !rows.some((r) => r.values.some((v) => v !== null) || (r.parts ?? []).some((p) => p.values.some((v) => v !== null))),
    };
  });

  const sections: TemplateSectionRead[] = [];
  for (let e = 0; e < events.length; e++) {
    const event = events[e];
    if (event.kind !== "section" || sections.some((s) => s.no === event.no)) continue;
    const end = e + 1 < events.length ? events[e + 1].index : lines.length;
    const paragraphs = lines
      .slice(event.index + 1, end)
      .filter((l) => !l.blank)
      .map((l) => ({ line: l.no, text: l.text.trim() }));
    sections.push({ no: event.no, title: template.sections.find((s) => s.no === event.no)!.title.zh, line: event.line.no, paragraphs });
  }
  sections.sort((a, b) => a.no - b.no);

  const identity = findIdentity(
    lines,
    [...bodies.values()].map((b) => b.body),
    template,
  );
  return { ...identity, tables, sections, warnings, endsInTable };
}
