import { h, ruleCases } from "./ruleCases";
import { rowOf } from "./model";

ruleCases("t1-structure", [
  {
    what: "an income item off from 本年收入合计",
    mutate: (d) => (rowOf(d, 1, "一、一般公共预算", "income").values[0] = h(90)),
    severity: "error",
    message: /本年收入合计/,
  },
  {
    what: "收入总计 ≠ 支出总计",
    mutate: (d) => (rowOf(d, 1, "支出总计", "expenditure").values[0] = h(101)),
    severity: "error",
    message: /收支平衡|支出总计/,
  },
]);
