import { ruleCases } from "./ruleCases";
import { figureOf } from "./model";

ruleCases("narrative-yoy", [
  {
    what: "a wrong growth rate",
    mutate: (d) => (figureOf(d, 5, /一般公共预算当年支出/).change!.percent = { basisPoints: 1000, decimals: 2 }),
    severity: "error",
    message: /11\.11%/,
  },
  {
    what: "增加 worded with 下降",
    mutate: (d) => (figureOf(d, 1, /预算收入总计/).change!.percentWord = "下降"),
    severity: "error",
    message: /矛盾/,
  },
]);
