import type { Disclosure } from "../../src/core/model";
import { ruleCases } from "./ruleCases";

const replace = (d: Disclosure, no: number, from: string, to: string) => {
  const s = d.narrative.find((x) => x.no === no)!;
  s.text = s.text.replace(from, to);
};

ruleCases("stray-year", [
  {
    what: "table 10's title saying 2025 in a 2026 disclosure",
    mutate: (d) => (d.tables.find((t) => t.no === 10)!.title = "2025年财政拨款安排“三公”经费支出预算表"),
    severity: "error",
    message: /表10标题.*2025年.*2026年度预算/,
  },
  {
    what: "a sentence of section 三 speaking of 2023",
    mutate: (d) => replace(d, 3, "2026年度示例市", "2023年度示例市"),
    severity: "warning",
    message: /提到2023年/,
  },
]);

test("the year before, a document's name and a range of years are not stray", () => {
  const { checkDisclosure, ruleById } = jest.requireActual("../../src/core/rules");
  const { consistentDisclosure } = jest.requireActual("./model");
  const d: Disclosure = consistentDisclosure();
  d.tables.find((t) => t.no === 10)!.title = "2026年财政拨款安排“三公”经费支出预算表";
  replace(d, 9, "。其中", "，依据《2022-2023年集中采购目录》和晋财购〔2023〕5号，执行2024年至2026年规划。其中");
  replace(d, 8, "与上年预算数相同", "与2025年预算数相同");
  expect(checkDisclosure(d, [ruleById("stray-year")])).toEqual([]);
});
