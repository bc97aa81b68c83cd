import { h, ruleCases } from "./ruleCases";
import { rowOf } from "./model";

ruleCases("t1-t2-income", [
  {
    what: "table 2 total differs from table 1",
    mutate: (d) => (rowOf(d, 2, "合计").values[0] = h(99)),
    severity: "error",
    message: /表2/,
  },
  {
    what: "table 1's carry-over differs from table 2's 上年结转 column",
    mutate: (d) => (rowOf(d, 1, "上年结转", "income").values[0] = h(5)),
    severity: "error",
    message: /表1“上年结转”与表2“上年结转”列合计/,
  },
]);
