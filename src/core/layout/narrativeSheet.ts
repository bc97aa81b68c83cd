/**
 * 说明: the narrative section by section, each stated figure beside a formula that reads the table
 * cell it restates, its share recomputed by formula, and live flags (the amount, the share, the
 * stated rate of change). The narrative follows the tables.
 */
import { amountToNumber, formatAmount, formatAmountShort } from "../amount";
import type { Disclosure, NarrativeFigure } from "../model";
import { display, flagFormula, type Locate, type Operand, type RelationInstance, type SheetCell } from "../relations";
import { cellRef } from "./address";
import type { PlacementMap } from "./tableSheet";
import { CellCollector } from "./cells";
import type { SheetLayout } from "./types";

export const NARRATIVE_SHEET = "说明";

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

/** The relations the 说明 sheet shows beside the figures, and those left for the 校验 sheet. */
export interface NarrativeChecks {
  instances: RelationInstance[];
  placed: { instance: RelationInstance; at: SheetCell }[];
  rest: RelationInstance[];
  /** Set by the builder: where table cells and the narrative's figures are. */
  locate?: Locate;
}

const AMOUNT_CHECK = 7;
const SHARE_CHECK = 8;
const RATE_CHECK = 9;
const LINE_COL = 10;

const sameCell = (a: Operand, b: Operand) => a.kind === "cell" && b.kind === "cell" && a.row === b.row && a.col === b.col;

export function buildNarrativeSheet(d: Disclosure, placements: PlacementMap, checks?: NarrativeChecks): SheetLayout {
  const out = new CellCollector();
  const cells = out.cells;
  const put = out.value.bind(out);
  const formula = out.formula.bind(out);
  put(1, 1, `${d.unit ?? ""}${d.year ?? ""}年度预算情况说明：文中数字与表格核对`, "title");
  ["部分", "项目", "文中金额", "按表计算", "文中占比", "按表计算占比", "金额核对", "占比核对", "增减率核对", "原文行"].forEach((h, i) =>
    put(2, i + 1, h, "header"),
  );
  let row = 3;
  const rowOfLine: Record<number, number> = {};
  const figureRow = new Map<NarrativeFigure, number>();
  const writeFigure = (figure: NarrativeFigure) => {
    put(row, 2, figure.label || "（未命名）", "name");
    put(row, LINE_COL, figure.line, "line");
    figureRow.set(figure, row);
    if (figure.kind === "count") {
      put(row, 3, figure.value, "name");
      return;
    }
    put(row, 3, amountToNumber(figure.value), "amount");
    if (figure.share) cells.push({ row, col: 5, content: { value: figure.share.basisPoints / 10000 }, style: "percent" });
  };
  for (const section of d.narrative) {
    if (section.no > 10) continue;
    put(row, 1, section.title, "name", true);
    put(row, LINE_COL, section.line, "line");
    row++;
    // Sentence by sentence, each followed by the figures it states.
    const sentences = splitSentences(section.text);
    let sentenceIndex = 0;
    const placed = new Map<number, NarrativeFigure[]>();
    // Each figure goes under the first sentence, from the current one on, that still states it
    // unconsumed ("856.71万元" may be stated twice in one sentence and again in the next).
    const remaining = sentences.map(compact);
    for (const figure of section.figures) {
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
        writeFigure(figure);
        rowOfLine[figure.line] ??= row;
        row++;
      }
    });
  }

  // The relations of the narrative's figures, beside them: one flag cell each.
  const locate: Locate = (op) => {
    if (op.kind === "cell") return placements.get(op.row, op.col);
    if (op.kind === "stated" && figureRow.has(op.figure) && op.figure.kind === "amount")
      return { sheet: NARRATIVE_SHEET, row: figureRow.get(op.figure)!, col: 3 };
    if (op.kind === "statedShare" && op.figure.share && figureRow.has(op.figure)) return { sheet: NARRATIVE_SHEET, row: figureRow.get(op.figure)!, col: 5 };
    return undefined;
  };
  if (checks) checks.locate = locate;
  const taken = new Set<string>();
  const restated = new Map<number, Operand>();
  for (const instance of checks?.instances ?? []) {
    const r = instance.relation;
    const figureOp =
      r.kind === "copy"
        ? r.actual
        : r.kind === "sum"
          ? r.total
          : r.kind === "share"
            ? ({ kind: "statedShare", figure: r.figure, decimals: r.figure.share!.decimals } as Operand)
            : r.kind === "rate"
              ? r.current
              : undefined;
    const at = figureOp && (figureOp.kind === "stated" || figureOp.kind === "statedShare") ? locate(figureOp) : undefined;
    const col = r.kind === "share" ? SHARE_CHECK : r.kind === "rate" ? RATE_CHECK : AMOUNT_CHECK;
    if (!at || taken.has(`${at.row}|${col}`)) {
      checks!.rest.push(instance);
      continue;
    }
    taken.add(`${at.row}|${col}`);
    formula(at.row, col, flagFormula(r, locate, NARRATIVE_SHEET), "check");
    checks!.placed.push({ instance, at: { sheet: NARRATIVE_SHEET, row: at.row, col } });
    if (r.kind === "copy") {
      formula(at.row, 4, `=${display(r.expected, locate, NARRATIVE_SHEET)}`, "amount");
      restated.set(at.row, r.expected);
    } else if (r.kind === "sum") {
      formula(at.row, 4, `=${display({ kind: "sum", parts: r.parts }, locate, NARRATIVE_SHEET)}`, "amount");
    }
  }
  // Recomputed shares, shown beside the stated ones (after the amounts, which they may read).
  for (const { instance, at } of checks?.placed ?? []) {
    const r = instance.relation;
    if (r.kind !== "share" || at.sheet !== NARRATIVE_SHEET) continue;
    const part = restated.has(at.row) && sameCell(restated.get(at.row)!, r.part) ? cellRef(at.row, 4) : display(r.part, locate, NARRATIVE_SHEET);
    const whole = display(r.whole, locate, NARRATIVE_SHEET);
    formula(at.row, 6, `=IF(N(${whole})=0,"",ROUND(${part}/${whole},${r.figure.share!.decimals + 2}))`, "percent");
  }

  return {
    name: NARRATIVE_SHEET,
    kind: "narrative",
    cells,
    merges: [{ from: [1, 1], to: [1, LINE_COL] }],
    columnWidths: [26, 40, 12, 12, 11, 13, 30, 24, 24, 8],
    frozenRows: 2,
    outline: [],
    checkColumn: AMOUNT_CHECK,
    checkColumns: [AMOUNT_CHECK, SHARE_CHECK, RATE_CHECK],
    rowOfLine,
  };
}
