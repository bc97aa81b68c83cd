import { ruleCases } from "./ruleCases";

ruleCases("performance-t12", [
  {
    what: "a 绩效目标表 amount differing from table 12",
    mutate: (d) => (d.performance[1].annualTotal = d.performance[1].annualSources.local = 2600000),
    severity: "error",
    message: /26000\.00元/,
  },
  {
    what: "sources not adding up",
    mutate: (d) => (d.performance[0].annualSources.local = 10000000),
    severity: "error",
    message: /资金来源/,
  },
  {
    what: "another unit's table",
    mutate: (d) => (d.performance[0].implementingUnit = "示例市公共资源交易中心"),
    severity: "error",
    message: /其他单位/,
  },
]);
