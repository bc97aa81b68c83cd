import { L } from "../messages";
import { figureLabelled, section } from "../model/narrative";
import { amount, defineRelations, stated } from "../relations";

/** 九: 货物 + 工程 + 服务 = 政府采购预算总额. */
export const narrativeProcurement = defineRelations(
  {
    id: "narrative-procurement",
    description: {
      zh: "情况说明九（政府采购）：货物、工程、服务采购预算之和等于政府采购预算总额",
      en: "Narrative part 9: goods, works and services procurement add up to the procurement total",
    },
    tables: [],
    scope: "narrative",
    severity: "error",
  },
  (d) => {
    const s = section(d, 9);
    const total = figureLabelled(s, /总额/);
    if (!total) return [];
    const parts = [/货物/, /工程/, /服务/].map((p) => figureLabelled(s, p));
    return [
      {
        kind: "sum",
        what: L("政府采购预算总额（货物＋工程＋服务）", "the government procurement budget (goods + works + services)"),
        total: stated(total),
        parts: parts.map((p) => (p ? stated(p) : amount(null))),
        tables: [],
        lines: [total.line],
      },
    ];
  },
);
