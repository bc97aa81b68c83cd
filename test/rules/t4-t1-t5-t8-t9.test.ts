import { h, ruleCases } from "./ruleCases";
import { rowOf } from "./model";

ruleCases("t4-t1-t5-t8-t9", [
  {
    what: "table 4 income differs from table 1",
    mutate: (d) => (rowOf(d, 4, "一、一般公共预算", "income").values[0] = h(99)),
    severity: "error",
  },
  {
    what: "table 4's general column differs from table 5",
    mutate: (d) => (rowOf(d, 4, "一、一般公共服务支出", "expenditure").values[1] = h(79)),
    severity: "error",
  },
]);
