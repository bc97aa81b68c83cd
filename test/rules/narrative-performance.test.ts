import { ruleCases } from "./ruleCases";

ruleCases("narrative-performance", [
  {
    what: "a project count that table 12 does not have",
    mutate: (d) => (d.narrative.find((s) => s.no === 10)!.figures[0].value = 3),
    severity: "error",
  },
]);
