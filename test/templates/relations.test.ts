/**
 * The template relations as declarations (src/core/templates/relations.ts): their cell operands are the
 * very rows the reader put in d.templateTables (what the workbook renders as formulas), the engine's
 * verdict is the check's, and a narrative 万元 figure against a 元 table keeps the conversion's rounding in
 * the formula too.
 */
import { zhOf } from "../../src/core/messages";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readDisclosure } from "../../src/core/reader";
import type { Disclosure, TableRow } from "../../src/core/model";
import { evaluate, flagFormula, type Operand } from "../../src/core/relations";
import { sideOrigin, templateRelations } from "../../src/core/templates/relations";
import { checkDisclosure } from "../../src/core/rules";
import { computeCoverage } from "../../src/core/coverage";

const TEXT = join(__dirname, "..", "fixtures", "corpus", "text");

function read(...names: string[]): Disclosure {
  const result = readDisclosure(names.map((n) => readFileSync(join(TEXT, `${n}.txt`), "utf8")).join("\n"));
  if (!result.ok) throw new Error(result.error);
  return result.disclosure;
}

function cells(op: Operand): TableRow[] {
  if (op.kind === "cell") return [op.row];
  if (op.kind === "sum") return op.parts.flatMap(cells);
  return [];
}

const operands = (r: ReturnType<typeof templateRelations>[number]["relation"]): Operand[] =>
  r.kind === "sum"
    ? [r.total, ...r.parts]
    : r.kind === "share"
      ? [r.part, r.whole]
      : r.kind === "rate"
        ? [r.current, r.change, r.rate]
        : [r.expected, r.actual];

describe.each([
  ["putuo-qfb-2025-dept", ["putuo-qfb-2025-dept"]],
  ["putuo-wanli-2024-dept", ["putuo-wanli-2024-dept"]],
  ["rd-2018", ["rd-2018"]],
  ["swbgt-2018", ["swbgt-2018-text", "swbgt-2018-tables"]],
])("%s", (_name, files) => {
  const d = read(...files);
  const relations = templateRelations(d);

  test("every cell operand is a row of d.templateTables (a side of a 收支总表 row says which row and side)", () => {
    const rows = new Set<TableRow>(d.templateTables!.flatMap((t) => t.rows));
    const referenced = relations.flatMap((i) => operands(i.relation).flatMap(cells));
    expect(referenced.length).toBeGreaterThan(100);
    for (const row of referenced) {
      const origin = sideOrigin(row);
      expect(origin ? rows.has(origin.row) && origin.row.parts![origin.side].values === row.values : rows.has(row)).toBe(true);
    }
  });

  test("checking is evaluating the declarations: one finding per failing relation, in order", () => {
    const failing = relations.filter((i) => evaluate(i.relation, i.severity).finding).map((i) => i.rule);
    // The template's relations (the reviewer's rules run too: test/rules/reviewer-templates.test.ts).
    expect(
      checkDisclosure(d)
        .map((f) => f.rule)
        .filter((rule) => rule.startsWith("template-")),
    ).toEqual(failing);
  });
});

test("every table of a text and a tables PDF merged is read with its rows (the second contents page is no title)", () => {
  const d = read("swbgt-2018-text", "swbgt-2018-tables");
  expect(d.templateTables!.filter((t) => t.rows.length === 0).map((t) => t.no)).toEqual([]);
  // 收支预算总表: 一、财政拨款 24,458.43 as printed on the tables PDF's p.3.
  expect(d.templateTables![0].rows[0].parts![0].values[0]).toBe(2445843);
});

describe("a narrative 万元 figure against a 元 table: within half a unit of its last printed digit, in the formula too", () => {
  const d = read("putuo-qfb-2025-dept");
  const relation = templateRelations(d).find((i) => zhOf(i.relation.what).startsWith("情况说明“收入预算9,101.68万元”"))!.relation;

  test("the declaration compares hundredths of 元 with a tolerance of 0.005万元", () => {
    expect(relation.kind).toBe("copy");
    if (relation.kind !== "copy") return;
    expect(relation.tolerance).toBe(5000);
    expect(evaluate(relation, "error").finding).toBeUndefined();
  });

  test("the rendered flag holds the same tolerance", () => {
    const formula = flagFormula(relation, () => undefined, "Sheet");
    // 91,016,775.35元 against 9,101.68万元 × 10^6 hundredths: |difference| ≤ 5000.
    expect(formula).toContain("ABS(ROUND(9101.68*1000000,0)-ROUND(91016775.35*100,0))<=5000");
  });
});

test("a table whose title was found but not one row is not read: the coverage says so, never a silent pass", () => {
  const text = readFileSync(join(TEXT, "rd-2018.txt"), "utf8");
  const row = "15897.44\t7877.76\t6333.96\t1685.72\t\n";
  expect(text).toContain(row);
  const result = readDisclosure(text.replace(row, ""));
  if (!result.ok) throw new Error(result.error);
  const coverage = computeCoverage(result.disclosure);
  expect(coverage.tables.missing).toEqual([3]);
  expect(coverage.complete).toBe(false);
  expect(coverage.problems.map((p) => p.message.zh)).toContain("表3“支出预算总表”只读到标题，没有读到任何一行");
});

describe("Shanghai: the function classes of the side-by-side tables against the coded tables' 类 rows", () => {
  const classCopies = (d: Disclosure) =>
    templateRelations(d).filter((i) => i.relation.kind === "copy" && /与表\d+“[^”]+”的“[^”]+”/.test(zhOf(i.relation.what)));
  const findingsOf = (d: Disclosure) => checkDisclosure(d).filter((f) => f.rule === "template-cross-table");

  test("putuo-wanli-2024-dept: nine classes, each in 表1 (p.10) and 表4 (p.21) as in 表3 (p.16), 表5 (p.22) and 表2's 财政拨款收入 (p.11), all agreeing", () => {
    const d = read("putuo-wanli-2024-dept");
    const copies = classCopies(d);
    // 一般公共服务, 公共安全, 教育, 科学技术, 文化旅游体育与传媒, 社会保障和就业, 卫生健康, 城乡社区, 住房保障: three pairs of tables each.
    expect(copies).toHaveLength(27);
    expect(copies.map((i) => zhOf(i.relation.what)).filter((w) => w.startsWith("表1"))).toContain(
      "表1“财务收支预算总表”支出与表3“支出预算总表”的“城乡社区支出”（单位：元）",
    );
    for (const i of copies) expect(evaluate(i.relation, i.severity).verdict).toBe("ok");
    expect(findingsOf(d)).toEqual([]);
  });

  test("a class changed in 表5 only: the 财政拨款收支预算总表's 一般公共预算 column disagrees, named", () => {
    const d = read("putuo-wanli-2024-dept");
    const general = d.templateTables!.find((t) => t.key === "general")!;
    const urban = general.rows.find((r) => r.code === "212")!;
    urban.values[0] = urban.values[0]! + 100_00;
    expect(findingsOf(d).map((f) => f.message)).toEqual([
      expect.stringMatching(
        /^表4“财政拨款收支预算总表”一般公共预算与表5“一般公共预算支出功能分类预算表”的“城乡社区支出”（单位：元）：表5“一般公共预算支出功能分类预算表”合计为119385403\.00，表4“财政拨款收支预算总表”一般公共预算为119385303\.00，相差100\.00$/,
      ),
    ]);
  });

  test("a class the 收支总表 lists with an amount but 表3 does not have: an error", () => {
    const d = read("putuo-qfb-2025-dept");
    const expenditure = d.templateTables!.find((t) => t.key === "expenditure")!;
    expenditure.rows = expenditure.rows.filter((r) => !r.code?.startsWith("221"));
    const messages = findingsOf(d).map((f) => f.message);
    expect(messages.some((m) => m.startsWith("表1“财务收支预算总表”支出与表3“支出预算总表”的“住房保障支出”"))).toBe(true);
  });
});

describe("Jiangsu: 财政拨款 = 一般公共预算 + 政府性基金, code by code", () => {
  const byCode = (d: Disclosure) => templateRelations(d).filter((i) => i.relation.kind === "sum" && /同一科目之和/.test(zhOf(i.relation.what)));

  test.each(["fy-2017", "rd-2018", "jcy-2018"])("%s: one relation per 科目 of the function tables, every one agreeing", (name) => {
    const d = read(name);
    const fiscal = d.templateTables!.find((t) => t.key === "fiscal-functional")!;
    const relations = byCode(d);
    expect(relations).toHaveLength(fiscal.rows.filter((r) => r.code !== null).length);
    for (const i of relations) expect(evaluate(i.relation, i.severity).verdict).toBe("ok");
  });

  test("a 项 changed in the 一般公共预算 table only, and a code printed in it alone: each named", () => {
    const d = read("rd-2018");
    const general = d.templateTables!.find((t) => t.key === "general-functional")!;
    const leaf = general.rows.filter((r) => r.code?.length === 7)[0];
    leaf.values[0] = leaf.values[0]! + 1_00;
    general.rows.push({ ...leaf, code: "2990101", name: "其他支出", values: [5_00], line: 99_999 });
    const messages = checkDisclosure(d)
      .filter((f) => f.rule === "template-cross-table")
      .map((f) => f.message);
    expect(messages).toEqual([
      expect.stringContaining(`科目${leaf.code} ${leaf.name}等于表7“一般公共预算支出预算表（功能科目）”与表10“政府性基金支出预算表”同一科目之和`),
      expect.stringContaining("科目2990101 其他支出等于"),
    ]);
  });
});
