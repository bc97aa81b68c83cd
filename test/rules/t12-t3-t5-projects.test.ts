import { h, ruleCases } from "./ruleCases";
import { rowOf } from "./model";

ruleCases("t12-t3-t5-projects", [
  {
    what: "table 12 differs from table 3 项目支出",
    mutate: (d) => (rowOf(d, 12, "示例市政务服务中心").values[0] = h(31)),
    severity: "error",
  },
]);
