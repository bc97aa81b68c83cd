import { h, ruleCases } from "./ruleCases";
import { rowOf } from "./model";

ruleCases("t1-t2-income", [
  {
    what: "table 2 total differs from table 1",
    mutate: (d) => (rowOf(d, 2, "合计").values[0] = h(99)),
    severity: "error",
    message: /表2/,
  },
]);
