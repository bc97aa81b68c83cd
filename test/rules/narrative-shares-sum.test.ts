import { ruleCases } from "./ruleCases";
import { figureOf } from "./model";

ruleCases("narrative-shares-sum", [
  {
    what: "shares of a complete breakdown adding to 100.01% by honest rounding",
    mutate: (d) => {
      figureOf(d, 5, /一般公共服务/).share = { basisPoints: 8001, decimals: 2 };
      figureOf(d, 5, /社会保障/).share = { basisPoints: 2000, decimals: 2 };
    },
    severity: "warning",
    message: /100\.01/,
  },
]);
