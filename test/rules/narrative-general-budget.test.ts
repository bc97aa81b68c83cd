import { ruleCases } from "./ruleCases";
import { figureOf } from "./model";

ruleCases("narrative-general-budget", [
  {
    what: "part 5 states another class share",
    mutate: (d) => (figureOf(d, 5, /社会保障/).share = { basisPoints: 2500, decimals: 2 }),
    severity: "error",
  },
]);
