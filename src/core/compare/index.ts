/**
 * Comparing a disclosure with last year's: every year-on-year statement of this year's document is
 * checked against the figure last year's document actually published, large changes without a reason
 * and items that appeared or disappeared are listed, and the unit must be the same. Pure: two
 * Disclosure models in, findings out.
 */
import { type Amount, formatPercent, percentOf, yuanToWanyuan } from "../amount";
import type { Disclosure, DisclosureTable, NarrativeFigure, TableRow } from "../model";
import { foldKey } from "../reader/text";
import { L, type Localized, type Text, quote, splitMessage } from "../messages";
import { judgeSum } from "../amount";
import { fmt, num } from "../messages/findings";
import { type RowPair, type TablePair, matchTables, rowKey } from "./match";
import { type ComparedTable, comparisonView } from "./templateView";
import { itemKey, similarity, similarNames } from "./names";
import {
  type CompareOptions,
  type Comparison,
  DEFAULT_COMPARE_OPTIONS,
  PRIOR_YEAR_RULES,
  type PriorYearFinding,
  type PriorYearRule,
  type StatementCheck,
} from "./types";

export * from "./types";
export { itemKey, similarNames } from "./names";
export { matchRows, matchTables, rowKey, type RowPair, type TablePair } from "./match";
export { comparisonView } from "./templateView";

const CHINESE_NUMBERS = "一二三四五六七八九十";
/** 第八项: the narrative's sections are numbered 一、二、… within 第三部分 (Shanxi) or the 情况说明 (other templates). */
const sectionName = (no: number): Localized => L(sectionNameZh(no), `section ${no}`);
const sectionNameZh = (no: number) =>
  `第${no <= 10 ? CHINESE_NUMBERS[no - 1] : no < 20 ? `十${CHINESE_NUMBERS[no - 11]}` : no < 100 ? `${CHINESE_NUMBERS[Math.floor(no / 10) - 1]}十${no % 10 ? CHINESE_NUMBERS[(no % 10) - 1] : ""}` : String(no)}项`;

/** A figure last year published, as a candidate for what a statement speaks of. */
interface LastFigure {
  value: Amount;
  where: Localized;
  lines: number[];
  /** 1 for a printed figure (a copy must match exactly); n for a sum of n printed figures. */
  addends: number;
  /**
   * Why the figure may not be the same item's (a subject renamed under its code, which is how a
   * subject's scope is changed; a subject new this year that may merge old ones): a disagreement is
   * then reported as not checked rather than as an error.
   */
  doubt?: Localized;
}

/** A row's first amount (the 合计 column) in 万元 hundredths, whatever the table prints in. */
function rowAmount(table: DisclosureTable, row: TableRow): Amount | null {
  const v = row.values[0] ?? null;
  if (v === null) return null;
  return table.moneyUnit === "元" ? yuanToWanyuan(v) : v;
}

const tableLabel = (t: DisclosureTable): Localized => {
  const label = (t as ComparedTable).label;
  return label ? L(label, `table ${quote(t.title)}`) : L(`表${t.no}`, `table ${t.no}`);
};
const rowLabel = (row: TableRow): Localized => (row.kind === "total" && !row.side ? L("合计", "the total") : L(row.name, quote(row.name)));
/** "上年表3“x”" / "last year's table 3, x". */
const lastYears = (t: DisclosureTable, what: Localized): Localized => L(`上年${tableLabel(t).zh}${what.zh}`, `last year's ${tableLabel(t).en}, ${what.en}`);

/** Words that give a reason: a large change or a new item is explained when its sentence has one. */
// A bare 因 is no reason word in 因公出国.
const REASON = /原因|由于|因为|主要是|主要用于|用于|因(?!公)/;

interface Located {
  table: DisclosureTable;
  row: TableRow;
}

class Comparer {
  private readonly findings: PriorYearFinding[] = [];
  private readonly statements: StatementCheck[] = [];
  private readonly tables: TablePair[];
  /** This year's row → its pair (and the tables both sit in). */
  private readonly pairOf = new Map<TableRow, { pair: RowPair; tables: TablePair }>();
  /** This year's rows whose change the narrative states (for the large-change and new-item checks). */
  private readonly statedRows = new Set<TableRow>();
  /** This year's narrative, sentence by sentence, folded for searching. */
  private readonly sentences: string[];

  constructor(
    private readonly last: Disclosure,
    private readonly current: Disclosure,
    private readonly options: CompareOptions,
  ) {
    this.tables = matchTables(last, current);
    for (const tables of this.tables) for (const pair of tables.rows) if (pair.current) this.pairOf.set(pair.current, { pair, tables });
    this.sentences = current.narrative.flatMap((s) => foldKey(s.text.normalize("NFKC")).split(/[。；;\n]/));
  }

  run(): Comparison {
    this.compareUnits();
    for (const section of this.current.narrative) for (const figure of section.figures) this.checkStatement(section.no, figure);
    this.checkRows();
    return { findings: this.findings, statements: this.statements, tables: this.tables };
  }

  private report(
    rule: PriorYearRule,
    finding: Omit<PriorYearFinding, "rule" | "scope" | "severity" | "message" | "messageEn"> & { severity?: PriorYearFinding["severity"]; message: Text },
  ): void {
    this.findings.push({ rule: rule.id, scope: "prior-year", ...finding, ...splitMessage(finding.message), severity: finding.severity ?? rule.severity });
  }

  private compareUnits(): void {
    const { last, current } = this;
    const rule = PRIOR_YEAR_RULES.unit;
    if (last.unit && current.unit && foldKey(last.unit) !== foldKey(current.unit)) {
      this.report(rule, {
        tables: [],
        message: L(
          `单位名称与上年不同：上年为“${last.unit}”，本年为“${current.unit}”`,
          `the unit's name differs from last year's: last year ${quote(last.unit)}, this year ${quote(current.unit)}`,
        ),
        expected: last.unit,
        actual: current.unit,
        lines: [],
        lastLines: [],
      });
    }
    if (last.level && current.level && last.level !== current.level) {
      this.report(rule, {
        tables: [],
        message: L(
          `预算级次与上年不同：上年为${last.level}预算，本年为${current.level}预算`,
          `the budget level differs from last year's: last year ${last.level === "部门" ? "a department" : "a unit"} budget, this year ${current.level === "部门" ? "a department" : "a unit"} budget`,
        ),
        expected: last.level,
        actual: current.level,
        lines: [],
        lastLines: [],
      });
    }
    if (last.year !== null && current.year !== null && current.year !== last.year + 1) {
      this.report(rule, {
        tables: [],
        message: L(
          `两份公开的年度不衔接：上年文件为${last.year}年度，本年文件为${current.year}年度（应为${last.year + 1}年度）`,
          `the two disclosures' years do not follow on: last year's is for ${last.year}, this year's for ${current.year} (should be ${last.year + 1})`,
        ),
        expected: last.year + 1,
        actual: current.year,
        lines: [],
        lastLines: [],
      });
    }
  }

  /** This year's table rows a narrative figure restates: by name, else a total of the same value. */
  private restatedRows(figure: NarrativeFigure, key: string): Located[] {
    const named: Located[] = [];
    const similar: Located[] = [];
    const totals: Located[] = [];
    for (const table of this.current.tables) {
      for (const row of table.rows) {
        // A blank cell is 0 for what a narrative restates.
        const value = rowAmount(table, row) ?? 0;
        if (row.kind === "total") {
          // A blank total restates nothing in a table with figures (a side of a 收支总表 left blank); an empty table's total is 0.
          if (value === figure.value && (rowAmount(table, row) !== null || table.empty)) totals.push({ table, row });
          continue;
        }
        const k = rowKey(row);
        if (k === key) named.push({ table, row });
        else if (value === figure.value && similarNames(k, key)) similar.push({ table, row });
      }
    }
    if (named.length > 0) return named;
    if (similar.length > 0) return similar;
    // Of the totals of that value, those of the tables whose titles are nearest the label (三公, 机关运行经费 …).
    const closeness = (l: Located) => similarity(itemKey(l.table.title.replace(/\d{4}年度?/, "")), key);
    const best = Math.max(0, ...totals.map(closeness));
    // Zero is every empty table's total: only a table whose title speaks of the item restates it.
    if (figure.value === 0 && best < 0.3) return [];
    return totals.filter((l) => closeness(l) === best);
  }

  /** What last year published for the item a statement speaks of, best first. */
  private lastFigures(sectionNo: number, figure: NarrativeFigure): LastFigure[] {
    const key = itemKey(figure.label);
    const found: LastFigure[] = [];
    const add = (f: LastFigure) => {
      if (!found.some((g) => g.value === f.value && g.where.zh === f.where.zh)) found.push(f);
    };
    for (const { table, row } of this.restatedRows(figure, key)) {
      const entry = this.pairOf.get(row);
      if (!entry) continue;
      const lastTable = entry.tables.last;
      const lastRow = entry.pair.last;
      if (lastRow) {
        const renamed = entry.pair.by === "code" && !similarNames(rowKey(lastRow), rowKey(row));
        add({
          value: rowAmount(lastTable, lastRow) ?? 0,
          where: lastYears(lastTable, L(`“${rowLabel(lastRow).zh}”`, rowLabel(lastRow).en)),
          lines: [lastRow.line],
          addends: 1,
          ...(renamed
            ? {
                doubt: L(
                  `科目${row.code}上年名为“${lastRow.name}”，本年为“${row.name}”，口径可能已调整`,
                  `subject ${row.code} was named ${quote(lastRow.name)} last year and ${quote(row.name)} this year; its scope may have changed`,
                ),
              }
            : {}),
        });
        continue;
      }
      // A subject last year published only as its parts (a new level of detail), or not at all.
      const children = row.code ? lastTable.rows.filter((r) => r.code && r.code.length > row.code!.length && r.code.startsWith(row.code!)) : [];
      const deepest = children.length > 0 ? Math.min(...children.map((r) => r.code!.length)) : 0;
      const parts = children.filter((r) => r.code!.length === deepest);
      if (parts.length > 0) {
        add({
          value: parts.reduce((s, r) => s + (rowAmount(lastTable, r) ?? 0), 0),
          where: lastYears(lastTable, L(`${parts.map((r) => `“${r.name}”`).join("、")}之和`, `the sum of ${parts.map((r) => quote(r.name)).join(", ")}`)),
          lines: parts.map((r) => r.line),
          addends: parts.length,
        });
      } else if (table.no === lastTable.no) {
        add({
          value: 0,
          where: lastYears(lastTable, L("（无此项）", "(no such item)")),
          lines: [lastTable.line],
          addends: 1,
          doubt: L(
            `上年${tableLabel(lastTable).zh}没有“${row.name}”，可能由上年的其他科目合并或调整而来`,
            `last year's ${tableLabel(lastTable).en} has no ${quote(row.name)}; it may merge or replace other subjects of last year`,
          ),
        });
      }
    }
    // Last year's own narrative: the same label, the same section first.
    const lastNarrative = [...this.last.narrative].sort((a, b) => Number(b.no === sectionNo) - Number(a.no === sectionNo));
    for (const section of lastNarrative) {
      for (const f of section.figures) {
        if (f.kind === "amount" && itemKey(f.label) === key)
          add({
            value: f.value,
            where: L(`上年情况说明${sectionName(section.no).zh}“${f.label}”`, `last year's narrative, ${sectionName(section.no).en}, ${quote(f.label)}`),
            lines: [f.line],
            addends: 1,
          });
      }
    }
    if (found.length === 0) {
      // An item this year's tables do not show: last year's rows of that name.
      for (const table of this.last.tables) {
        for (const row of table.rows) {
          if (row.kind !== "total" && rowKey(row) === key)
            add({ value: rowAmount(table, row) ?? 0, where: lastYears(table, L(`“${row.name}”`, quote(row.name))), lines: [row.line], addends: 1 });
        }
      }
    }
    return found;
  }

  private checkStatement(sectionNo: number, figure: NarrativeFigure): void {
    const change = figure.change;
    if (figure.kind !== "amount" || !change || (change.direction !== "same" && change.amount === null)) return;
    const delta = change.direction === "same" ? 0 : change.direction === "increase" ? change.amount! : -change.amount!;
    const implied = figure.value - delta;
    if (change.direction !== "same") for (const { row } of this.restatedRows(figure, itemKey(figure.label))) this.statedRows.add(row);
    const candidates = this.lastFigures(sectionNo, figure);
    const check: StatementCheck = {
      section: sectionNo,
      label: figure.label,
      line: figure.line,
      lastValue: null,
      lastSource: null,
      lastSourceEn: null,
      lastLines: [],
      verdict: "not-found",
    };
    this.statements.push(check);
    const what = L(
      `情况说明${sectionName(sectionNo).zh}“${figure.label}”${fmt(figure.value)}万元`,
      `narrative ${sectionName(sectionNo).en}, ${quote(figure.label)} ${fmt(figure.value)} (10k yuan)`,
    );
    const said =
      change.direction === "same"
        ? L("与上年相同", "the same as last year")
        : L(
            `比上年${delta >= 0 ? "增加" : "减少"}${fmt(Math.abs(delta))}万元`,
            `${delta >= 0 ? "up" : "down"} ${fmt(Math.abs(delta))} (10k yuan) on last year`,
          );
    if (candidates.length === 0) {
      this.report(PRIOR_YEAR_RULES.unmatched, {
        tables: [],
        message: L(
          `${what.zh}，${said.zh}：上年公开中找不到对应的数字，未能核对`,
          `${what.en}, ${said.en}: last year's disclosure has no matching figure; not checked`,
        ),
        expected: null,
        actual: num(implied),
        lines: [figure.line],
        lastLines: [],
      });
      return;
    }
    const exact = candidates.find((c) => c.value === implied);
    const rounding = exact ? undefined : candidates.find((c) => c.addends > 1 && judgeSum(c.value, implied, c.addends) === "rounding");
    const chosen = exact ?? rounding ?? candidates.find((c) => !c.doubt) ?? candidates[0];
    if (!exact && !rounding && chosen.doubt) {
      Object.assign(check, { lastValue: chosen.value, lastSource: chosen.where.zh, lastSourceEn: chosen.where.en, lastLines: chosen.lines });
      this.report(PRIOR_YEAR_RULES.unmatched, {
        tables: [],
        message: L(
          `${what.zh}，${said.zh}：${chosen.doubt.zh}，未能核对（${chosen.where.zh}为${fmt(chosen.value)}万元）`,
          `${what.en}, ${said.en}: ${chosen.doubt.en}; not checked (${chosen.where.en} is ${fmt(chosen.value)} (10k yuan))`,
        ),
        expected: null,
        actual: num(implied),
        lines: [figure.line],
        lastLines: chosen.lines,
      });
      return;
    }
    Object.assign(check, { lastValue: chosen.value, lastSource: chosen.where.zh, lastSourceEn: chosen.where.en, lastLines: chosen.lines });
    const actualDelta = figure.value - chosen.value;
    const shouldSay =
      actualDelta === 0
        ? L("与上年相同", "the same as last year")
        : L(
            `比上年${actualDelta > 0 ? "增加" : "减少"}${fmt(Math.abs(actualDelta))}万元`,
            `${actualDelta > 0 ? "up" : "down"} ${fmt(Math.abs(actualDelta))} (10k yuan) on last year`,
          );
    if (exact) check.verdict = "agrees";
    else if (rounding) {
      check.verdict = "rounding";
      this.report(PRIOR_YEAR_RULES.change, {
        severity: "warning",
        tables: [],
        message: L(
          `${what.zh}，${said.zh}；${chosen.where.zh}为${fmt(chosen.value)}万元（${chosen.addends}项之和），相差${fmt(implied - chosen.value)}，在${chosen.addends}项四舍五入的尾差范围内`,
          `${what.en}, ${said.en}; ${chosen.where.en} is ${fmt(chosen.value)} (10k yuan, a sum of ${chosen.addends}), a difference of ${fmt(implied - chosen.value)}, within the rounding of ${chosen.addends} figures`,
        ),
        expected: num(actualDelta),
        actual: num(delta),
        lines: [figure.line],
        lastLines: chosen.lines,
      });
    } else {
      check.verdict = "differs";
      this.report(change.direction === "same" ? PRIOR_YEAR_RULES.same : PRIOR_YEAR_RULES.change, {
        tables: [],
        message: L(
          `${what.zh}，${said.zh}，但${chosen.where.zh}为${fmt(chosen.value)}万元，应为${shouldSay.zh}`,
          `${what.en}, ${said.en}, but ${chosen.where.en} is ${fmt(chosen.value)} (10k yuan): it should be ${shouldSay.en}`,
        ),
        expected: num(actualDelta),
        actual: num(delta),
        lines: [figure.line],
        lastLines: chosen.lines,
      });
    }
    // The rate against what last year published.
    const percent = change.percent;
    if (!percent || change.direction === "same" || chosen.value === 0 || actualDelta === 0) return;
    const recomputed = percentOf(Math.abs(actualDelta), Math.abs(chosen.value), percent.decimals);
    if (recomputed === null || recomputed === percent.basisPoints) return;
    const offByOne = Math.abs(recomputed - percent.basisPoints) <= 10 ** (2 - percent.decimals);
    this.report(PRIOR_YEAR_RULES.change, {
      severity: offByOne ? "warning" : "error",
      tables: [],
      message: L(
        `${what.zh}，变动率${formatPercent(percent.basisPoints, percent.decimals)}；按${chosen.where.zh}${fmt(chosen.value)}万元应为${formatPercent(recomputed, percent.decimals)}${offByOne ? "（末位相差1，可能为凑整）" : ""}`,
        `${what.en}, rate of change ${formatPercent(percent.basisPoints, percent.decimals)}; from ${chosen.where.en} ${fmt(chosen.value)} (10k yuan) it should be ${formatPercent(recomputed, percent.decimals)}${offByOne ? " (last digit off by one, perhaps rounded)" : ""}`,
      ),
      expected: formatPercent(recomputed, percent.decimals),
      actual: formatPercent(percent.basisPoints, percent.decimals),
      lines: [figure.line],
      lastLines: chosen.lines,
    });
  }

  /** Whether this year's narrative speaks of the item's change: a stated change (not "与上年相同") of it, or a sentence naming it with a reason. */
  private explained(table: DisclosureTable, row: TableRow): boolean {
    // A stated change of the row, of its parent subject or of one of its parts.
    const code = row.code;
    if (table.rows.some((r) => this.statedRows.has(r) && (r === row || (code && r.code && (r.code.startsWith(code) || code.startsWith(r.code)))))) return true;
    const key = rowKey(row);
    if (key.length < 2) return false;
    for (const section of this.current.narrative)
      for (const f of section.figures) if (f.change && f.change.direction !== "same" && itemKey(f.label) === key) return true;
    return this.sentences.some((s) => {
      const at = s.indexOf(key);
      return at >= 0 && REASON.test(s.slice(at + key.length));
    });
  }

  /** What kind of item a row is, for the messages. */
  private itemNoun(table: DisclosureTable, row: TableRow): Localized {
    if (/三公/.test(table.title)) return L("“三公”经费项目", "“three public” expense item");
    if (/项目/.test(table.title)) return L("项目", "project");
    if (row.code) return L("科目", "subject");
    if (/经济|基本支出/.test(table.title)) return L("经济科目", "economic subject");
    return L("项目", "project");
  }

  private checkRows(): void {
    const threshold = Math.round(this.options.largeChangeWanyuan * 100);
    const seen = new Set<string>();
    for (const tables of this.tables) {
      // A procurement table's rows are purchase categories, not the unit's items.
      if (/采购/.test(tables.current.title)) continue;
      for (const pair of tables.rows) {
        const sample = pair.current ?? pair.last!;
        if (sample.kind === "total" || sample.kind === "subtotal") continue;
        const lastValue = pair.last ? (rowAmount(tables.last, pair.last) ?? 0) : 0;
        const currentValue = pair.current ? (rowAmount(tables.current, pair.current) ?? 0) : 0;
        if (lastValue === currentValue) continue;
        // The same item in several tables (表2, 表3 and 表5 repeat the subjects) is reported once.
        const identity = `${rowKey(sample)}|${lastValue}|${currentValue}`;
        if (seen.has(identity)) continue;
        seen.add(identity);
        const lines = pair.current ? [pair.current.line] : [];
        const lastLines = pair.last ? [pair.last.line] : [];
        const name = `${sample.code ? `${sample.code} ` : ""}${sample.name}`;
        const where = tableLabel(tables.current);
        if (lastValue === 0 || currentValue === 0) {
          if (this.explained(tables.current, sample)) continue;
          const noun = this.itemNoun(tables.current, sample);
          this.report(PRIOR_YEAR_RULES.items, {
            tables: [tables.current.no],
            message:
              lastValue === 0
                ? L(
                    `${where.zh}新增${noun.zh}“${name}”${fmt(currentValue)}万元，上年没有`,
                    `${where.en}: new ${noun.en} ${quote(name)} ${fmt(currentValue)} (10k yuan), not there last year`,
                  )
                : L(
                    `${where.zh}不再有上年的${noun.zh}“${name}”（上年${fmt(lastValue)}万元）`,
                    `${where.en} no longer has last year's ${noun.en} ${quote(name)} (last year ${fmt(lastValue)} (10k yuan))`,
                  ),
            expected: num(lastValue),
            actual: num(currentValue),
            lines,
            lastLines,
          });
          continue;
        }
        const change = currentValue - lastValue;
        if (Math.abs(change) < threshold || Math.abs(change) * 100 < this.options.largeChangePercent * Math.abs(lastValue)) continue;
        if (this.explained(tables.current, sample)) continue;
        const rate = percentOf(Math.abs(change), Math.abs(lastValue), 2);
        this.report(PRIOR_YEAR_RULES.largeChange, {
          tables: [tables.current.no],
          message: L(
            `${where.zh}“${name}”${fmt(currentValue)}万元，上年${fmt(lastValue)}万元，${change > 0 ? "增加" : "减少"}${fmt(Math.abs(change))}万元（${change > 0 ? "增长" : "下降"}${rate === null ? "" : formatPercent(rate)}），情况说明未说明原因`,
            `${where.en}, ${quote(name)} ${fmt(currentValue)} (10k yuan), last year ${fmt(lastValue)}: ${change > 0 ? "up" : "down"} ${fmt(Math.abs(change))}${rate === null ? "" : ` (${formatPercent(rate)})`}, and the narrative gives no reason`,
          ),
          expected: num(lastValue),
          actual: num(currentValue),
          lines,
          lastLines,
        });
      }
    }
  }
}

/** Compares this year's disclosure with last year's. */
export function compareDisclosures(last: Disclosure, current: Disclosure, options: Partial<CompareOptions> = {}): Comparison {
  return new Comparer(comparisonView(last), comparisonView(current), { ...DEFAULT_COMPARE_OPTIONS, ...options }).run();
}
