import { type Amount } from "../amount";
import { findTable, type TableNo, type TableRow } from "../model";
import { checkSame, checkSum, rowNamed, rowsOn } from "./compare";
import type { Rule, RuleContext } from "./types";

const amountOf = (row: TableRow | undefined, i = 0): Amount | null => row?.values[i] ?? null;

function checkTwoSided(ctx: RuleContext, no: TableNo, carryName: RegExp) {
  const table = findTable(ctx.disclosure, no);
  if (!table || table.empty) return;
  const income = rowsOn(table, "income");
  const expenditure = rowsOn(table, "expenditure");
  const incomeSubtotal = income.find((r) => r.kind === "subtotal");
  const incomeTotal = income.find((r) => r.kind === "total");
  const carry = income.filter((r) => carryName.test(r.name.replace(/\s/g, "")) || r.section !== undefined);
  const incomeItems = income.filter((r) => r.kind === "item" && r.section === undefined && !carryName.test(r.name.replace(/\s/g, "")));
  if (incomeSubtotal) {
    checkSum(ctx, {
      what: `表${no}收入各项之和与本年收入合计`,
      addends: incomeItems.map((r) => amountOf(r)),
      printed: amountOf(incomeSubtotal),
      tables: [no],
      lines: [incomeSubtotal.line, ...incomeItems.map((r) => r.line)],
    });
  }
  if (incomeTotal && incomeSubtotal) {
    // Table 4 lists the carry-over by source under its heading row; the heading may be blank.
    const carryParts = carry.filter((r) => r.section !== undefined);
    const carryAmounts = carryParts.length > 0 ? carryParts.map((r) => amountOf(r)) : carry.map((r) => amountOf(r));
    checkSum(ctx, {
      what: `表${no}收入总计（本年收入合计＋上年结转）`,
      addends: [amountOf(incomeSubtotal), ...carryAmounts],
      printed: amountOf(incomeTotal),
      tables: [no],
      lines: [incomeTotal.line, incomeSubtotal.line, ...carry.map((r) => r.line)],
    });
  }
  const expenditureSubtotal = expenditure.find((r) => r.kind === "subtotal");
  const expenditureTotal = expenditure.find((r) => r.kind === "total");
  const yearEnd = rowNamed(table, "年终结转", "expenditure");
  const classes = expenditure.filter((r) => r.kind === "item" && r !== yearEnd);
  if (expenditureSubtotal) {
    table.columns.forEach((column, i) => {
      checkSum(ctx, {
        what: `表${no}支出各功能分类之和与本年支出合计（“${column}”列）`,
        addends: classes.map((r) => amountOf(r, i)),
        printed: amountOf(expenditureSubtotal, i),
        tables: [no],
        lines: [expenditureSubtotal.line, ...classes.filter((r) => r.values[i] !== null).map((r) => r.line)],
      });
      if (expenditureTotal) {
        checkSum(ctx, {
          what: `表${no}支出总计（本年支出合计＋年终结转，“${column}”列）`,
          addends: [amountOf(expenditureSubtotal, i), amountOf(yearEnd, i)],
          printed: amountOf(expenditureTotal, i),
          tables: [no],
          lines: [expenditureTotal.line, expenditureSubtotal.line],
        });
      }
    });
  }
  if (incomeTotal && expenditureTotal) {
    checkSame(ctx, {
      what: `表${no}收支平衡`,
      expected: amountOf(incomeTotal),
      actual: amountOf(expenditureTotal),
      expectedLabel: "收入总计",
      actualLabel: "支出总计",
      tables: [no],
      lines: [incomeTotal.line, expenditureTotal.line],
    });
  }
}

/** Table 1: income items → 本年收入合计 → 收入总计; classes → 本年支出合计 → 支出总计; 收入总计 = 支出总计. */
export const t1Structure: Rule = {
  id: "t1-structure",
  description: {
    zh: "表1预算收支总表：收入各项之和等于本年收入合计，加上年结转等于收入总计；支出各类之和等于本年支出合计（每列），加年终结转等于支出总计；收入总计等于支出总计",
    en: "Table 1: income items sum to the year's income, plus carry-over to total income; expenditure classes sum to the year's expenditure in every column, plus year-end carry-over to total expenditure; total income equals total expenditure",
  },
  tables: [1],
  scope: "table",
  severity: "error",
  check: (ctx) => checkTwoSided(ctx, 1, /^上年结转$/),
};

/** Table 4: the same structure for 财政拨款, with the carry-over listed by source. */
export const t4Structure: Rule = {
  id: "t4-structure",
  description: {
    zh: "表4财政拨款收支总表：一般公共预算、政府性基金、国有资本经营预算收入之和等于本年收入合计，加上年财政拨款结转等于收入总计；支出各类之和等于本年支出合计；收支总计相等",
    en: "Table 4: the three kinds of appropriation sum to the year's income, plus carried-over appropriations to total income; expenditure classes sum to the year's expenditure; totals balance",
  },
  tables: [4],
  scope: "table",
  severity: "error",
  check: (ctx) => checkTwoSided(ctx, 4, /^上年财政拨款结转$/),
};
