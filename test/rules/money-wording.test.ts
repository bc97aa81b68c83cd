import type { Disclosure } from "../../src/core/model";
import { ruleCases } from "./ruleCases";

const replace = (d: Disclosure, no: number, from: string, to: string) => {
  const s = d.narrative.find((x) => x.no === no)!;
  s.text = s.text.replace(from, to);
};

ruleCases("money-wording", [
  {
    what: "元 and 万元 in one sentence",
    mutate: (d) => replace(d, 3, "基本支出70.00万元", "基本支出700000元"),
    severity: "warning",
    message: /混用“元”和“万元”/,
  },
  {
    what: "an amount with three decimals",
    mutate: (d) => replace(d, 3, "项目支出30.00万元", "项目支出30.001万元"),
    severity: "warning",
    message: /“30\.001”超过两位小数/,
  },
]);
