import { ruleCases } from "./ruleCases";

ruleCases("empty-table-note", [
  {
    what: "an empty table without 注：本表无数据",
    mutate: (d) => (d.tables.find((t) => t.no === 7)!.emptyNote = false),
    severity: "info",
    message: /本表无数据/,
  },
  {
    what: "a missing table",
    mutate: (d) => (d.tables = d.tables.filter((t) => t.no !== 9)),
    severity: "warning",
    message: /未找到表9/,
  },
]);
