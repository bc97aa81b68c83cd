import { readDisclosure } from "../../src/core/reader";
import { checkDisclosure, type Finding } from "../../src/core/rules";
import { seedText } from "../helpers";

/**
 * The edits a reviewer tried on copies of the seeds (issue 19): each must produce exactly the
 * finding it should, and nothing else must change.
 */
const SEED_000 = "000_206854ab748b39c9.txt";
const SEED_002 = "002_5fdab3ab01a01bfd.txt";

function findings(text: string): Finding[] {
  const result = readDisclosure(text);
  if (!result.ok) throw new Error(result.error);
  return checkDisclosure(result.disclosure);
}

const key = (f: Finding) => `${f.rule}|${f.severity}|${f.message}`;

/** The findings the edited copy has and the original has not, and those it lost. */
function difference(file: string, edit: (text: string) => string) {
  const original = seedText(file);
  const edited = edit(original);
  expect(edited).not.toBe(original);
  const before = findings(original);
  const after = findings(edited);
  const had = new Set(before.map(key));
  const has = new Set(after.map(key));
  return { added: after.filter((f) => !had.has(key(f))), lost: before.filter((f) => !has.has(key(f))) };
}

function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`“${from}” is not in the text exactly once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

test("seed 000 without its reasons for 三公 (lines 431, 433) and 机关运行经费 (line 441): one warning per unexplained change", () => {
  const { added, lost } = difference(SEED_000, (text) =>
    text.replaceAll("，主要原因是公车于2024年已申请报废", "").replace("，原因是公车报废，减少相关预算", ""),
  );
  expect(lost).toEqual([]);
  expect(added.map((f) => [f.rule, f.severity, f.lines])).toEqual([
    ["narrative-reasons", "warning", [431]], // “三公”经费预算0万元比2024年减少 3.50万元
    ["narrative-reasons", "warning", [433]], // 公务用车购置及运行费0万元，与上年相比预算数减少3.50万元
    ["narrative-reasons", "warning", [433]], // 公务用车运行维护费0万元，与上年相比预算数减少3.50万元
    ["narrative-reasons", "warning", [441]], // 机关运行经费财政拨款预算15.98万元，比2024年预算减少2.98万元
  ]);
  expect(added[0].message).toMatch(/第七部分.*减少.*未说明原因/);
  expect(added[3].message).toMatch(/第八部分.*减少.*未说明原因/);
});

test("seed 000 without section 十一 国有资产占有使用情况: one error naming the section", () => {
  const { added, lost } = difference(SEED_000, (text) => {
    const from = text.indexOf("十一、国有资产占有使用情况\n");
    const to = text.indexOf("十二、其他说明\n");
    return text.slice(0, from) + text.slice(to);
  });
  expect(lost).toEqual([]);
  expect(added.map((f) => [f.rule, f.severity])).toEqual([["required-sections", "error"]]);
  expect(added[0].message).toBe("情况说明缺少第十一部分“国有资产占有使用情况”（山西省单位/部门预算公开模板（13张表）要求）");
});

test("seed 000 with the draft's placeholder “……（请填写原因）XX单位” as a reason (line 390): one warning", () => {
  const { added, lost } = difference(SEED_000, (text) => replaceOnce(text, "主要原因是项目经费增加；", "主要原因是……（请填写原因）XX单位；"));
  expect(lost).toEqual([]);
  expect(added.map((f) => [f.rule, f.severity, f.lines])).toEqual([["leftover-text", "warning", [390]]]);
  expect(added[0].message).toMatch(/“XX”占位符.*“请填写”提示.*省略号/);
});

test("seed 002 with table 10's title year changed 2026 → 2025 (line 334): one error", () => {
  const { added, lost } = difference(SEED_002, (text) =>
    replaceOnce(text, "\n2026年财政拨款安排“三公”经费支出预算表\n", "\n2025年财政拨款安排“三公”经费支出预算表\n"),
  );
  expect(lost).toEqual([]);
  expect(added.map((f) => [f.rule, f.severity, f.tables, f.expected, f.actual, f.lines])).toEqual([["stray-year", "error", [10], "2026年", "2025年", [334]]]);
});

test("seed 000 with “。。” (line 400): one warning", () => {
  const { added, lost } = difference(SEED_000, (text) => replaceOnce(text, "项目支出684.58万元，占79.91%。", "项目支出684.58万元，占79.91%。。"));
  expect(lost).toEqual([]);
  expect(added.map((f) => [f.rule, f.severity, f.lines, f.actual])).toEqual([["repeated-text", "warning", [400], "。。"]]);
});
