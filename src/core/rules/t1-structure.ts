import { defineRelations } from "../relations";
import { twoSidedRelations } from "../relations/twoSided";

/** Table 1: income items → 本年收入合计 → 收入总计; classes → 本年支出合计 → 支出总计; 收入总计 = 支出总计. */
export const t1Structure = defineRelations(
  {
    id: "t1-structure",
    description: {
      zh: "表1预算收支总表：收入各项之和等于本年收入合计，加上年结转等于收入总计；支出各类之和等于本年支出合计（每列），加年终结转等于支出总计；收入总计等于支出总计",
      en: "Table 1: income items sum to the year's income, plus carry-over to total income; expenditure classes sum to the year's expenditure in every column, plus year-end carry-over to total expenditure; total income equals total expenditure",
    },
    tables: [1],
    scope: "table",
    severity: "error",
  },
  (d) => twoSidedRelations(d, 1, /^上年结转$/),
);
