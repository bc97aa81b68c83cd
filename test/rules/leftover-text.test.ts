import type { Disclosure } from "../../src/core/model";
import { ruleCases } from "./ruleCases";

const append = (d: Disclosure, no: number, text: string) => (d.narrative.find((s) => s.no === no)!.text += text);

ruleCases("leftover-text", [
  { what: "the draft's “……（请填写原因）”", mutate: (d) => append(d, 1, "……（请填写原因）"), severity: "warning", message: /请填写/ },
  { what: "“XX单位”", mutate: (d) => append(d, 3, "XX单位支出预算0万元。"), severity: "warning", message: /“XX”占位符/ },
  { what: "“××”", mutate: (d) => append(d, 3, "××年度。"), severity: "warning", message: /“XX”占位符/ },
  { what: "“{单位}”", mutate: (d) => append(d, 9, "{单位}无其他采购。"), severity: "warning", message: /花括号/ },
  {
    what: "the template's “增加（减少）的主要原因是”",
    mutate: (d) => append(d, 8, "增加（减少）的主要原因是人员变动。"),
    severity: "warning",
    message: /增加（减少）/,
  },
  { what: "“（略）”", mutate: (d) => append(d, 11, "房屋情况（略）。"), severity: "warning", message: /（略）/ },
  { what: "“待填写”", mutate: (d) => append(d, 10, "整体绩效目标待填写。"), severity: "warning", message: /请填写/ },
]);
