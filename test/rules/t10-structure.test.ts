import { h, ruleCases } from "./ruleCases";
import { rowOf } from "./model";

ruleCases("t10-structure", [{ what: "三公 合计 off from its parts", mutate: (d) => (rowOf(d, 10, "合计").values[0] = h(5)), severity: "error" }]);
