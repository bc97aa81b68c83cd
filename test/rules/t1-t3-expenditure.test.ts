import { h, ruleCases } from "./ruleCases";
import { rowOf } from "./model";

ruleCases("t1-t3-expenditure", [
  {
    what: "a class in table 1 differs from table 3",
    mutate: (d) => (rowOf(d, 1, "八、社会保障和就业支出", "expenditure").values[0] = h(21)),
    severity: "error",
  },
]);
