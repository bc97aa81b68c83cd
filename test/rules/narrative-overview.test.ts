import { h, ruleCases } from "./ruleCases";
import { figureOf } from "./model";

ruleCases("narrative-overview", [
  { what: "part 1 states another 收入总计", mutate: (d) => (figureOf(d, 1, /预算收入总计/).value = h(101)), severity: "error" },
]);
