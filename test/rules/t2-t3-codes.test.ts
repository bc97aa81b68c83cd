import { h, ruleCases } from "./ruleCases";
import { rowOf } from "./model";

ruleCases("t2-t3-codes", [
  {
    what: "table 2 and 3 disagree on a code",
    mutate: (d) => (rowOf(d, 2, "2080505").values[0] = h(19)),
    severity: "error",
    message: /2080505/,
  },
]);
