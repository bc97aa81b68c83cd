import { h, ruleCases } from "./ruleCases";
import { rowOf } from "./model";

ruleCases("t10-t6", [
  { what: "table 10 reception below table 6's", mutate: (d) => (rowOf(d, 10, "公务接待费").values[0] = h(3)), severity: "error" },
  {
    what: "no project expenditure, and table 10 reports more reception than table 6",
    mutate: (d) => {
      const t3 = d.tables.find((t) => t.no === 3)!;
      t3.rows[0].values = [h(70), h(70), null];
      rowOf(d, 10, "公务接待费").values[0] = h(5);
    },
    severity: "error",
    message: /全部为基本支出.*应相等/,
  },
]);
