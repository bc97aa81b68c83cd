import { h, ruleCases } from "./ruleCases";
import { rowOf } from "./model";

ruleCases("project-subtotals", [
  { what: "projects off from the unit subtotal", mutate: (d) => (rowOf(d, 12, "J网络运维费").values[0] = h(12)), severity: "error" },
  {
    what: "a subtotal printed twice is noted, not double counted",
    mutate: (d) => {
      const t12 = d.tables.find((t) => t.no === 12)!;
      t12.rows.splice(1, 0, { ...t12.rows[0], line: 999 });
    },
    severity: "info",
    message: /重复出现/,
  },
]);
