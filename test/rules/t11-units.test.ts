import { h, ruleCases } from "./ruleCases";
import { rowOf } from "./model";

ruleCases("t11-units", [{ what: "部门合计 off from its units", mutate: (d) => (rowOf(d, 11, "部门合计").values[0] = h(12)), severity: "error" }]);
