import type { Amount } from "../amount";
import { findTable } from "../model";
import { checkSum, rowNamed, totalRow } from "./compare";
import { checkStated, figureLabelled, section } from "./narrativeHelpers";
import type { Rule } from "./types";
import { THREE_PUBLIC_ITEMS } from "./narrativeSectionHelpers";

/** 七: 三公 total and items against table 10; the items' changes add up to the total change. */
export const narrativeThreePublic: Rule = {
  id: "narrative-three-public",
  description: {
    zh: "情况说明七（三公经费）：三公经费合计及各项与表10一致；各项增减之和等于合计的增减",
    en: "Narrative part 7: the three public expenses and each item match table 10; the items' changes add up to the total's change",
  },
  tables: [10],
  scope: "narrative",
  severity: "error",
  check(ctx) {
    const s = section(ctx.disclosure, 7);
    const t10 = findTable(ctx.disclosure, 10);
    if (!s || !t10) return;
    const head = figureLabelled(s, /三公/);
    const total = totalRow(t10);
    checkStated(ctx, { sectionNo: 7, figure: head, tableValue: total?.values[0] ?? null, tableLabel: "表10合计", tables: [10], tableRow: total });
    for (const [labelPattern, rowPattern] of THREE_PUBLIC_ITEMS) {
      const row = rowNamed(t10, rowPattern);
      checkStated(ctx, {
        sectionNo: 7,
        figure: figureLabelled(s, labelPattern),
        tableValue: row?.values[0] ?? null,
        tableLabel: `表10“${row?.name ?? ""}”`,
        tables: [10],
        tableRow: row,
      });
    }
    const signed = (f: ReturnType<typeof figureLabelled>): Amount | null =>
      !f?.change ? null : f.change.direction === "same" ? 0 : (f.change.amount ?? 0) * (f.change.direction === "decrease" ? -1 : 1);
    const parts = [figureLabelled(s, /因公出国/), figureLabelled(s, /公务接待费/), figureLabelled(s, /公务用车购置及运行/)];
    const headChange = signed(head);
    if (headChange !== null && parts.every((p) => signed(p) !== null)) {
      checkSum(ctx, {
        what: "情况说明七中三公经费各项的增减额与合计的增减额",
        addends: parts.map(signed),
        printed: headChange,
        tables: [10],
        lines: [head!.line],
      });
    }
  },
};
