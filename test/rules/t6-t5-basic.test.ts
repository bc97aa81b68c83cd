import { h, ruleCases } from "./ruleCases";
import { rowOf } from "./model";

ruleCases("t6-t5-basic", [
  {
    what: "basic expenditure differs between tables 5 and 6",
    mutate: (d) => (rowOf(d, 6, "合计").values[0] = h(80)),
    severity: "error",
    message: /基本支出/,
  },
]);
