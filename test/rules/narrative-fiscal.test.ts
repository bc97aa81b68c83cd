import { h, ruleCases } from "./ruleCases";
import { figureOf } from "./model";

ruleCases("narrative-fiscal", [{ what: "part 4 states another class amount", mutate: (d) => (figureOf(d, 4, /社会保障/).value = h(21)), severity: "error" }]);
