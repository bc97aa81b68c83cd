/**
 * Disclosure models built from the Jiangsu goldens (test/fixtures/corpus/goldens), which were written
 * by reading the PDF pages: their tables (cells as printed) and their narratives' year-on-year
 * statements (`changes`: item, amount, change, rate, sentence, page). Until the Jiangsu template reader
 * exists this is how the comparison sees the 2017→2018 pairs. Each model line stands for one golden
 * table row or one statement, and `places` says where it was printed and what it says.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseAmount, parsePercent } from "../../src/core/amount";
import type { Disclosure, DisclosureTable, NarrativeFigure, NarrativeSection, TableNo, TableRow } from "../../src/core/model";
import { chineseNumeral } from "../../src/core/reader/text";

export const GOLDEN_DIR = join(__dirname, "..", "fixtures", "corpus", "goldens");

interface GoldenTable {
  page: number;
  title: string;
  moneyUnit: "万元" | "元";
  rows: string[][];
}
interface GoldenChange {
  page: number;
  item: string;
  amount: string | null;
  change: string | null;
  rate: string | null;
  sentence: string;
}
interface GoldenSection {
  page: number;
  section: string;
  paragraphs: string[];
  changes?: GoldenChange[];
}
interface Golden {
  file: string;
  unit: string;
  year: number;
  unitLevel: "部门" | "单位";
  tables: GoldenTable[];
  narrative?: GoldenSection | GoldenSection[] | null;
  otherSections?: GoldenSection[];
}

export interface Place {
  file: string;
  page: number;
  text: string;
}

export interface GoldenDisclosure {
  disclosure: Disclosure;
  /** For model line n: places[n - 1]. */
  places: Place[];
}

/**
 * The 三公 table's header, which the goldens do not record (one row of nine amounts): read from
 * fy-2018.pdf p.14 and the same in every department's 2017 and 2018 table (jcy-2017 p.16 prints
 * 公务用车购置费 50.00 in the fifth column, as its text says).
 */
const THREE_PUBLIC_COLUMNS = [
  "合计",
  "“三公”经费小计",
  "因公出国（境）费",
  "公务用车购置及运行维护费",
  "公务用车购置费",
  "公务用车运行维护费",
  "公务接待费",
  "会议费",
  "培训费",
];

const TOTAL = /^(合计|总计|收入合计|支出合计|收入总计|支出总计)$/;
const isCode = (cell: string) => /^\d{3}(\d{2}){0,2}$/.test(cell);
const isAmount = (cell: string) => cell !== "" && parseAmount(cell) !== null;

/** One golden row as model rows: a row of a two-sided table holds several (name, amounts) groups. */
function rowsOf(cells: string[], line: number): TableRow[] {
  const rows: TableRow[] = [];
  let open: TableRow | null = null;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i].trim();
    if (isCode(cell) && i + 1 < cells.length && !isAmount(cells[i + 1])) {
      open = { code: cell, name: cells[i + 1].trim(), values: [], line, kind: "item", section: `c${i}` };
      rows.push(open);
      i++;
    } else if (cell !== "" && !isAmount(cell)) {
      // Names in neighbouring cells (一般公共预算资金 | 小计) are one name.
      if (open && open.values.length === 0 && open.code === null) open.name += cell;
      else {
        open = { code: null, name: cell, values: [], line, kind: "item", section: `c${i}` };
        rows.push(open);
      }
    } else if (open) {
      open.values.push(cell === "" ? null : parseAmount(cell));
    }
  }
  for (const row of rows) {
    if (TOTAL.test(row.name)) row.kind = "total";
    // A merged name cell leaves a blank before the one amount ("收入总计 | | 33,172.15").
    const present = row.values.filter((v) => v !== null);
    if (present.length === 1) row.values = present;
  }
  // A row of amounts alone (a one-row table such as 支出预算总表) has no names to match by.
  return rows.filter((r) => r.values.some((v) => v !== null) || r.name !== "");
}

function parseStatedAmount(text: string | null): number | null {
  const m = text ? /([\d,，.]+)\s*万元/.exec(text) : null;
  return m ? parseAmount(m[1]) : null;
}

/** A golden `changes` entry as a model figure: the amount, and its change as the sentence states it. */
function figureOf(change: GoldenChange, line: number): NarrativeFigure | null {
  const value = parseStatedAmount(change.amount);
  if (value === null) return null;
  const text = change.change ?? "";
  const stated = parseStatedAmount(text);
  let direction: "increase" | "decrease" | "same" | null = null;
  let amount: number | null = stated;
  if (/相同|持平|一致|相等|未发生变化|等于/.test(text)) {
    direction = "same";
    amount = 0;
  } else if (/增加|增长|多|新增/.test(text)) {
    direction = "increase";
    if (stated === null && /新增/.test(text)) amount = value; // 今年新增支出: nothing last year
  } else if (/减少|下降|降低|小于|少/.test(text)) direction = "decrease";
  const figure: NarrativeFigure = { kind: "amount", label: change.item, value, line };
  if (direction === null || amount === null) return figure;
  const rate = change.rate ? /([\d.]+)\s*%/.exec(change.rate) : null;
  const percent = rate ? parsePercent(rate[1]) : null;
  figure.change = { direction, amount, percent, ...(percent ? { percentWord: /增/.test(change.rate ?? "") ? ("增长" as const) : ("下降" as const) } : {}) };
  return figure;
}

/** Reads one department-year from its golden files (the text and the tables when published apart). */
export function goldenDisclosure(files: string[]): GoldenDisclosure {
  const goldens = files.map((f) => JSON.parse(readFileSync(join(GOLDEN_DIR, f), "utf8")) as Golden);
  const places: Place[] = [];
  const place = (file: string, page: number, text: string) => places.push({ file, page, text }) && places.length;
  const tables: DisclosureTable[] = [];
  const narrative: NarrativeSection[] = [];
  for (const g of goldens) {
    const file = g.file.replace(/^.*\//, "");
    for (const t of g.tables) {
      // A table continued on the next page is a second entry with the same title.
      let table = tables.find((x) => x.title === t.title);
      if (!table) {
        const line = place(file, t.page, t.title);
        table = {
          no: (tables.length + 1) as TableNo,
          title: t.title,
          moneyUnit: t.moneyUnit,
          empty: false,
          emptyNote: false,
          columns: ["金额"],
          rows: [],
          line,
        };
        tables.push(table);
      }
      for (const cells of t.rows) {
        if (cells.every((c) => c.trim() === "")) continue;
        if (/三公/.test(t.title) && cells.length === THREE_PUBLIC_COLUMNS.length && cells.every((c) => c === "" || isAmount(c))) {
          const line = place(file, t.page, cells.join(" | "));
          cells.forEach((c, i) =>
            table!.rows.push({
              code: null,
              name: THREE_PUBLIC_COLUMNS[i],
              values: [c === "" ? null : parseAmount(c)],
              line,
              kind: i === 0 ? "total" : "item",
              section: "c0",
            }),
          );
          continue;
        }
        table.rows.push(...rowsOf(cells, place(file, t.page, cells.filter((c) => c !== "").join(" | "))));
      }
    }
    const sections = [...(Array.isArray(g.narrative) ? g.narrative : g.narrative ? [g.narrative] : []), ...(g.otherSections ?? [])];
    for (const s of sections) {
      const numeral = /^([一二三四五六七八九十]+)、/.exec(s.section);
      const no = numeral ? (chineseNumeral(numeral[1]) ?? 0) : 0;
      const figures = (s.changes ?? []).flatMap((c) => {
        const f = figureOf(c, place(file, c.page, c.sentence));
        return f ? [f] : [];
      });
      narrative.push({ no, title: s.section, line: place(file, s.page, s.section), text: s.paragraphs.join("\n"), figures });
    }
  }
  const g = goldens[0];
  const disclosure = {
    unit: g.unit,
    year: g.year,
    level: g.unitLevel,
    unitType: null,
    tables,
    narrative,
    performance: [],
    warnings: [],
    lineCount: places.length,
    template: "jiangsu",
  } as Disclosure;
  return { disclosure, places };
}
