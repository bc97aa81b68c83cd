/**
 * 说明: the narrative section by section, each stated figure beside a formula that reads the table
 * cell it restates, its share recomputed by formula, and a live flag. The narrative follows the tables.
 */
import { amountToNumber, formatAmount, formatAmountShort } from "../amount";
import { findTable, type Disclosure, type NarrativeFigure, type TableNo, type TableRow } from "../model";
import { bareName, rowNamed, rowsOn, totalRow } from "../model/rows";
import { projectGroups } from "../model/projects";
import { INCOME_SOURCES, THREE_PUBLIC_ITEMS } from "../model/names";
import { cellRef, sheetRef } from "./address";
import type { PlacementMap } from "./tableSheet";
import { CellCollector } from "./cells";
import type { SheetLayout } from "./types";

export const NARRATIVE_SHEET = "说明";

interface Link {
  value: [TableRow | undefined, number];
  base?: [TableRow | undefined, number];
}

/** Which table cell a narrative figure restates, and the whole its share is of. */
export function figureLink(d: Disclosure, sectionNo: number, figure: NarrativeFigure, isHead: boolean): Link | undefined {
  const t = (no: TableNo) => findTable(d, no);
  const label = figure.label;
  switch (sectionNo) {
    case 1: {
      const income = rowsOn(t(1), "income");
      if (/收入总计/.test(label)) return { value: [income.find((r) => r.kind === "total"), 0] };
      if (/^本年收入$/.test(label)) return { value: [income.find((r) => r.kind === "subtotal"), 0] };
      if (/支出总计/.test(label)) return { value: [totalRow(t(1), "expenditure"), 0] };
      return undefined;
    }
    case 2: {
      const total = totalRow(t(1), "income");
      if (isHead) return { value: [total, 0] };
      const source = INCOME_SOURCES.find(([p]) => p.test(label));
      const row = source && rowsOn(t(1), "income").find((r) => r.kind === "item" && source[1].test(bareName(r.name)));
      return row ? { value: [row, 0], base: [total, 0] } : undefined;
    }
    case 3: {
      const total = totalRow(t(3));
      if (isHead) return { value: [total, 0] };
      if (/基本支出/.test(label)) return { value: [total, 1], base: [total, 0] };
      if (/项目支出/.test(label)) return { value: [total, 2], base: [total, 0] };
      return undefined;
    }
    case 4: {
      if (isHead) return { value: [totalRow(t(4), "income"), 0] };
      const kinds: [RegExp, RegExp][] = [
        [/^一般公共预算拨款$/, /^一般公共预算$/],
        [/^政府性基金预算拨款$/, /^政府性基金预算$/],
        [/^国有资本经营预算拨款$/, /^国有资本经营预算$/],
      ];
      const kind = kinds.find(([p]) => p.test(label));
      if (kind) return { value: [rowsOn(t(4), "income").find((r) => r.section === undefined && kind[1].test(bareName(r.name))), 0] };
      const row = rowsOn(t(4), "expenditure").find((r) => r.kind === "item" && bareName(r.name) === label);
      return row ? { value: [row, 0] } : undefined;
    }
    case 5: {
      const total = totalRow(t(5));
      if (/一般公共预算当年支出$/.test(label)) return { value: [total, 0] };
      const row = t(5)?.rows.find((r) => r.code?.length === 3 && bareName(r.name) === label);
      return row ? { value: [row, 0], base: [total, 0] } : undefined;
    }
    case 6: {
      const total = totalRow(t(6));
      if (/基本支出/.test(label)) return { value: [total, 0] };
      if (/^人员经费$/.test(label)) return { value: [total, 1] };
      if (/^公用经费$/.test(label)) return { value: [total, 2] };
      return undefined;
    }
    case 7: {
      if (/三公/.test(label)) return { value: [totalRow(t(10)), 0] };
      const item = THREE_PUBLIC_ITEMS.find(([p]) => p.test(label));
      return item ? { value: [rowNamed(t(10), item[1]), 0] } : undefined;
    }
    case 8:
      return /机关运行经费/.test(label) ? { value: [totalRow(t(11)), 0] } : undefined;
    case 10: {
      const t12 = t(12);
      const first = t12 ? projectGroups(t12.rows).find((g) => g.subtotal)?.subtotal : undefined;
      return /金额/.test(label) && first ? { value: [first, 0] } : undefined;
    }
  }
  return undefined;
}

/** The section's text cut into sentences (at 。；;), each kept with its punctuation. */
function splitSentences(text: string): string[] {
  return text
    .replace(/\n/g, "")
    .split(/(?<=[。；;])/)
    .map((t) => t.trim())
    .filter((t) => t !== "");
}

const compact = (text: string) => text.replace(/[\s,，]/g, "");

/** How a figure may be printed with its unit, to find the sentence that states it ("5.70万元", "5.7万元", "12个"). */
function numberTexts(figure: NarrativeFigure): string[] {
  if (figure.kind === "count") return [`${figure.value}个`];
  return [`${formatAmount(figure.value)}万元`, `${formatAmountShort(figure.value)}万元`];
}

export function buildNarrativeSheet(d: Disclosure, placements: PlacementMap): SheetLayout {
  const out = new CellCollector();
  const cells = out.cells;
  const put = out.value.bind(out);
  const formula = out.formula.bind(out);
  put(1, 1, `${d.unit ?? ""}${d.year ?? ""}年度预算情况说明：文中数字与表格核对`, "title");
  ["部分", "项目", "文中金额", "按表计算", "文中占比", "按表计算占比", "结果", "原文行"].forEach((h, i) => put(2, i + 1, h, "header"));
  let row = 3;
  const rowOfLine: Record<number, number> = {};
  const writeFigure = (sectionNo: number, figure: NarrativeFigure, isHead: boolean) => {
    put(row, 2, figure.label || "（未命名）", "name");
    put(row, 8, figure.line, "line");
    if (figure.kind === "count") {
      put(row, 3, figure.value, "name");
      return;
    }
    put(row, 3, amountToNumber(figure.value), "amount");
    const link = figureLink(d, sectionNo, figure, isHead);
    const value = link && placements.get(link.value[0], link.value[1]);
    if (value) formula(row, 4, `=${sheetRef(value.sheet, value.row, value.col)}`, "amount");
    if (figure.share) {
      cells.push({ row, col: 5, content: { value: figure.share.basisPoints / 10000 }, style: "percent" });
      const base = link?.base && placements.get(link.base[0], link.base[1]);
      if (value && base)
        formula(
          row,
          6,
          `=IF(${sheetRef(base.sheet, base.row, base.col)}=0,"",ROUND(${cellRef(row, 4)}/${sheetRef(base.sheet, base.row, base.col)},${figure.share.decimals + 2}))`,
          "percent",
        );
    }
    if (value) {
      const c = cellRef(row, 3);
      const v = cellRef(row, 4);
      const e = cellRef(row, 5);
      const f = cellRef(row, 6);
      formula(
        row,
        7,
        `=IF(ROUND((${c}-${v})*100,0)<>0,"差 "&TEXT(${c}-${v},"0.00")&"：表中为 "&TEXT(${v},"0.00"),IF(OR(${e}="",${f}=""),"✓",IF(ROUND((${e}-${f})*10000,0)<>0,"占比不符：应为 "&TEXT(${f},"0.00%"),"✓")))`,
        "check",
      );
    }
  };
  for (const section of d.narrative) {
    if (section.no > 10) continue;
    put(row, 1, section.title, "name", true);
    put(row, 8, section.line, "line");
    row++;
    // Sentence by sentence, each followed by the figures it states.
    const sentences = splitSentences(section.text);
    const figures = [...section.figures];
    let headSeen = false;
    let sentenceIndex = 0;
    const placed = new Map<number, NarrativeFigure[]>();
    // Each figure goes under the first sentence, from the current one on, that still states it
    // unconsumed ("856.71万元" may be stated twice in one sentence and again in the next).
    const remaining = sentences.map(compact);
    for (const figure of figures) {
      const needles = numberTexts(figure);
      let k = sentenceIndex;
      const found = (text: string) => needles.find((n) => text.includes(n));
      while (k < sentences.length && !found(remaining[k])) k++;
      if (k < sentences.length) {
        sentenceIndex = k;
        remaining[k] = remaining[k].replace(found(remaining[k])!, "");
      }
      placed.set(sentenceIndex, [...(placed.get(sentenceIndex) ?? []), figure]);
    }
    sentences.forEach((sentence, k) => {
      put(row, 2, sentence, "note");
      row++;
      for (const figure of placed.get(k) ?? []) {
        const isHead = figure.kind === "amount" && !headSeen;
        if (figure.kind === "amount") headSeen = true;
        writeFigure(section.no, figure, isHead);
        rowOfLine[figure.line] ??= row;
        row++;
      }
    });
  }

  return {
    name: NARRATIVE_SHEET,
    kind: "narrative",
    cells,
    merges: [{ from: [1, 1], to: [1, 8] }],
    columnWidths: [26, 40, 12, 12, 11, 13, 30, 8],
    frozenRows: 2,
    outline: [],
    checkColumn: 7,
    rowOfLine,
  };
}
