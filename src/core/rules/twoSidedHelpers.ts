import { type Amount } from "../amount";
import { findTable, type TableNo, type TableRow } from "../model";
import { checkSame, checkSum, rowNamed, rowsOn } from "./compare";
import type { RuleContext } from "./types";

export const amountOf = (row: TableRow | undefined, i = 0): Amount | null => row?.values[i] ?? null;

export function checkTwoSided(ctx: RuleContext, no: TableNo, carryName: RegExp) {
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
