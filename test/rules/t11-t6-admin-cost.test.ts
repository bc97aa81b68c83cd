import { h, ruleCases } from "./ruleCases";
import { rowOf } from "./model";

ruleCases("t11-t6-admin-cost", [
  {
    what: "an administrative unit's running costs differ from 公用经费",
    mutate: (d) => (rowOf(d, 11, "部门合计").values[0] = h(15.98)),
    severity: "error",
    message: /机关运行经费/,
  },
  {
    what: "a public institution reporting 机关运行经费",
    mutate: (d) => (d.unitType = "事业单位"),
    severity: "warning",
    message: /事业单位/,
  },
]);
