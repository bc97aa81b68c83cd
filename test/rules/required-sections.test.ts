import { ruleCases } from "./ruleCases";

ruleCases("required-sections", [
  {
    what: "section 十一 国有资产占有使用情况 missing",
    mutate: (d) => (d.narrative = d.narrative.filter((s) => s.no !== 11)),
    severity: "error",
    message: /缺少第十一部分“国有资产占有使用情况”/,
  },
  {
    what: "section 七 missing",
    mutate: (d) => (d.narrative = d.narrative.filter((s) => s.no !== 7)),
    severity: "error",
    message: /缺少第七部分““三公”经费增减变动原因说明”/,
  },
  {
    what: "no 情况说明 at all",
    mutate: (d) => (d.narrative = []),
    severity: "error",
    message: /未找到“情况说明”/,
  },
  {
    what: "a source text without 名词解释",
    mutate: (d) => (d.source = [{ no: 1, text: "示例市政务服务中心" }]),
    severity: "error",
    message: /未找到“名词解释”部分/,
  },
]);
