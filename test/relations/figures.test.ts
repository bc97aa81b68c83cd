/**
 * The two rules that compared figures in code are declarations now: a stated rate of change
 * (narrative-yoy) and the performance tables against table 12 (performance-t12). Their flags are
 * the engine's verdicts — in the 说明 sheet's 增减率核对 column and on the 校验 sheet — and the
 * draft leaves this year's statements out.
 */
import { HyperFormula } from "hyperformula";
import { buildDraftLayout } from "../../src/core/draft/draftLayout";
import { buildWorkbookLayout, CHECKS_SHEET, NARRATIVE_SHEET } from "../../src/core/layout";
import type { NarrativeFigure } from "../../src/core/model";
import { evaluate, flagFormula, type RateRelation } from "../../src/core/relations";
import { statesRate } from "../../src/core/relations/narrative";
import { checkDisclosure } from "../../src/core/rules";
import { readSeed } from "../helpers";
import { mulberry32 } from "../support/mutations";

const FLAG = { ok: "✓", rounding: "尾差", error: "差" };

test("a stated rate of change: the native formula gives the engine's verdict (ok, 尾差, error) on 600 random statements", () => {
  const random = mulberry32(13);
  const cases: { relation: RateRelation; value: number }[] = [];
  for (let i = 0; i < 600; i++) {
    const value = Math.floor(random() * 2_000_000) - 100_000; // hundredths of 万元, a few negative
    const change = Math.floor(random() * 500_000);
    const direction = random() < 0.5 ? "increase" : "decrease";
    const decimals = random() < 0.7 ? 2 : 1;
    const last = direction === "increase" ? value - change : value + change;
    // Near the true rate (exact, off by one or two in the last digit) or anywhere.
    const trueRate = last === 0 ? 0 : Math.round(((change / last) * 100 * 10 ** decimals) / 1) * 10 ** (2 - decimals);
    const basisPoints = random() < 0.7 ? trueRate + Math.floor(random() * 5 - 2) * 10 ** (2 - decimals) : Math.floor(random() * 20000);
    const figure: NarrativeFigure = {
      kind: "amount",
      label: `第${i}项`,
      value,
      line: i + 1,
      change: { direction, amount: change, percent: { basisPoints, decimals } },
    };
    cases.push({ relation: statesRate(figure)[0], value });
  }
  const locate = (op: RateRelation["current"]) =>
    op.kind === "stated" ? { sheet: "S", row: cases.findIndex((c) => c.relation.current === op) + 1, col: 1 } : undefined;
  const rows = cases.map(({ relation, value }) => [value / 100, flagFormula(relation, locate, "S")]);
  const hf = HyperFormula.buildFromSheets({ S: rows }, { licenseKey: "gpl-v3" });
  const sheet = hf.getSheetId("S")!;
  const seen = new Set<string>();
  cases.forEach(({ relation }, i) => {
    const { verdict } = evaluate(relation, "error");
    seen.add(verdict);
    const flag = String(hf.getCellValue({ sheet, row: i, col: 1 }));
    expect({ i, flag: flag.startsWith(FLAG[verdict]) && (verdict === "error" || flag === FLAG[verdict]) }).toEqual({ i, flag: true });
  });
  hf.destroy();
  expect([...seen].sort()).toEqual(["error", "ok", "rounding"]);
});

test("narrative-yoy: a wrong rate is flagged beside its figure on the 说明 sheet, not listed as found at import", () => {
  const d = structuredClone(readSeed("002_5fdab3ab01a01bfd.txt"));
  const stated = d.narrative.flatMap((s) => s.figures).find((f) => f.change?.percent && f.kind === "amount")!;
  stated.change!.percent = { basisPoints: stated.change!.percent!.basisPoints + 500, decimals: 2 };
  const findings = checkDisclosure(d);
  const rate = findings.filter((f) => f.rule === "narrative-yoy");
  expect(rate).toHaveLength(1);
  const layout = buildWorkbookLayout(d, findings);
  const placed = layout.checks!.filter((c) => c.rule === "narrative-yoy");
  expect(placed.filter((c) => c.verdict !== "ok")).toEqual([
    expect.objectContaining({ sheet: NARRATIVE_SHEET, col: 9, severity: "error", message: rate[0].message }),
  ]);
  const narrative = layout.sheets.find((s) => s.name === NARRATIVE_SHEET)!;
  expect(narrative.checkColumns).toContain(9);
  const checks = layout.sheets.find((s) => s.name === CHECKS_SHEET)!;
  expect(checks.cells.some((c) => "value" in c.content && c.content.value === "narrative-yoy")).toBe(false);
});

test("performance-t12: seed 003's 网络运行维护费 (26,000元 against 2.80万元 in table 12) is a live row of the 校验 sheet; the draft has none", () => {
  const d = readSeed("003_dd2c9fa6441a52f3.txt");
  const findings = checkDisclosure(d);
  const errors = findings.filter((f) => f.rule === "performance-t12" && f.severity === "error");
  expect(errors).toHaveLength(1);
  expect(errors[0].message).toMatch(/网络运行维护费.*26000\.00元（2\.60万元），与表12.*2\.80万元不一致/);
  const layout = buildWorkbookLayout(d, findings);
  const flagged = layout.checks!.filter((c) => c.rule === "performance-t12" && c.verdict !== "ok");
  expect(flagged).toEqual([expect.objectContaining({ sheet: CHECKS_SHEET, severity: "error", message: errors[0].message })]);
  // Every performance table's relations have their live row: the sources and the project, each ✓ but this one.
  expect(layout.checks!.filter((c) => c.rule === "performance-t12").length).toBeGreaterThanOrEqual(2 * d.performance.length - 1);
  expect(buildDraftLayout(d).checks!.some((c) => c.rule === "performance-t12" || c.rule === "narrative-yoy")).toBe(false);
});
