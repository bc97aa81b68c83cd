import { h, ruleCases } from "./ruleCases";
import { figureOf } from "./model";

ruleCases("narrative-income", [
  { what: "part 2 states another income", mutate: (d) => (figureOf(d, 2, /^预算收入$/).value = h(90)), severity: "error" },
  {
    what: "a wrong income share",
    mutate: (d) => (figureOf(d, 2, /一般公共预算/).share = { basisPoints: 9000, decimals: 2 }),
    severity: "error",
    message: /比例/,
  },
]);
