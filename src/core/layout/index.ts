import { placedVerdict } from "./checkCells";
import type { Disclosure, TableNo } from "../model";
import { RULES, type Finding, type Rule } from "../rules";
import { rowsOn, totalRow } from "../model/rows";
import { relationInstances, type Locate, type RelationInstance, type SheetCell } from "../relations";
import type { NarrativeChecks } from "./narrativeSheet";
import { buildChecksSheet } from "./checksSheet";
import { buildNarrativeSheet } from "./narrativeSheet";
import { buildTableSheet, PlacementMap } from "./tableSheet";
import type { DefinedName, WorkbookLayout } from "./types";
import { staticFindings } from "./staticFindings";
import { buildTemplateWorkbookLayout } from "./templateWorkbook";
import { sideOrigin, templateRelations } from "../templates/relations";

export type { WorkbookLayout, SheetLayout, LayoutCell, CellStyle, DefinedName, ChartSpec, PlacedCheck, PrintSetup } from "./types";
import { withPrintSetup } from "./print";
export { CHECKS_SHEET } from "./checksSheet";
export { NARRATIVE_SHEET } from "./narrativeSheet";
export { tableSheetName } from "./tableSheet";
export { buildTemplateWorkbookLayout, draftUnsupportedMessage, COVERAGE_SHEET, templateSheetName, TemplatePlacements } from "./templateWorkbook";

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

/**
 * The workbook of an imported disclosure: 校验, 13 table sheets and 说明. Every relation of the
 * catalogue (`rules`) gets exactly one live flag: beside its table, beside its narrative figure, or
 * on the 校验 sheet; the findings of rules that are not relations are listed as found.
 */
export function buildWorkbookLayout(
  disclosure: Disclosure,
  findings: Finding[],
  rules: readonly Rule[] = RULES,
  /** Another template's relations (operands on d.templateTables' rows, sides through `sideOrigin`), shown as live flags. */
  template: { relations?: RelationInstance[]; sideOrigin?: Parameters<typeof buildTemplateWorkbookLayout>[3] } = {},
): WorkbookLayout {
  // Another province's template: its own tables, never empty Shanxi sheets.
  // Its relations (src/core/templates/relations.ts) as live flags, the same declarations the checker evaluates.
  if (disclosure.templateTables)
    return buildTemplateWorkbookLayout(disclosure, findings, template.relations ?? templateRelations(disclosure), template.sideOrigin ?? sideOrigin);
  const placements = new PlacementMap();
  const instances = relationInstances(disclosure, rules);
  const placed: { instance: RelationInstance; at: SheetCell }[] = [];
  const rest: RelationInstance[] = [];
  // Each table's own relations; what is left passes on to 说明, then to 校验.
  let pending = instances;
  const tableSheets = disclosure.tables.map((t) => {
    const checks = { instances: pending, placed, rest: [] as RelationInstance[] };
    const sheet = buildTableSheet(disclosure, t, placements, checks);
    pending = checks.rest;
    return sheet;
  });
  const narrativeChecks: NarrativeChecks = { instances: pending, placed, rest };
  const narrative = buildNarrativeSheet(disclosure, placements, narrativeChecks);
  const locate: Locate = narrativeChecks.locate ?? ((op) => (op.kind === "cell" ? placements.get(op.row, op.col) : undefined));
  const checks = buildChecksSheet(disclosure, staticFindings(findings, instances), rest, locate, [...tableSheets, narrative], placed);
  return withPrintSetup({
    sheets: [checks, ...tableSheets, narrative],
    names: keyTotalNames(disclosure, placements),
    checks: placed.map(placedVerdict),
  });
}

export { disclosureFromSheets, tableAreas, rowsOfLines, type SheetGrid } from "./readBack";
