import { checkDisclosure, ruleById } from "../../src/core/rules";
import type { Disclosure } from "../../src/core/model";
import { consistentDisclosure } from "./model";

export const h = (v: number) => Math.round(v * 100);

export interface RuleCase {
  what: string;
  mutate: (d: Disclosure) => void;
  severity: "error" | "warning" | "info";
  message?: RegExp;
}

/** A rule's tests: it passes on the consistent model, and each change makes it report what it should. */
export function ruleCases(rule: string, cases: RuleCase[]) {
  const theRule = ruleById(rule)!;
  test(`${rule} is in the catalogue`, () => expect(theRule).toBeDefined());

  test(`${rule} passes on the consistent hand-built model`, () => {
    expect(checkDisclosure(consistentDisclosure(), [theRule])).toEqual([]);
  });

  test.each(cases)(`${rule}: $what → a $severity`, ({ mutate, severity, message }) => {
    const d = consistentDisclosure();
    mutate(d);
    const findings = checkDisclosure(d, [theRule]);
    expect(findings.length).toBeGreaterThan(0);
    const finding = findings.find((f) => f.severity === severity);
    expect(finding).toBeDefined();
    expect(finding!.rule).toBe(rule);
    expect(finding!.message).toMatch(/[\u4e00-\u9fff]/);
    if (message) expect(findings.map((f) => f.message).join("\n")).toMatch(message);
  });
}
