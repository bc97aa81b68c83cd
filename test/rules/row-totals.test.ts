import { h, ruleCases } from "./ruleCases";
import { rowOf } from "./model";

ruleCases("row-totals", [
  {
    what: "合计 ≠ 基本支出 + 项目支出",
    mutate: (d) => (rowOf(d, 5, "208").values[1] = h(19)),
    severity: "error",
    message: /基本支出＋项目支出/,
  },
]);
