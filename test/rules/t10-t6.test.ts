import { h, ruleCases } from "./ruleCases";
import { rowOf } from "./model";

ruleCases("t10-t6", [{ what: "table 10 reception below table 6's", mutate: (d) => (rowOf(d, 10, "公务接待费").values[0] = h(3)), severity: "error" }]);
