import { h, ruleCases } from "./ruleCases";
import { rowOf } from "./model";

ruleCases("t4-structure", [
  {
    what: "table 4 classes off from 本年支出合计",
    mutate: (d) => (rowOf(d, 4, "本年支出合计", "expenditure").values[0] = h(110)),
    severity: "error",
  },
]);
