import { h, ruleCases } from "./ruleCases";
import { figureOf } from "./model";

ruleCases("narrative-basic", [{ what: "part 6 states another 公用经费", mutate: (d) => (figureOf(d, 6, /公用经费/).value = h(14.24)), severity: "error" }]);
