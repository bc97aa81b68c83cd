import { h, ruleCases } from "./ruleCases";
import { rowOf } from "./model";

ruleCases("t5-t3", [
  {
    what: "table 5 differs from table 3 though all money is general budget",
    mutate: (d) => (rowOf(d, 5, "2010306").values[2] = h(31)),
    severity: "error",
    message: /全部资金为一般公共预算/,
  },
]);
