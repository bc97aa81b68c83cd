import { h, ruleCases } from "./ruleCases";
import { rowOf } from "./model";

ruleCases("t6-categories", [
  {
    what: "an item changed under its category",
    mutate: (d) => (rowOf(d, 6, "办公费").values[0] = h(7)),
    severity: "error",
    message: /商品和服务支出/,
  },
]);
