/**
 * Adding a relation is one declaration: given to the catalogue, it is checked, it gets its live cell
 * in the imported workbook and in the draft — no other file knows about it.
 */
import { buildDraftLayout } from "../../src/core/draft/draftLayout";
import { buildWorkbookLayout } from "../../src/core/layout";
import { findTable, type Disclosure } from "../../src/core/model";
import { linesOf, totalRow } from "../../src/core/model/rows";
import { cell, defineRelations } from "../../src/core/relations";
import { checkDisclosure, RULES } from "../../src/core/rules";
import { fmt, num } from "../../src/core/messages/findings";
import { readSeed } from "../helpers";

/** The README's worked example: personnel costs (table 6) cannot exceed basic expenditure (table 5). */
const personnelWithinBasic = defineRelations(
  {
    id: "t6-personnel-within-t5",
    description: { zh: "表6人员经费合计不超过表5基本支出合计", en: "Table 6's personnel costs do not exceed table 5's basic expenditure" },
    tables: [5, 6],
    scope: "cross-table",
    severity: "error",
  },
  (d) => {
    const t5 = totalRow(findTable(d, 5));
    const t6 = totalRow(findTable(d, 6));
    if (!t5 || !t6) return [];
    return [
      {
        kind: "order",
        op: "<=",
        what: "表6人员经费合计与表5基本支出合计",
        expected: cell(t5, 1),
        actual: cell(t6, 1),
        tables: [5, 6],
        lines: linesOf(t5, t6),
        report: (basic, personnel) => ({
          message: `表6人员经费合计${fmt(personnel)}超过表5基本支出合计${fmt(basic)}`,
          expected: num(basic),
          actual: num(personnel),
        }),
      },
    ];
  },
);

const rules = [...RULES, personnelWithinBasic];

/** Seed 002 with table 6's personnel total raised above table 5's basic expenditure. */
function broken(): Disclosure {
  const d = structuredClone(readSeed("002_5fdab3ab01a01bfd.txt"));
  const t6total = totalRow(findTable(d, 6))!;
  t6total.values[1] = totalRow(findTable(d, 5))!.values[1]! + 100_00;
  return d;
}

test("the declaration alone: a finding from check", () => {
  expect(checkDisclosure(readSeed("002_5fdab3ab01a01bfd.txt"), rules).filter((f) => f.rule === personnelWithinBasic.id)).toEqual([]);
  const findings = checkDisclosure(broken(), rules).filter((f) => f.rule === personnelWithinBasic.id);
  expect(findings).toHaveLength(1);
  expect(findings[0]).toMatchObject({ severity: "error", scope: "cross-table", tables: [5, 6] });
  expect(findings[0].message).toMatch(/^表6人员经费合计\d+\.\d\d超过表5基本支出合计\d+\.\d\d$/);
});

test("the declaration alone: one live flag in the imported workbook, a native formula", () => {
  const d = broken();
  const layout = buildWorkbookLayout(d, checkDisclosure(d, rules), rules);
  const placed = layout.checks!.filter((c) => c.rule === personnelWithinBasic.id);
  expect(placed).toHaveLength(1);
  expect(placed[0]).toMatchObject({ sheet: "校验", verdict: "error", severity: "error" });
  const formula = layout.sheets.find((s) => s.name === placed[0].sheet)!.cells.find((c) => c.row === placed[0].row && c.col === placed[0].col)!.content;
  expect(formula).toEqual({
    formula: expect.stringMatching(/^=IF\(ROUND\(N\('表06 基本支出经济科目表'!D5\)\*100,0\)<=ROUND\(N\('表05 一般公共预算支出表'!D5\)\*100,0\)/),
  });
  // Without the declaration, the workbook has no such cell.
  expect(buildWorkbookLayout(d, checkDisclosure(d)).checks!.some((c) => c.rule === personnelWithinBasic.id)).toBe(false);
});

test("the declaration alone: one live flag in the draft", () => {
  const layout = buildDraftLayout(readSeed("002_5fdab3ab01a01bfd.txt"), { rules });
  const placed = layout.checks!.filter((c) => c.rule === personnelWithinBasic.id);
  expect(placed).toHaveLength(1);
  expect(placed[0]).toMatchObject({ sheet: "校验（草稿）", verdict: "ok" });
  expect(buildDraftLayout(readSeed("002_5fdab3ab01a01bfd.txt")).checks!.some((c) => c.rule === personnelWithinBasic.id)).toBe(false);
});
