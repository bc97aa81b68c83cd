/**
 * The checker and the workbook agree: for every seed and 100 seeded mutations (AGREEMENT_MUTATIONS=500 for
 * the full run), each error finding of
 * `check` has exactly one flagged cell (差 …) in the workbook as LibreOffice recalculates it, or —
 * for rules that are not relations — one 错误 row in the 校验 sheet's list; every flagged cell has
 * its finding; 尾差/提示 cells match the warnings the same way; the 校验 sheet's counts are the checker's.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { columnLetter } from "../../src/core/layout/address";
import { buildWorkbookLayout, CHECKS_SHEET, type LayoutCell, type WorkbookLayout } from "../../src/core/layout";
import type { Disclosure } from "../../src/core/model";
import { readDisclosure } from "../../src/core/reader";
import { checkDisclosure, countBySeverity, type Finding } from "../../src/core/rules";
import { writeXlsx } from "../../src/xlsx/writeXlsx";
import { SEEDS } from "../goldens";
import { seedText } from "../helpers";
import { describeWithLibreOffice, recalculateManyInParallel } from "../support/libreoffice";
import { mulberry32, mutate } from "../support/mutations";

// 100 mutations are verified in every run (the suite stays under 10 minutes); AGREEMENT_MUTATIONS=500 (or more) for the full run.
const MUTATIONS = Number(process.env.AGREEMENT_MUTATIONS ?? 100);
// One document per workbook: LibreOffice's time grows much faster than a workbook's sheets (25
// documents in one workbook took ~4.4 s of CPU each, one per workbook ~0.5 s), and one run of
// soffice converts any number of workbooks. Two processes, each with its own profile, use both cores.
const DOCUMENTS_PER_WORKBOOK = 1;
const LIBREOFFICE_PROCESSES = 2;

interface Case {
  name: string;
  disclosure: Disclosure;
  findings: Finding[];
  layout: WorkbookLayout;
}

function cases(): Case[] {
  const texts = SEEDS.map((s) => ({ name: s.file, text: seedText(s.file) }));
  const seeds = texts.map((t) => t.text.split("\n"));
  const random = mulberry32(20261123); // the fuzz test's stream: mutation n here is mutation n there
  for (let n = 0; n < MUTATIONS; n++) texts.push({ name: `mutation ${n}`, text: mutate(seeds[n % seeds.length], random).join("\n") });
  const out: Case[] = [];
  for (const { name, text } of texts) {
    const result = readDisclosure(text);
    if (!result.ok) continue;
    const findings = checkDisclosure(result.disclosure);
    out.push({ name, disclosure: result.disclosure, findings, layout: buildWorkbookLayout(result.disclosure, findings) });
  }
  return out;
}

/** Every cell the test reads: each check column of each sheet, and the 校验 sheet's two counts. */
function watched(c: Case): { sheet: string; row: number; col: number }[] {
  const cells: { sheet: string; row: number; col: number }[] = [];
  for (const s of c.layout.sheets) {
    const last = Math.max(...s.cells.map((x) => x.row));
    for (const col of s.checkColumns ?? []) for (let row = s.frozenRows + 1; row <= last; row++) cells.push({ sheet: s.name, row, col });
  }
  cells.push({ sheet: CHECKS_SHEET, row: 2, col: 3 }, { sheet: CHECKS_SHEET, row: 3, col: 3 });
  return cells;
}

/**
 * Several documents' sheets in one workbook: each sheet name (and every reference to it) prefixed,
 * and a first sheet that reads every watched cell, so LibreOffice exports one sheet per workbook.
 */
function merged(batch: Case[]): WorkbookLayout {
  const summary: LayoutCell[] = [];
  batch.forEach((c, k) =>
    watched(c).forEach((w, i) =>
      summary.push({ row: i + 1, col: k + 1, content: { formula: `=""&'${k}~${w.sheet.replace(/'/g, "''")}'!${columnLetter(w.col)}${w.row}` } }),
    ),
  );
  const sheets = batch.flatMap((c, k) => {
    const renames = new Map(c.layout.sheets.map((s) => [s.name, `${k}~${s.name}`]));
    return c.layout.sheets.map((s) => ({
      ...s,
      name: renames.get(s.name)!,
      charts: undefined,
      // Values and formulas only: styles cost time to write and change no result.
      checkColumns: undefined,
      checkColumn: undefined,
      outline: [],
      cells: s.cells.map(({ row, col, content }) => ({
        row,
        col,
        content:
          "formula" in content
            ? { formula: content.formula.replace(/'((?:[^']|'')+)'!/g, (all, sheet: string) => (renames.has(sheet) ? `'${renames.get(sheet)}'!` : all)) }
            : content,
      })),
    }));
  });
  return {
    sheets: [{ name: "汇总", kind: "checks", cells: summary, merges: [], columnWidths: [], frozenRows: 0, outline: [], rowOfLine: {} }, ...sheets],
    names: [],
  };
}

describeWithLibreOffice("the checker and the recalculated workbook agree", () => {
  jest.setTimeout(1_800_000); // a few minutes on an idle 2-core machine; much longer when it is shared
  const dir = mkdtempSync(join(tmpdir(), "agreement-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test(`every seed and ${MUTATIONS} mutations: one flagged cell per finding, one finding per flagged cell`, async () => {
    let started = performance.now();
    const all = cases();
    const timings: string[] = [`read, check and lay out ${all.length}: ${Math.round(performance.now() - started)} ms`];
    started = performance.now();
    expect(all.length).toBeGreaterThanOrEqual(5 + MUTATIONS * 0.8); // most mutations are still read
    const batches: Case[][] = [];
    for (let i = 0; i < all.length; i += DOCUMENTS_PER_WORKBOOK) batches.push(all.slice(i, i + DOCUMENTS_PER_WORKBOOK));
    // Workbooks are written one after the other (the same CPU as all at once, a fraction of the
    // memory), in one share per LibreOffice process; each process starts as soon as its share is
    // written, so LibreOffice recalculates the first share while the second is being written.
    const shareOf = (b: number) => b % LIBREOFFICE_PROCESSES;
    const recalculations: Promise<Record<string, string[][]>[]>[] = [];
    for (let share = 0; share < LIBREOFFICE_PROCESSES; share++) {
      const paths: string[] = [];
      for (const [b, batch] of batches.entries()) {
        if (shareOf(b) !== share) continue;
        paths.push(join(dir, `batch${b}.xlsx`));
        writeFileSync(paths[paths.length - 1], await writeXlsx(merged(batch)));
      }
      timings.push(`write share ${share} (${paths.length} workbooks): ${Math.round(performance.now() - started)} ms`);
      recalculations.push(recalculateManyInParallel(paths, true, 1));
    }
    const shares = await Promise.all(recalculations);
    const recalculated = batches.map((_, b) => Object.values(shares[shareOf(b)][Math.floor(b / LIBREOFFICE_PROCESSES)])[0] ?? []);
    timings.push(`LibreOffice done (${LIBREOFFICE_PROCESSES} processes): ${Math.round(performance.now() - started)} ms`);
    started = performance.now();
    const problems: string[] = [];
    let errorFindings = 0;
    batches.forEach((batch, b) =>
      batch.forEach((c, k) => {
        const values = new Map(watched(c).map((w, i) => [`${w.sheet}|${w.row}|${w.col}`, recalculated[b][i]?.[k] ?? ""]));
        const at = (sheet: string, row: number, col: number) => values.get(`${sheet}|${row}|${col}`) ?? "";
        // Every flag in every check column, as LibreOffice computed it.
        const flags: { sheet: string; row: number; col: number; flag: string }[] = [];
        for (const w of watched(c)) {
          const flag = at(w.sheet, w.row, w.col);
          if (w.sheet !== CHECKS_SHEET || w.col !== 3) if (/^(差|尾差|提示)/.test(flag)) flags.push({ ...w, flag });
        }
        const place = (p: { sheet: string; row: number; col: number }) => `${p.sheet}!R${p.row}C${p.col}`;
        const checks = c.layout.checks ?? [];
        const expectedErrors = checks
          .filter((x) => x.severity === "error")
          .map(place)
          .sort();
        const expectedWarnings = checks
          .filter((x) => x.severity === "warning")
          .map(place)
          .sort();
        const flaggedErrors = flags
          .filter((f) => f.flag.startsWith("差"))
          .map(place)
          .sort();
        const flaggedWarnings = flags
          .filter((f) => !f.flag.startsWith("差"))
          .map(place)
          .sort();
        // Each error finding: a live flag of its relation, or a 错误 row of the static list.
        // The list of other findings is written as found (no formula): read it from the layout.
        const listed = c.layout.sheets.find((s) => s.name === CHECKS_SHEET)!.cells;
        const listStart = listed.find((x) => "value" in x.content && String(x.content.value).startsWith("其他检查"))!.row;
        const valueAt = (row: number, col: number) => {
          const found = listed.find((x) => x.row === row && x.col === col);
          return found && "value" in found.content ? String(found.content.value) : "";
        };
        const staticRows = [...new Set(listed.filter((x) => x.row > listStart).map((x) => x.row))]
          .filter((row) => valueAt(row, 1) === "错误")
          .map((row) => `${valueAt(row, 2)}|${valueAt(row, 3)}`);
        const live = checks.filter((x) => x.severity === "error").map((x) => `${x.rule}|${x.message}`);
        const errors = c.findings.filter((f) => f.severity === "error").map((f) => `${f.rule}|${f.message}`);
        errorFindings += errors.length;
        const counts = countBySeverity(c.findings);
        const verdict = {
          errors: JSON.stringify(flaggedErrors) === JSON.stringify(expectedErrors),
          warnings: JSON.stringify(flaggedWarnings) === JSON.stringify(expectedWarnings),
          findings: JSON.stringify([...live, ...staticRows].sort()) === JSON.stringify([...errors].sort()),
          errorCount: at(CHECKS_SHEET, 2, 3) === String(counts.error),
          warningCount: at(CHECKS_SHEET, 3, 3) === String(counts.warning),
        };
        if (Object.values(verdict).some((ok) => !ok))
          problems.push(
            `${c.name}: ${JSON.stringify(verdict)} flagged ${JSON.stringify(flags.filter((f) => !expectedErrors.includes(place(f)) && !expectedWarnings.includes(place(f))).slice(0, 3))} missing ${JSON.stringify(checks.filter((x) => x.severity && !flags.some((f) => place(f) === place(x))).slice(0, 3))} counts ${at(CHECKS_SHEET, 2, 3)}/${counts.error} ${at(CHECKS_SHEET, 3, 3)}/${counts.warning}`,
          );
      }),
    );
    timings.push(`compare: ${Math.round(performance.now() - started)} ms`);
    if (process.env.AGREEMENT_TIMINGS) console.log(timings.join("\n"));
    expect(problems.slice(0, 10)).toEqual([]);
    expect(errorFindings).toBeGreaterThan(MUTATIONS / 5); // the mutations do break relations
  });
});
