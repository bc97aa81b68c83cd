import { L, quote } from "../messages";
import type { Amount } from "../amount";
import { findTable, type NarrativeFigure } from "../model";
import { THREE_PUBLIC_ITEMS } from "../model/names";
import { figureLabelled, section } from "../model/narrative";
import { rowNamed, totalRow } from "../model/rows";
import { amount, cell, defineRelations, type Relation } from "../relations";
import { restates } from "../relations/narrative";

const signed = (f: NarrativeFigure | undefined): Amount | null =>
  !f?.change ? null : f.change.direction === "same" ? 0 : (f.change.amount ?? 0) * (f.change.direction === "decrease" ? -1 : 1);

/** 七: 三公 total and items against table 10; the items' changes add up to the total change. */
export const narrativeThreePublic = defineRelations(
  {
    id: "narrative-three-public",
    description: {
      zh: "情况说明七（三公经费）：三公经费合计及各项与表10一致；各项增减之和等于合计的增减",
      en: "Narrative part 7: the three public expenses and each item match table 10; the items' changes add up to the total's change",
    },
    tables: [10],
    scope: "narrative",
    severity: "error",
  },
  (d) => {
    const s = section(d, 7);
    const t10 = findTable(d, 10);
    if (!s || !t10) return [];
    const head = figureLabelled(s, /三公/);
    const total = totalRow(t10);
    const out: Relation[] = restates({
      sectionNo: 7,
      figure: head,
      table: cell(total, 0),
      tableLabel: L("表10合计", "table 10 total"),
      tables: [10],
      tableRow: total,
    });
    for (const [labelPattern, rowPattern] of THREE_PUBLIC_ITEMS) {
      const row = rowNamed(t10, rowPattern);
      out.push(
        ...restates({
          sectionNo: 7,
          figure: figureLabelled(s, labelPattern),
          table: cell(row, 0),
          tableLabel: L(`表10“${row?.name ?? ""}”`, `table 10 ${quote(row?.name ?? "")}`),
          tables: [10],
          tableRow: row,
        }),
      );
    }
    // The changes are stated in the text only: fixed numbers in the workbook too.
    const parts = [figureLabelled(s, /因公出国/), figureLabelled(s, /公务接待费/), figureLabelled(s, /公务用车购置及运行/)];
    const headChange = signed(head);
    if (headChange !== null && parts.every((p) => signed(p) !== null)) {
      out.push({
        kind: "sum",
        what: L(
          "情况说明七中三公经费各项的增减额与合计的增减额",
          "the changes of the three public expenses' items against the change of their total (narrative section 7)",
        ),
        total: amount(headChange),
        parts: parts.map((p) => amount(signed(p))),
        tables: [10],
        lines: [head!.line],
      });
    }
    return out;
  },
);
