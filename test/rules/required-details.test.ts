import type { Disclosure } from "../../src/core/model";
import { ruleCases } from "./ruleCases";

const section = (d: Disclosure, no: number) => d.narrative.find((s) => s.no === no)!;

ruleCases("required-details", [
  {
    what: "section 七 without 公务用车购置费",
    mutate: (d) => (section(d, 7).text = section(d, 7).text.replace("公务用车购置费0万元，", "")),
    severity: "warning",
    message: /第七部分未列明“公务用车购置费”/,
  },
  {
    what: "table 10 without the ①公务用车购置费 row",
    mutate: (d) => {
      const t10 = d.tables.find((t) => t.no === 10)!;
      t10.rows = t10.rows.filter((r) => !/购置费$/.test(r.name));
    },
    severity: "warning",
    message: /表10未列出“①公务用车购置费”行/,
  },
  {
    what: "section 九 without 工程",
    mutate: (d) => (section(d, 9).text = section(d, 9).text.replace("、政府采购工程预算0万元", "")),
    severity: "warning",
    message: /第九部分未列明政府采购工程预算/,
  },
  {
    what: "section 十 without 绩效目标",
    mutate: (d) => (section(d, 10).text = "2026年示例市政务服务中心项目支出30.00万元。"),
    severity: "warning",
    message: /第十部分未列明项目绩效目标/,
  },
  {
    what: "table 5 stopping at 款 (20805 without its 项)",
    mutate: (d) => {
      const t5 = d.tables.find((t) => t.no === 5)!;
      t5.rows = t5.rows.filter((r) => r.code !== "2080505");
    },
    severity: "warning",
    message: /表5“20805 行政事业单位养老支出”未细化到项级科目/,
  },
  {
    what: "table 6 stopping at 类 (商品和服务支出 without its 款)",
    mutate: (d) => {
      const t6 = d.tables.find((t) => t.no === 6)!;
      t6.rows = t6.rows.filter((r) => r.name !== "办公费" && r.name !== "公务接待费");
    },
    severity: "warning",
    message: /表6“商品和服务支出”未细化到款级经济科目/,
  },
]);

test("a unit without 三公 or procurement says so and needs no breakdown", () => {
  const { checkDisclosure, ruleById } = jest.requireActual("../../src/core/rules");
  const { consistentDisclosure } = jest.requireActual("./model");
  const d: Disclosure = consistentDisclosure();
  section(d, 7).text = "本单位无“三公”经费预算。";
  section(d, 9).text = "本单位无政府采购预算。";
  expect(checkDisclosure(d, [ruleById("required-details")])).toEqual([]);
});
