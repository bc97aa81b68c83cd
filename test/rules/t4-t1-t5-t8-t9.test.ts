import type { Disclosure } from "../../src/core/model";
import { h, ruleCases } from "./ruleCases";
import { rowOf } from "./model";

/** Table 8 with one class of 政府性基金 expenditure that table 4's fund column does not show. */
function fundClassMissingFromT4(d: Disclosure) {
  const t8 = d.tables.find((t) => t.no === 8)!;
  const line = 9000;
  t8.rows = [
    { code: null, name: "合计", values: [h(5), null, h(5)], line, kind: "total" },
    { code: "212", name: "城乡社区支出", values: [h(5), null, h(5)], line: line + 1, kind: "item" },
  ];
  t8.empty = false;
  t8.emptyNote = false;
}

ruleCases("t4-t1-t5-t8-t9", [
  {
    what: "table 4 income differs from table 1",
    mutate: (d) => (rowOf(d, 4, "一、一般公共预算", "income").values[0] = h(99)),
    severity: "error",
  },
  {
    what: "table 4's general column differs from table 5",
    mutate: (d) => (rowOf(d, 4, "一、一般公共服务支出", "expenditure").values[1] = h(79)),
    severity: "error",
  },
  {
    what: "a class of table 8 missing from table 4's government fund column",
    mutate: fundClassMissingFromT4,
    severity: "error",
    message: /表4政府性基金预算列与表8的“城乡社区支出”/,
  },
  {
    what: "table 4's government fund column differs from table 8 for a class",
    mutate: (d) => {
      fundClassMissingFromT4(d);
      rowOf(d, 4, "一、一般公共服务支出", "expenditure").values[2] = h(5); // the fund money under another class
    },
    severity: "error",
    message: /“一、一般公共服务支出”在表8中没有对应的类级科目/,
  },
]);
