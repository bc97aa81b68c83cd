import { h, ruleCases } from "./ruleCases";
import { figureOf } from "./model";

ruleCases("narrative-expenditure", [
  {
    what: "part 3 states another 基本支出",
    mutate: (d) => (figureOf(d, 3, /基本支出/).value = h(172.13 - 100)),
    severity: "error",
  },
  {
    what: "a share off by one in the last digit",
    mutate: (d) => (figureOf(d, 3, /项目支出/).share = { basisPoints: 3001, decimals: 2 }),
    severity: "warning",
    message: /末位/,
  },
]);
