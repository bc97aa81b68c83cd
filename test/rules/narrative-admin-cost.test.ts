import { h, ruleCases } from "./ruleCases";
import { figureOf } from "./model";

ruleCases("narrative-admin-cost", [
  { what: "part 8 states another amount", mutate: (d) => (figureOf(d, 8, /机关运行经费/).value = h(15.98)), severity: "error" },
]);
