import { h, ruleCases } from "./ruleCases";
import { figureOf } from "./model";

ruleCases("narrative-procurement", [{ what: "goods + works + services ≠ the total", mutate: (d) => (figureOf(d, 9, /服务/).value = h(4)), severity: "error" }]);
