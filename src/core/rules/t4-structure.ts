import { defineRelations } from "../relations";
import { twoSidedRelations } from "../relations/twoSided";

/** Table 4: the same structure for 财政拨款, with the carry-over listed by source. */
export const t4Structure = defineRelations(
  {
    id: "t4-structure",
    description: {
      zh: "表4财政拨款收支总表：一般公共预算、政府性基金、国有资本经营预算收入之和等于本年收入合计，加上年财政拨款结转等于收入总计；支出各类之和等于本年支出合计；收支总计相等",
      en: "Table 4: the three kinds of appropriation sum to the year's income, plus carried-over appropriations to total income; expenditure classes sum to the year's expenditure; totals balance",
    },
    tables: [4],
    scope: "table",
    severity: "error",
  },
  (d) => twoSidedRelations(d, 4, /^上年财政拨款结转$/),
);
