import { formatAmount, parseAmount, parsePercent, percentOf, yuanToWanyuan } from "../src/core/amount";

test.each([
  ["856.71", 85671],
  ["341. 11", 34111],
  ["3,011.46", 301146],
  ["100, 000", 10000000],
  ["0", 0],
  ["0.8", 80],
  ["-2.98", -298],
  ["１２．５", 1250],
  ["24,016.72", 2401672],
  ["1.005", 101],
])("parseAmount(%s) = %d hundredths", (text, expected) => {
  expect(parseAmount(text)).toBe(expected);
});

test.each(["", "-", ".", "2025年", "abc", "1,23", "1.2.3", "12-3", "ХШ"])("parseAmount(%s) is not a number", (text) => {
  expect(parseAmount(text)).toBeNull();
});

test("exact arithmetic: 0.1 + 0.2 adds to 0.3 in hundredths", () => {
  expect(parseAmount("0.1")! + parseAmount("0.2")!).toBe(parseAmount("0.3"));
});

test("percentages at their stated precision", () => {
  expect(percentOf(17213, 85671, 2)).toBe(2009);
  expect(percentOf(253, 10117, 1)).toBe(250); // 2.5%
  expect(parsePercent("2.5%")).toEqual({ basisPoints: 250, decimals: 1 });
  expect(parsePercent("11.24")).toEqual({ basisPoints: 1124, decimals: 2 });
});

test("元 to 万元 rounds half away from zero", () => {
  expect(yuanToWanyuan(2401672)).toBe(240); // 24,016.72元 → 2.40万元
  expect(yuanToWanyuan(2605000)).toBe(261);
  expect(formatAmount(-5)).toBe("-0.05");
});
