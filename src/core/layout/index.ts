import type { Disclosure, TableNo } from "../model";
import type { Finding } from "../rules";
import { rowsOn, totalRow } from "../model/rows";
import { buildChecksSheet } from "./checksSheet";
import { buildNarrativeSheet } from "./narrativeSheet";
import { buildTableSheet, PlacementMap } from "./tableSheet";
import type { DefinedName, WorkbookLayout } from "./types";

export type { WorkbookLayout, SheetLayout, LayoutCell, CellStyle, DefinedName, ChartSpec } from "./types";
export { CHECKS_SHEET } from "./checksSheet";
export { NARRATIVE_SHEET } from "./narrativeSheet";
export { tableSheetName } from "./tableSheet";

/** Names for the key totals, so that formulas read naturally (=T6_合计-T5_基本支出合计). */
function keyTotalNames(d: Disclosure, placements: PlacementMap): DefinedName[] {
  const names: DefinedName[] = [];
  const add = (name: string, row: Parameters<PlacementMap["get"]>[0], col: number) => {
    const at = placements.get(row, col);
    if (at) names.push({ name, sheet: at.sheet, row: at.row, col: at.col });
  };
  const table = (no: TableNo) => d.tables.find((t) => t.no === no);
  add("T1_收入总计", totalRow(table(1), "income"), 0);
  add(
    "T1_本年收入合计",
    rowsOn(table(1), "income").find((r) => r.kind === "subtotal"),
    0,
  );
  add("T1_支出总计", totalRow(table(1), "expenditure"), 0);
  add("T2_合计", totalRow(table(2)), 0);
  for (const no of [3, 5] as const) {
    add(`T${no}_合计`, totalRow(table(no)), 0);
    add(`T${no}_基本支出合计`, totalRow(table(no)), 1);
    add(`T${no}_项目支出合计`, totalRow(table(no)), 2);
  }
  add("T6_合计", totalRow(table(6)), 0);
  add("T6_人员经费合计", totalRow(table(6)), 1);
  add("T6_公用经费合计", totalRow(table(6)), 2);
  add("T10_合计", totalRow(table(10)), 0);
  add("T11_合计", totalRow(table(11)), 0);
  return names;
}

/** The workbook of an imported disclosure: 13 table sheets, 说明 and 校验. */
export function buildWorkbookLayout(disclosure: Disclosure, findings: Finding[]): WorkbookLayout {
  const placements = new PlacementMap();
  const tableSheets = disclosure.tables.map((t) => buildTableSheet(disclosure, t, placements));
  const narrative = buildNarrativeSheet(disclosure, placements);
  const checks = buildChecksSheet(disclosure, findings, placements, tableSheets);
  return { sheets: [checks, ...tableSheets, narrative], names: keyTotalNames(disclosure, placements) };
}
export { disclosureFromSheets, tableAreas, rowsOfLines, type SheetGrid } from "./readBack";
