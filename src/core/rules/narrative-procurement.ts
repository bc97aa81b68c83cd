import { checkSum } from "./compare";
import { figureLabelled, section } from "./narrativeHelpers";
import type { Rule } from "./types";

/** 九: 货物 + 工程 + 服务 = 政府采购预算总额. */
export const narrativeProcurement: Rule = {
  id: "narrative-procurement",
  description: {
    zh: "情况说明九（政府采购）：货物、工程、服务采购预算之和等于政府采购预算总额",
    en: "Narrative part 9: goods, works and services procurement add up to the procurement total",
  },
  tables: [],
  scope: "narrative",
  severity: "error",
  check(ctx) {
    const s = section(ctx.disclosure, 9);
    const total = figureLabelled(s, /总额/);
    if (!total) return;
    const parts = [/货物/, /工程/, /服务/].map((p) => figureLabelled(s, p));
    checkSum(ctx, {
      what: "政府采购预算总额（货物＋工程＋服务）",
      addends: parts.map((p) => p?.value ?? null),
      printed: total.value,
      tables: [],
      lines: [total.line],
    });
  },
};
