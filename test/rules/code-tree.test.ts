import { h, ruleCases } from "./ruleCases";
import { rowOf } from "./model";

ruleCases("code-tree", [
  {
    what: "a 7-digit row changed under its parent",
    mutate: (d) => (rowOf(d, 3, "2010301").values[0] = h(51)),
    severity: "error",
    message: /科目20103/,
  },
  {
    what: "two children off their parent by a rounding cent",
    mutate: (d) => (rowOf(d, 2, "20103").values[0] = h(80.01)),
    severity: "warning",
    message: /尾差/,
  },
]);
