import { h, ruleCases } from "./ruleCases";
import { rowOf } from "./model";

ruleCases("t6-functional-codes", [
  {
    what: "pension contribution differs from 2080505",
    mutate: (d) => (rowOf(d, 6, "机关事业单位基本养老保险缴费").values[0] = h(25)),
    severity: "warning",
    message: /2080505/,
  },
]);
