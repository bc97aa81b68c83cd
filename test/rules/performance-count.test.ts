import { ruleCases } from "./ruleCases";

ruleCases("performance-count", [{ what: "fewer tables than the narrative says", mutate: (d) => d.performance.pop(), severity: "warning" }]);
