import { amountToNumber, type Amount, type Percent } from "./amount";
import type { Disclosure, MoneyUnit, RowSide, TemplateTableRead } from "./model";
import type { MergedFinding } from "./findings/merge";

const n = (v: Amount | null) => (v === null ? null : amountToNumber(v));
const pct = (p: Percent | null | undefined) => (p ? p.basisPoints / 100 : null);

/** A row of `parse --json`: Shanxi rows carry side/section/detail, other templates' rows their printed cells and sides. */
export interface JsonRow {
  code: string | null;
  name: string;
  values: (number | null)[];
  line: number;
  kind: string;
  side?: RowSide;
  section?: string;
  detail?: string;
  cells?: string[];
  parts?: { name: string; values: (number | null)[] }[];
}

export interface JsonTable {
  no: number;
  found: boolean;
  title: string;
  moneyUnit: MoneyUnit;
  empty: boolean;
  columns: string[];
  line: number | null;
  rows: JsonRow[];
  emptyNote?: boolean;
  incomeColumns?: string[];
  key?: string;
  printedTitle?: string | null;
}

/** A table of another template (Shanghai, Jiangsu): found or not, its rows with the printed cells. */
function templateTableToJson(t: TemplateTableRead): JsonTable {
  return {
    no: t.no,
    key: t.key,
    title: t.title,
    printedTitle: t.printedTitle,
    found: t.found,
    moneyUnit: t.moneyUnit,
    empty: t.empty,
    columns: t.columns,
    line: t.line,
    rows: t.rows.map((r) => ({
      code: r.code,
      name: r.name,
      cells: r.cells,
      values: r.values.map(n),
      line: r.line,
      kind: r.kind,
      ...(r.parts ? { parts: r.parts.map((p) => ({ name: p.name, values: p.values.map(n) })) } : {}),
    })),
  };
}

/** The `disclosure parse --json` contract: amounts as JSON numbers in each table's money unit. */
export function disclosureToJson(d: Disclosure) {
  return {
    unit: d.unit,
    year: d.year,
    level: d.level,
    unitType: d.unitType,
    template: d.template ?? "shanxi-13",
    tables: d.templateTables
      ? d.templateTables.map(templateTableToJson)
      : d.tables.map((t): JsonTable => ({
          no: t.no,
          found: true,
          title: t.title,
          moneyUnit: t.moneyUnit,
          empty: t.empty,
          emptyNote: t.emptyNote,
          columns: t.columns,
          ...(t.incomeColumns ? { incomeColumns: t.incomeColumns } : {}),
          line: t.line,
          rows: t.rows.map((r) => ({
            code: r.code,
            name: r.kind === "total" && !r.side ? "合计" : r.name,
            values: r.values.map(n),
            line: r.line,
            kind: r.kind,
            ...(r.side ? { side: r.side } : {}),
            ...(r.section ? { section: r.section } : {}),
            ...(r.detail ? { detail: r.detail } : {}),
          })),
        })),
    narrative: d.narrative.map((s) => ({
      no: s.no,
      title: s.title,
      line: s.line,
      figures: s.figures.map((f) => ({
        kind: f.kind,
        label: f.label,
        value: f.kind === "amount" ? amountToNumber(f.value) : f.value,
        ...(f.kind === "amount" ? { unit: "万元" } : {}),
        ...(f.share ? { sharePercent: pct(f.share) } : {}),
        ...(f.change
          ? {
              change: {
                direction: f.change.direction,
                amount: n(f.change.amount),
                percent: pct(f.change.percent),
                ...(f.change.percentWord ? { percentWord: f.change.percentWord } : {}),
              },
            }
          : {}),
        line: f.line,
      })),
      text: s.text,
    })),
    performance: d.performance.map((p) => ({
      projectName: p.projectName,
      department: p.department,
      implementingUnit: p.implementingUnit,
      moneyUnit: "元",
      annualTotal: n(p.annualTotal),
      annualSources: Object.fromEntries(Object.entries(p.annualSources).map(([k, v]) => [k, n(v)])),
      line: p.line,
    })),
    warnings: d.warnings,
  };
}

/** The `disclosure check --json` contract: one finding per fact, with every place it was seen. */
export function findingsToJson(d: Disclosure, findings: MergedFinding[]) {
  return {
    unit: d.unit,
    year: d.year,
    findings: findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      rounding: f.rounding === true,
      scope: f.scope,
      tables: f.tables,
      message: f.message,
      // English beside the Chinese (src/core/messages); message stays Chinese for the contract.
      ...(f.messageEn !== undefined ? { messageEn: f.messageEn } : {}),
      expected: f.expected,
      actual: f.actual,
      difference: f.difference,
      unit: f.unit,
      lines: f.lines,
      places: f.places,
      // From the PDF source (pages) and the reviewer's decisions, when there are any.
      ...pick(f as MergedFinding & Record<string, unknown>, ["page", "locations", "decision"]),
    })),
  };
}

function pick(source: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out;
}
