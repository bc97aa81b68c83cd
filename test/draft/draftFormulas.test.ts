/**
 * The draft's formulas are the relation declarations solved for the cells they determine: no formula
 * between tables is written by hand, so a declaration added or removed adds or removes it.
 */
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildDraftLayout } from "../../src/core/draft/draftLayout";
import { DraftFormulas, type DraftCell } from "../../src/core/draft/draftFormulas";
import { findTable, type Disclosure, type TableNo, type TableRow } from "../../src/core/model";
import { classRows, linesOf, rowsOn, totalRow } from "../../src/core/model/rows";
import { cell, defineRelations, relationInstances } from "../../src/core/relations";
import { RULES, type Rule } from "../../src/core/rules";
import { disclosureFromSheets, type SheetGrid } from "../../src/core/layout";
import type { SheetLayout } from "../../src/core/layout/types";
import { writeXlsx } from "../../src/xlsx/writeXlsx";
import { readDisclosure } from "../../src/core/reader";
import { readSeed, SEED_DIR, seedText } from "../helpers";
import { describeWithLibreOffice, recalculateManyInParallel } from "../support/libreoffice";
import { mulberry32, mutate } from "../support/mutations";
import { tempDir } from "../support/tempDir";
import { consistentDisclosure } from "../rules/model";

const SEEDS = readdirSync(SEED_DIR).filter((f) => f.endsWith(".txt"));

const formulasOf = (d: Disclosure, rules: readonly Rule[] = RULES) => new DraftFormulas(d, relationInstances(d, rules));

function sheetOf(d: Disclosure, no: TableNo, rules?: readonly Rule[]): SheetLayout {
  const layout = buildDraftLayout(d, rules ? { rules } : {});
  return layout.sheets.find((s) => s.kind === "table" && s.tableNo === no)!;
}

test("table 1 from tables 2 and 3: a class's 合计 is table 3's class, 当年预算安排 the rest, 上年结转安排 entered", () => {
  const d = readSeed("002_5fdab3ab01a01bfd.txt");
  const f = formulasOf(d);
  const t1 = findTable(d, 1)!;
  const t3 = findTable(d, 3)!;
  const general = rowsOn(t1, "expenditure").find((r) => r.name.includes("一般公共服务支出"))!;
  const t3class = classRows(t3).find((r) => r.name.includes("一般公共服务支出"))!;
  expect(f.get(general, 0)).toMatchObject({ kind: "copy", from: { row: t3class, col: 0 } });
  expect(f.get(general, 1)).toMatchObject({ kind: "rest", total: { row: general, col: 0 }, others: [{ row: general, col: 2 }] });
  expect(f.get(general, 2)).toBeUndefined();
  // Income items from table 2's column totals, 上年结转 included.
  const t2total = totalRow(findTable(d, 2))!;
  for (const [name, col] of [
    [/^一、一般公共预算/, 1],
    [/^上年结转$/, 6],
  ] as const) {
    const income = rowsOn(t1, "income").find((r) => name.test(r.name))!;
    expect(f.get(income, 0)).toMatchObject({ kind: "copy", from: { row: t2total, col } });
  }
  // As the sheet writes them (row 5: 一般公共服务支出 beside 一般公共预算; C–F hold 合计, 当年预算安排, 上年结转安排).
  const at = (row: number, col: number) => sheetOf(d, 1).cells.find((c) => c.row === row && c.col === col)!;
  expect(at(5, 4).content).toEqual({ formula: "='表03 支出总表'!C6" });
  expect(at(5, 5).content).toEqual({ formula: "=D5-F5" });
  expect(at(5, 6)).toMatchObject({ style: "input" });
});

test("table 11 from table 6 公用经费 for a 行政单位: the unit's row is the total, its 一般公共预算 the rest", () => {
  const d = readSeed("002_5fdab3ab01a01bfd.txt");
  expect(d.unitType).toBe("行政单位");
  const f = formulasOf(d);
  const t11 = findTable(d, 11)!;
  const total = totalRow(t11)!;
  const unit = t11.rows.find((r) => r.kind === "item")!;
  expect(f.get(total, 0)).toMatchObject({ kind: "copy", from: { row: totalRow(findTable(d, 6)), col: 2 } });
  expect(f.get(unit, 0)).toMatchObject({ kind: "rest", total: { row: total, col: 0 }, others: [] });
  expect(f.get(unit, 1)).toMatchObject({ kind: "rest", total: { row: unit, col: 0 } });
  for (const j of [2, 3]) expect(f.get(unit, j)).toBeUndefined();
});

test("table 4's fund columns by class from tables 8 and 9 where the department has them", () => {
  const d = consistentDisclosure();
  const t8 = findTable(d, 8)!;
  t8.rows = [
    { code: null, name: "合计", values: [500, null, 500], line: 9000, kind: "total" },
    { code: "212", name: "城乡社区支出", values: [500, null, 500], line: 9001, kind: "item" },
    { code: "21208", name: "国有土地使用权出让收入安排的支出", values: [500, null, 500], line: 9002, kind: "item" },
    { code: "2120801", name: "征地和拆迁补偿支出", values: [500, null, 500], line: 9003, kind: "item" },
  ];
  t8.empty = false;
  const t4 = findTable(d, 4)!;
  const urban: TableRow = { code: null, name: "十二、城乡社区支出", values: [5_00, null, 5_00, null], line: 9004, kind: "item", side: "expenditure" };
  t4.rows.splice(3, 0, urban);
  const f = formulasOf(d);
  expect(f.get(urban, 2)).toMatchObject({ kind: "copy", from: { row: t8.rows[1], col: 0 } });
  expect(f.get(urban, 0)).toMatchObject({ kind: "sum" }); // 小计 across the row
  expect(() => assertAcyclic(f, d)).not.toThrow();
  // Without the fund declarations (t4-t1-t5-t8-t9 left out) the cell is the user's to enter.
  expect(
    formulasOf(
      d,
      RULES.filter((r) => r.id !== "t4-t1-t5-t8-t9"),
    ).get(urban, 2),
  ).toBeUndefined();
});

/** The admin-cost copy (table 11 = table 6 公用经费) declared again under another id. */
const adminCostAgain = defineRelations(
  {
    id: "t11-from-t6-again",
    description: { zh: "表11机关运行经费等于表6公用经费", en: "Table 11 equals table 6's operating costs" },
    tables: [6, 11],
    scope: "cross-table",
    severity: "error",
  },
  (d) => {
    const t6 = totalRow(findTable(d, 6));
    const t11 = totalRow(findTable(d, 11));
    if (!t6 || !t11) return [];
    return [
      {
        kind: "copy",
        what: "表11与表6",
        expected: cell(t6, 2),
        actual: cell(t11, 0),
        expectedLabel: "表6",
        actualLabel: "表11",
        tables: [6, 11],
        lines: linesOf(t6, t11),
      },
    ];
  },
);

test("the declaration alone: without it table 11 is entered by hand, with it the draft fills it from table 6", () => {
  const d = readSeed("002_5fdab3ab01a01bfd.txt");
  const without = RULES.filter((r) => r.id !== "t11-t6-admin-cost");
  const t6ref = "'表06 基本支出经济科目表'!E5";
  expect(JSON.stringify(sheetOf(d, 11).cells)).toContain(t6ref);
  expect(JSON.stringify(sheetOf(d, 11, without).cells)).not.toContain(t6ref);
  const unit = findTable(d, 11)!.rows.find((r) => r.kind === "item")!;
  expect(formulasOf(d, without).get(unit, 1)).toBeUndefined();
  expect(JSON.stringify(sheetOf(d, 11, [...without, adminCostAgain]).cells)).toContain(t6ref);
  expect(formulasOf(d, [...without, adminCostAgain]).get(unit, 1)).toMatchObject({ kind: "rest" });
});

/** Every cell a definition refers to, recursively; throws on a cell met again on its own path. */
function assertAcyclic(f: DraftFormulas, d: Disclosure) {
  const done = new Set<string>();
  const key = (c: DraftCell) => `${c.row.line}|${c.row.side ?? ""}|${c.row.name}|${c.col}`;
  const visit = (c: DraftCell, path: string[]) => {
    const k = key(c);
    if (path.includes(k)) throw new Error(`circular: ${[...path, k].join(" → ")}`);
    if (done.has(k)) return;
    const def = f.get(c.row, c.col);
    const refs = !def ? [] : def.kind === "copy" ? [def.from] : def.kind === "sum" ? def.parts : [def.total, ...def.others];
    for (const r of refs) visit(r, [...path, k]);
    done.add(k);
  };
  for (const t of d.tables) for (const row of t.rows) row.values.forEach((_, j) => visit({ row, col: j }, []));
}

test.each(SEEDS)("%s: no draft formula refers back to itself; inputs are leaf rows only", (seed) => {
  const d = readSeed(seed);
  const f = formulasOf(d);
  expect(() => assertAcyclic(f, d)).not.toThrow();
  // Table 3 is entered at its 项 rows' 基本支出 and 项目支出; its 合计 column, parents and 合计 row are formulas.
  const t3 = findTable(d, 3)!;
  for (const row of t3.rows)
    row.values.forEach((_, j) => expect({ code: row.code, j, input: !f.get(row, j) }).toEqual({ code: row.code, j, input: row.code?.length === 7 && j > 0 }));
});

test("300 mutated seeds (rows missing, moved, doubled, figures changed): no draft formula refers back to itself", () => {
  const seeds = SEEDS.map((s) => seedText(s).split("\n"));
  const random = mulberry32(20261130);
  let drafted = 0;
  for (let n = 0; n < 300; n++) {
    const result = readDisclosure(mutate(seeds[n % seeds.length], random).join("\n"));
    if (!result.ok) continue;
    expect(() => assertAcyclic(formulasOf(result.disclosure), result.disclosure)).not.toThrow();
    drafted++;
  }
  expect(drafted).toBeGreaterThan(250);
});

/** Value j of a row as the definitions compute it from the document's own figures at the inputs. */
function computed(f: DraftFormulas, c: DraftCell): number {
  const def = f.get(c.row, c.col);
  if (!def) return c.row.values[c.col] ?? 0;
  if (def.kind === "copy") return computed(f, def.from);
  if (def.kind === "sum") return def.parts.reduce((s, p) => s + computed(f, p), 0);
  return def.others.reduce((s, p) => s - computed(f, p), computed(f, def.total));
}

describeWithLibreOffice("the drafts recalculated by LibreOffice", () => {
  jest.setTimeout(180_000);
  const dir = tempDir("draft-formulas-");

  test("every seed, its inputs filled at random: each formula cell shows what its definition computes, each 校验 flag the engine's verdict", async () => {
    // Random inputs everywhere (but table 2's other sources, which would make table 5 an input table):
    // a formula that refers to a wrong cell, or adds where it should subtract, shows another number; and
    // relations that define no cell (table 2 against table 3, say) fail, so the flags have errors to show.
    const random = mulberry32(20261130);
    const drafts = SEEDS.map((seed) => {
      const d = structuredClone(readSeed(seed));
      const before = formulasOf(d);
      for (const t of d.tables)
        for (const row of t.rows)
          row.values.forEach((_, j) => {
            if (!before.get(row, j) && !(t.no === 2 && j >= 2)) row.values[j] = Math.floor(random() * 1_000_000);
          });
      // The document as the draft should compute it: every formula cell set to what its definition gives.
      const f = formulasOf(d);
      const values = d.tables.map((t) => t.rows.map((row) => row.values.map((v, j) => (f.get(row, j) ? computed(f, { row, col: j }) : v))));
      d.tables.forEach((t, ti) => t.rows.forEach((row, ri) => (row.values = values[ti][ri])));
      return { seed, d, f, layout: buildDraftLayout(d, { prefill: true }) };
    });
    const paths: string[] = [];
    for (const { seed, layout } of drafts) {
      const path = join(dir, `${seed}.xlsx`);
      writeFileSync(path, await writeXlsx(layout));
      paths.push(path);
    }
    const recalculated = await recalculateManyInParallel(paths);
    let errorFlags = 0;
    drafts.forEach(({ seed, d, f, layout }, i) => {
      // The draft was laid out from these figures: its definitions must give them back (a fixed point).
      const again = formulasOf(d);
      for (const t of d.tables)
        for (const row of t.rows)
          row.values.forEach((v, j) => {
            if (again.get(row, j)) expect({ seed, row: row.name, j, v: computed(again, { row, col: j }) }).toEqual({ seed, row: row.name, j, v });
          });
      const back = disclosureFromSheets(d, recalculated[i] as Record<string, SheetGrid>);
      let formulas = 0;
      d.tables.forEach((t, ti) =>
        t.rows.forEach((row, ri) =>
          row.values.forEach((v, j) => {
            if (!f.get(row, j)) return;
            formulas++;
            const shown = back.tables[ti].rows[ri].values[j] ?? 0;
            expect({ seed, table: t.no, row: row.name, j, shown }).toEqual({ seed, table: t.no, row: row.name, j, shown: v });
          }),
        ),
      );
      expect(formulas).toBeGreaterThan(100);
      // Each relation's flag as LibreOffice computed it against the engine's verdict on the same figures.
      for (const check of layout.checks ?? []) {
        const flag = recalculated[i][check.sheet]?.[check.row - 1]?.[check.col - 1] ?? "";
        const expected = check.verdict === "ok" ? /^✓$/ : check.severity === "error" ? /^差/ : /^(尾差|提示)/;
        expect({ seed, rule: check.rule, at: `${check.sheet}!R${check.row}C${check.col}`, flag: expected.test(flag) ? "agrees" : flag }).toEqual({
          seed,
          rule: check.rule,
          at: `${check.sheet}!R${check.row}C${check.col}`,
          flag: "agrees",
        });
        if (check.severity === "error") errorFlags++;
      }
    });
    expect(errorFlags).toBeGreaterThan(20);
  });
});
