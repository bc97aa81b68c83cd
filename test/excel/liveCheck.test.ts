import { checkDisclosure } from "../../src/core/rules";
import { decide, decisionsToRows } from "../../src/core/review/decisions";
import { recheck, resumeSession, selectFinding, watchWorkbook } from "../../src/excel/liveCheck";
import { readSeed } from "../helpers";
import { bodyRow, importedTables, liveWorkbook } from "./liveWorkbook";

const T3 = "表03 支出总表";
const T6 = "表06 基本支出经济科目表";
const errors = (findings: { severity: string; rule: string }[]) => findings.filter((f) => f.severity === "error").map((f) => f.rule);

test("reading the Tables back gives the same figures, so the same findings", async () => {
  const d = readSeed("002_5fdab3ab01a01bfd.txt");
  const { session, tables } = importedTables(d);
  const excel = liveWorkbook(tables);
  const result = await recheck(excel.context, session, []);
  expect(result.disclosure.tables.map((t) => t.rows.map((r) => r.values))).toEqual(d.tables.map((t) => t.rows.map((r) => r.values)));
  expect(result.findings).toEqual(checkDisclosure(d));
  expect(result.unread).toEqual([]);
  expect(excel.syncs()).toBe(2); // one to read every Table, one to move the highlights
});

test("an edit reaches the model: seed 002's table 6 total changed, the T6/T5 rule fires", async () => {
  const d = readSeed("002_5fdab3ab01a01bfd.txt");
  const { session, tables } = importedTables(d);
  tables[T6].values[bodyRow(tables[T6], "合计")][2] = 980; // 合计 973.99 → 980
  const result = await recheck(liveWorkbook(tables).context, session, []);
  expect(result.findings.find((f) => f.rule === "t6-t5-basic")).toMatchObject({ severity: "error", expected: 973.99, actual: 980 });
});

test("rows inserted, and the table sorted, are read where they now are: found by 科目编码, not by position", async () => {
  const d = readSeed("002_5fdab3ab01a01bfd.txt");
  const { session, tables } = importedTables(d);
  const t3 = tables[T3].values;
  const width = t3[0].length;
  // The user inserts a blank row and a row of notes inside the table, then sorts the body by code, descending.
  t3.splice(4, 0, new Array(width).fill(""), ["", "备注：以下为明细", ...new Array(width - 2).fill("")]);
  const [header, ...body] = t3;
  body.sort((a, b) => String(b[0]).localeCompare(String(a[0])));
  tables[T3].values = [header, ...body];
  expect(tables[T3].values[1][0]).not.toBe(""); // the 合计 row (no code) is no longer first
  const result = await recheck(liveWorkbook(tables).context, session, []);
  expect(result.findings).toEqual(checkDisclosure(d));
});

test("a deleted row counts as gone: its parent no longer adds up, and the error is reported", async () => {
  const d = readSeed("002_5fdab3ab01a01bfd.txt");
  const { session, tables } = importedTables(d);
  const leaf = tables[T3].values.slice(1).find((r) => String(r[0]).length === 7 && Number(r[2]) > 0)!;
  tables[T3].values = tables[T3].values.filter((r) => r !== leaf);
  const result = await recheck(liveWorkbook(tables).context, session, []);
  const before = errors(checkDisclosure(d));
  const after = result.findings.filter((f) => f.severity === "error" && f.tables.includes(3));
  expect(after.length).toBeGreaterThan(before.filter((r) => r.startsWith("t3")).length);
});

test("highlights follow the rows: after sorting, the row is painted where it is and cleared where it was", async () => {
  const d = readSeed("000_206854ab748b39c9.txt");
  const { session, tables } = importedTables(d);
  const first = await recheck(liveWorkbook(tables).context, session, []);
  expect(first.highlights).toContainEqual({ sheet: T6, key: "name 合计|" }); // table 6's 合计 row, found by its names
  // Table 6 at its import position: header on row 4, 合计 on row 5.
  const [header, ...body] = tables[T6].values;
  tables[T6].values = [header, ...body.reverse()];
  tables[T6].rowIndex = 9; // and the user inserted five rows above the table
  const excel = liveWorkbook(tables);
  const second = await recheck(excel.context, session, first.highlights);
  const row = 9 + 1 + tables[T6].values.length - 1; // the last body row
  expect(excel.fills[`${T6}!A${row}:B${row}`]).toBe("#FFE0E0");
  expect(Object.keys(excel.fills).filter((k) => k.startsWith(T6))).toEqual([`${T6}!A${row}:B${row}`]);
  expect(errors(second.findings)).toEqual(errors(first.findings));
});

test("a Table that is gone is said so, and its figures are not taken as read", async () => {
  const d = readSeed("000_206854ab748b39c9.txt");
  const { session, tables } = importedTables(d);
  delete tables[T6];
  const result = await recheck(liveWorkbook(tables).context, session, []);
  expect(result.unread).toEqual([T6]);
  expect(result.disclosure.tables.find((t) => t.no === 6)!.rows.every((r) => r.values.every((v) => v === null))).toBe(true);
});

test("checking resumes when the workbook is reopened: the session comes back from the workbook's settings", async () => {
  const d = readSeed("000_206854ab748b39c9.txt");
  const { session, tables } = importedTables(d);
  const settings: Record<string, string> = {};
  const excel = liveWorkbook(tables, settings);
  expect(await resumeSession(excel.context)).toBeNull(); // nothing imported yet
  excel.storeSession(JSON.parse(JSON.stringify(session)));
  const resumed = await resumeSession(excel.context);
  expect(resumed).toEqual(JSON.parse(JSON.stringify(session)));
  const result = await recheck(excel.context, resumed!, []);
  expect(result.findings).toEqual(checkDisclosure(d));
  // The imported sheets were deleted since: nothing to resume.
  expect(await resumeSession(liveWorkbook({}, settings).context)).toBeNull();
});

test("edits of the imported sheets, debounced, re-run the catalogue; edits elsewhere do not; stopping removes the handler", async () => {
  const d = readSeed("000_206854ab748b39c9.txt");
  const { session, tables } = importedTables(d);
  const excel = liveWorkbook(tables);
  const results: string[][] = [];
  const problems: string[] = [];
  const stop = await watchWorkbook(
    session,
    ({ findings }) => results.push(errors(findings)),
    (m) => problems.push(m),
    20,
  );
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  await excel.fire("我的表");
  await wait(60);
  expect(results).toEqual([]); // not one of ours

  const t6 = tables[T6].values;
  t6[bodyRow(tables[T6], "合计")][2] = 172.13; // the user fixes table 6's total…
  t6[bodyRow(tables[T6], "合计")][3] = 157.89; // …and its personnel costs
  await excel.fire(T6);
  await excel.fire(T6); // typing two cells in a row: one recheck
  await wait(100);
  expect(results).toHaveLength(1);
  expect(results[0]).not.toContain("t6-t5-basic"); // table 6 now agrees with table 5…
  expect(results[0]).toContain("t6-categories"); // …but no longer with its own categories
  expect(problems).toEqual([]);
  await stop();
  expect(excel.calls).toContain("removed");
});

test("clicking a finding selects its row where the row now is", async () => {
  const d = readSeed("000_206854ab748b39c9.txt");
  const { session, tables } = importedTables(d);
  const [header, ...body] = tables[T6].values;
  tables[T6].values = [header, ...body.reverse()];
  const excel = liveWorkbook(tables);
  const finding = checkDisclosure(d).find((f) => f.rule === "t11-t6-admin-cost")!;
  await selectFinding(excel.context, session, finding);
  expect(finding.tables[0]).toBe(6);
  // Table 6's 合计 row, now last after the sort, is selected there.
  expect(excel.calls).toEqual([`activate ${T6}`, `select ${T6}!A${4 + tables[T6].values.length - 1}`]);
});

test("errors the reviewer accepted are neither painted nor counted until their figures change", async () => {
  const d = readSeed("000_206854ab748b39c9.txt");
  const { session, tables } = importedTables(d);
  const errorsFound = checkDisclosure(d).filter((f) => f.severity === "error");
  expect(errorsFound.map((f) => f.rule).sort()).toEqual(["t11-t6-admin-cost", "t6-t5-basic"]);
  // The decisions as the pane saves them: rows of the hidden 审核记录 sheet.
  const rows = decisionsToRows(errorsFound.map((f) => decide(f, "已与财政局核实")));
  const before = await recheck(liveWorkbook(tables).context, session, []);
  const accepted = await recheck(liveWorkbook(tables, {}, rows).context, session, []);
  expect(before.counts.error).toBe(2);
  expect(before.highlights).toContainEqual({ sheet: T6, key: "name 合计|" });
  expect(accepted.findings.filter((f) => f.decision).map((f) => f.decision!.note)).toEqual(["已与财政局核实", "已与财政局核实"]);
  expect(accepted.counts).toMatchObject({ error: 0, accepted: 2 });
  expect(accepted.highlights).toEqual([]);
  // Table 6's basic expenditure total changes: that decision no longer holds, the row is red again and the error counts.
  tables[T6].values[bodyRow(tables[T6], "合计")][2] = 440;
  const changed = await recheck(liveWorkbook(tables, {}, rows).context, session, []);
  const basic = changed.findings.find((f) => f.rule === "t6-t5-basic")!;
  expect(basic).toMatchObject({ severity: "error", actual: 440 });
  expect(basic.decision).toBeUndefined();
  expect(changed.counts.error).toBeGreaterThanOrEqual(1);
  expect(changed.highlights).toContainEqual({ sheet: T6, key: "name 合计|" });
});
