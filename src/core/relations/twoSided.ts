/** The relations of a two-sided summary table (表1, 表4): its income and expenditure sums and its balance. */
import { L, columnLabel } from "../messages";
import { findTable, type Disclosure, type TableNo } from "../model";
import { rowNamed, rowsOn } from "../model/rows";
import { cell } from "./operands";
import type { Relation } from "./types";

/** Tables 1 and 4: income items → 本年收入合计 → 收入总计; classes → 本年支出合计 → 支出总计; balance. */
export function twoSidedRelations(d: Disclosure, no: TableNo, carryName: RegExp): Relation[] {
  const table = findTable(d, no);
  if (!table || table.empty) return [];
  const out: Relation[] = [];
  const income = rowsOn(table, "income");
  const expenditure = rowsOn(table, "expenditure");
  const incomeSubtotal = income.find((r) => r.kind === "subtotal");
  const incomeTotal = income.find((r) => r.kind === "total");
  const carry = income.filter((r) => carryName.test(r.name.replace(/\s/g, "")) || r.section !== undefined);
  const incomeItems = income.filter((r) => r.kind === "item" && r.section === undefined && !carryName.test(r.name.replace(/\s/g, "")));
  if (incomeSubtotal) {
    out.push({
      kind: "sum",
      what: L(`表${no}收入各项之和与本年收入合计`, `table ${no} revenue items against this year's revenue subtotal`),
      total: cell(incomeSubtotal, 0),
      parts: incomeItems.map((r) => cell(r, 0)),
      tables: [no],
      lines: [incomeSubtotal.line, ...incomeItems.map((r) => r.line)],
    });
  }
  if (incomeTotal && incomeSubtotal) {
    // Table 4 lists the carry-over by source under its heading row; the heading may be blank.
    const carryParts = carry.filter((r) => r.section !== undefined);
    const carryRows = carryParts.length > 0 ? carryParts : carry;
    out.push({
      kind: "sum",
      what: L(`表${no}收入总计（本年收入合计＋上年结转）`, `table ${no} revenue total (this year's revenue + carried over)`),
      total: cell(incomeTotal, 0),
      parts: [cell(incomeSubtotal, 0), ...carryRows.map((r) => cell(r, 0))],
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
      out.push({
        kind: "sum",
        what: L(
          `表${no}支出各功能分类之和与本年支出合计（“${column}”列）`,
          `table ${no} expenditure classes against this year's expenditure subtotal (column ${columnLabel(column).en})`,
        ),
        total: cell(expenditureSubtotal, i),
        parts: classes.map((r) => cell(r, i)),
        tables: [no],
        lines: [expenditureSubtotal.line, ...classes.filter((r) => r.values[i] !== null).map((r) => r.line)],
      });
      if (expenditureTotal) {
        out.push({
          kind: "sum",
          what: L(
            `表${no}支出总计（本年支出合计＋年终结转，“${column}”列）`,
            `table ${no} expenditure total (this year's expenditure + carried forward, column ${columnLabel(column).en})`,
          ),
          total: cell(expenditureTotal, i),
          parts: [cell(expenditureSubtotal, i), cell(yearEnd, i)],
          tables: [no],
          lines: [expenditureTotal.line, expenditureSubtotal.line],
        });
      }
    });
  }
  if (incomeTotal && expenditureTotal) {
    out.push({
      kind: "copy",
      what: L(`表${no}收支平衡`, `table ${no} balance of revenue and expenditure`),
      expected: cell(incomeTotal, 0),
      actual: cell(expenditureTotal, 0),
      expectedLabel: L("收入总计", "revenue total"),
      actualLabel: L("支出总计", "expenditure total"),
      tables: [no],
      lines: [incomeTotal.line, expenditureTotal.line],
    });
  }
  return out;
}
