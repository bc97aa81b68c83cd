import type { Disclosure } from "../../src/core/model";
import { ruleCases } from "./ruleCases";

const edit = (d: Disclosure, no: number, from: string | RegExp, to: string) => {
  const s = d.narrative.find((x) => x.no === no)!;
  const text = s.text.replace(from, to);
  if (text === s.text) throw new Error(`no ${String(from)} in section ${no}`);
  s.text = text;
};

ruleCases("narrative-reasons", [
  {
    what: "section 一's increase without its reason",
    mutate: (d) => edit(d, 1, "，主要原因是新增政务公开审批项目", ""),
    severity: "warning",
    message: /第一部分.*增加.*未说明原因/,
  },
  {
    what: "a reason cut off at “主要原因是。”",
    mutate: (d) => edit(d, 1, "主要原因是新增政务公开审批项目。", "主要原因是。"),
    severity: "error",
    message: /“主要原因是”之后没有内容/,
  },
  {
    what: "“0万元 … 增加1.00万元” in section 七",
    mutate: (d) => edit(d, 7, "公务接待费4.00万元，比上年增加1.00万元", "公务接待费0万元，比上年增加1.00万元"),
    severity: "error",
    message: /本年为0万元，却比上年增加1\.00万元/,
  },
  {
    what: "“增加持平” in section 八",
    mutate: (d) => edit(d, 8, "与上年预算数相同", "比上年增加持平"),
    severity: "error",
    message: /“增加持平”自相矛盾/,
  },
  {
    what: "section 七's item increase without a reason",
    mutate: (d) => edit(d, 7, "比上年增加1.00万元，主要原因是接待任务增加；", "比上年增加1.00万元；"),
    severity: "warning",
    message: /第七部分.*公务接待费4\.00万元，比上年增加1\.00万元.*未说明原因/,
  },
]);

test("a reason in the next sentence counts (…增加1.00万元。主要原因是…)", () => {
  const { checkDisclosure, ruleById } = jest.requireActual("../../src/core/rules");
  const { consistentDisclosure } = jest.requireActual("./model");
  const d = consistentDisclosure();
  edit(d, 1, "增长11.11%，主要原因是", "增长11.11%。主要原因是");
  expect(checkDisclosure(d, [ruleById("narrative-reasons")])).toEqual([]);
});
