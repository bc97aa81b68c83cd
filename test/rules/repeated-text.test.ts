import type { Disclosure } from "../../src/core/model";
import { ruleCases } from "./ruleCases";

const replace = (d: Disclosure, no: number, from: string, to: string) => {
  const s = d.narrative.find((x) => x.no === no)!;
  s.text = s.text.replace(from, to);
};

ruleCases("repeated-text", [
  { what: "“。。”", mutate: (d) => replace(d, 3, "占30.00%。", "占30.00%。。"), severity: "warning", message: /标点重复：“.*。。/ },
  { what: "“，，”", mutate: (d) => replace(d, 1, "万元，比上年", "万元，，比上年"), severity: "warning", message: /标点重复/ },
  { what: "“预算预算”", mutate: (d) => replace(d, 3, "支出预算", "支出预算预算"), severity: "warning", message: /词语重复：“.*预算预算/ },
]);
