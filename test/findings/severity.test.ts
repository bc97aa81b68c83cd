/**
 * Severity that means something (issue 17 item 6): 尾差 only for differences within the rounding
 * allowance; a larger difference is an error, or a warning whose message says it is not rounding.
 */
import { checkDisclosure } from "../../src/core/rules";
import { mergeFindings } from "../../src/core/findings/merge";
import { readSeed } from "../helpers";

const SEEDS = ["000_206854ab748b39c9.txt", "001_4cf549d8e949f1ac.txt", "002_5fdab3ab01a01bfd.txt", "003_dd2c9fa6441a52f3.txt", "004_6562e89d941fc7ec.txt"];

describe.each(SEEDS)("seed %s", (file) => {
  const findings = mergeFindings(checkDisclosure(readSeed(file)));

  test("a finding called 尾差 is a warning within n × 0.005 of its n addends (or one last digit of a share)", () => {
    for (const f of findings.filter((x) => x.rounding)) {
      expect(f.severity).toBe("warning");
      expect(f.message).toMatch(/尾差|凑整/);
      if (f.difference !== null) {
        const addends = Number(/（(\d+)项四舍五入/.exec(f.message)?.[1] ?? 1);
        expect(Math.abs(f.difference)).toBeLessThanOrEqual(addends * 0.005 + 1e-9);
      }
    }
  });

  test("a warning about two amounts that differ is rounding or says it is not (counts cannot be rounding)", () => {
    for (const f of findings.filter((x) => x.severity === "warning" && x.difference !== null && !x.rounding && (x.unit === "万元" || x.unit === "元"))) {
      expect(f.message).toMatch(/不是四舍五入的尾差/);
    }
  });

  test("no finding that is not rounding calls itself 尾差 in the allowed sense", () => {
    for (const f of findings.filter((x) => !x.rounding)) expect(f.message).not.toMatch(/尾差，在允许范围内/);
  });
});

test("seed 000: the 29.69万元 pension difference is not presented as rounding", () => {
  const pension = mergeFindings(checkDisclosure(readSeed("000_206854ab748b39c9.txt"))).find((f) => /养老保险缴费/.test(f.message))!;
  expect(pension).toMatchObject({ difference: 29.69, severity: "warning" });
  expect(pension.rounding).toBeUndefined();
  expect(pension.message).toMatch(/相差29\.69万元（不是四舍五入的尾差/);
});
