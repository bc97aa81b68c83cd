import { ruleCases } from "./ruleCases";

ruleCases("unit-name", [
  {
    what: "the narrative naming the unit differently",
    mutate: (d) => {
      const s = d.narrative.find((x) => x.no === 3)!;
      s.text = s.text.replace("示例市政务服务中心", "示例市政务中心");
    },
    severity: "warning",
    message: /情况说明中的单位名称“示例市政务中心”与各表的“示例市政务服务中心”不一致/,
  },
  {
    what: "a table header naming another unit",
    mutate: (d) => (d.source = [{ no: d.tables.find((t) => t.no === 2)!.line + 1, text: "单位名称：示例市行政审批局\t单位：万元" }]),
    severity: "warning",
    message: /表头“单位名称”中的单位名称“示例市行政审批局”/,
  },
]);
