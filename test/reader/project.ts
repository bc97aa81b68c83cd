import type { Disclosure } from "../../src/core/model";

/** The model without source line numbers: what noise that only moves lines must leave unchanged. */
export function projection(d: Disclosure) {
  return {
    unit: d.unit,
    year: d.year,
    tables: d.tables.map((t) => ({ no: t.no, empty: t.empty, rows: t.rows.map((r) => [r.code, r.name, r.kind, r.side, ...r.values]) })),
    narrative: d.narrative.map((s) => ({
      no: s.no,
      figures: s.figures.map((f) => [f.kind, f.label, f.value, f.share?.basisPoints, f.change?.direction, f.change?.amount, f.change?.percent?.basisPoints]),
    })),
    performance: d.performance.map((p) => [p.projectName, p.implementingUnit, p.annualTotal, ...Object.values(p.annualSources)]),
  };
}
