import { h, ruleCases } from "./ruleCases";
import { rowOf } from "./model";

ruleCases("t13-t1-carryover", [
  {
    what: "table 1 carry-over with no projects in table 13",
    mutate: (d) => (rowOf(d, 1, "上年结转", "income").values[0] = h(5)),
    severity: "error",
  },
]);
