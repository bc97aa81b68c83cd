import { h, ruleCases } from "./ruleCases";
import { figureOf } from "./model";

ruleCases("narrative-three-public", [
  {
    what: "part 7 states another reception amount",
    mutate: (d) => (figureOf(d, 7, /公务接待费/).value = h(5)),
    severity: "error",
  },
  {
    what: "the items' changes do not add up to the total change",
    mutate: (d) => (figureOf(d, 7, /三公/).change = { direction: "decrease", amount: h(3.5), percent: null }),
    severity: "error",
    message: /增减额/,
  },
]);
