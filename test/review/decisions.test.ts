import { applyDecisions, countOpen, decide, mergeDecisions, parseDecisions, selectFindings, serializeDecisions } from "../../src/core/review/decisions";
import { checkDisclosure } from "../../src/core/rules";
import { consistentDisclosure, rowOf } from "../rules/model";

const NOW = new Date("2026-03-01T08:00:00Z");

/** The model with table 6's 合计 off by 10: one error of t6-t5-basic. */
function withError(total = 80) {
  const d = consistentDisclosure();
  rowOf(d, 6, "合计").values[0] = total * 100;
  return d;
}

test("an accepted finding leaves the error count, and comes back when its figure changes", () => {
  const findings = checkDisclosure(withError());
  const errors = findings.filter((f) => f.severity === "error");
  expect(errors.length).toBeGreaterThan(0);
  const decisions = errors.map((f) => decide(f, "表6含上年结转，已与财政局核实", NOW));

  const accepted = applyDecisions(checkDisclosure(withError()), decisions);
  expect(countOpen(accepted.findings).error).toBe(0);
  expect(countOpen(accepted.findings).accepted).toBe(errors.length);
  expect(accepted.findings.find((f) => f.decision)!.decision!.note).toBe("表6含上年结转，已与财政局核实");
  expect(accepted.outdated).toEqual([]);

  const changed = applyDecisions(checkDisclosure(withError(85)), decisions);
  expect(countOpen(changed.findings).error).toBe(errors.length);
  expect(changed.findings.some((f) => f.decision)).toBe(false);
  expect(changed.outdated.map((o) => o.reason)).toContain("figures-changed");

  const fixed = applyDecisions(checkDisclosure(consistentDisclosure()), decisions);
  expect(fixed.outdated.every((o) => o.reason === "finding-gone")).toBe(true);
});

test("decisions survive serialisation, and a damaged file is refused in Chinese", () => {
  const f = checkDisclosure(withError())[0];
  const decisions = mergeDecisions([], [decide(f, "已核实", NOW)]);
  const parsed = parseDecisions(serializeDecisions(decisions));
  expect(parsed).toEqual({ ok: true, decisions });
  expect(parseDecisions("{")).toEqual({ ok: false, error: "审核记录不是有效的JSON文件" });
  expect(parseDecisions('{"decisions":[{"rule":"x"}]}')).toEqual({ ok: false, error: expect.stringContaining("第1条不完整") });
  expect(parseDecisions('{"version":9,"decisions":[]}')).toEqual({ ok: false, error: expect.stringContaining("比本程序新") });
  // Deciding the same finding again replaces the note.
  expect(mergeDecisions(decisions, [decide(f, "新的说明", NOW)]).map((d) => d.note)).toEqual(["新的说明"]);
});

test("findings are selected by rule and line", () => {
  const findings = checkDisclosure(withError());
  const first = findings[0];
  expect(selectFindings(findings, first.rule)).toContain(first);
  expect(selectFindings(findings, `${first.rule}@${first.lines[0]}`)).toContain(first);
  expect(selectFindings(findings, `${first.rule}@99999`)).toEqual([]);
});
