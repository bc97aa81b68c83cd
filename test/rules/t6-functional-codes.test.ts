import { h, ruleCases } from "./ruleCases";
import { rowOf } from "./model";

ruleCases("t6-functional-codes", [
  {
    what: "pension contribution differs from 2080505",
    mutate: (d) => (rowOf(d, 6, "机关事业单位基本养老保险缴费").values[0] = h(25)),
    severity: "warning",
    message: /2080505/,
  },
  {
    what: "a difference of 0.01 is still not called rounding: the same money is copied, not summed",
    mutate: (d) => (rowOf(d, 6, "机关事业单位基本养老保险缴费").values[0]! += 1),
    severity: "warning",
    message: /相差0\.01万元（不是四舍五入的尾差/,
  },
]);
