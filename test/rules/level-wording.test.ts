import type { Disclosure } from "../../src/core/model";
import { ruleCases } from "./ruleCases";

ruleCases("level-wording", [
  {
    what: "“部门预算” in a 单位 disclosure's narrative",
    mutate: (d) => (d.narrative.find((s) => s.no === 1)!.text += "本年部门预算支出总计100.00万元。"),
    severity: "warning",
    message: /本文件是单位预算公开.*“部门预算”/,
  },
  {
    what: "“单位预算” in a 部门 disclosure's section title",
    mutate: (d: Disclosure) => {
      d.level = "部门";
      d.narrative.find((s) => s.no === 1)!.title = "一、单位预算收支数据变动情况及原因";
    },
    severity: "warning",
    message: /本文件是部门预算公开.*“单位预算”/,
  },
]);
