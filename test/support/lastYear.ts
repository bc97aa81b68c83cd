/**
 * A "last year" made from a real disclosure by changing known figures: the pair the comparison tests
 * start from. Every change is stated here, so each test knows what the comparison must find.
 */
import { parseAmount } from "../../src/core/amount";
import type { Disclosure, TableRow } from "../../src/core/model";
import { seedText } from "../helpers";

export const amount = (text: string): number => {
  const value = parseAmount(text);
  if (value === null) throw new Error(`not an amount: ${text}`);
  return value;
};

/** Every figure (table cells and narrative figures) equal to a key becomes the mapped value. */
export function mapFigures(d: Disclosure, map: Record<string, string>): Disclosure {
  const byValue = new Map(Object.entries(map).map(([from, to]) => [amount(from), amount(to)]));
  const swap = (v: number | null) => (v !== null && byValue.has(v) ? byValue.get(v)! : v);
  for (const t of d.tables) for (const r of t.rows) r.values = r.values.map(swap);
  for (const s of d.narrative) for (const f of s.figures) if (f.kind === "amount") f.value = swap(f.value)!;
  return d;
}

export function rowNamed(d: Disclosure, tableNo: number, name: string): TableRow {
  const row = d.tables.find((t) => t.no === tableNo)?.rows.find((r) => r.name === name || (name === "合计" && r.kind === "total"));
  if (!row) throw new Error(`表${tableNo} has no row ${name}`);
  return row;
}

export function setFirstColumns(row: TableRow, ...values: (string | null)[]): void {
  values.forEach((v, i) => (row.values[i] = v === null ? null : amount(v)));
}

export function narrativeFigure(d: Disclosure, sectionNo: number, label: string) {
  const figure = d.narrative.find((s) => s.no === sectionNo)?.figures.find((f) => f.label === label);
  if (!figure) throw new Error(`section ${sectionNo} has no figure ${label}`);
  return figure;
}

/**
 * Seed 000 (大同市政务服务中心 2025) states: 收入/支出总计 856.71, 比上年增加86.53万元，增长11.24% (so 2024
 * had 770.18, the change in 政务公开审批 projects: 684.58 → 598.05, 807.26 → 720.73 for its class and
 * 款); the 三公 total 0 and 公务用车（运行维护费）0, 减少3.50 (2024: 3.50); 机关运行经费 15.98,
 * 减少2.98万元，下降15.72% (2024: 18.96). Everything else equal. With these figures every statement of
 * 2025 is true of the 2024 returned here.
 */
export function consistentLastYear(current: Disclosure): Disclosure {
  const last = structuredClone(current);
  last.year = current.year === null ? null : current.year - 1;
  mapFigures(last, { "856.71": "770.18", "807.26": "720.73", "684.58": "598.05", "15.98": "18.96" });
  for (const name of ["公务用车购置及运行费", "②公务用车运行维护费", "合计"]) setFirstColumns(rowNamed(last, 10, name), "3.50", "3.50");
  for (const label of ["财政拨款安排的“三公”经费预算", "公务用车购置及运行费", "公务用车运行维护费"]) narrativeFigure(last, 7, label).value = amount("3.50");
  return last;
}

/** Seed 000's text as the 2024 document its statements describe: totals 770.18, 三公 3.50, 机关运行经费 18.96. */
export function lastYearText(extra: Record<string, string> = {}): string {
  const changes: Record<string, string> = { "856.71": "770.18", "807.26": "720.73", "684.58": "598.05", "15.98": "18.96", ...extra };
  const lines = seedText("000_206854ab748b39c9.txt").split("\n");
  return lines
    .map((line, i) => {
      let out = line.replace(/2025年/g, "2024年");
      // Table cells only (TAB-separated): the narrative's own figures stay as printed.
      if (line.includes("\t")) out = out.replace(/(?<=^|\t)([\d,.]+)(?=\t|$)/g, (cell) => changes[cell] ?? cell);
      // 表10: 公务用车购置及运行费, ②公务用车运行维护费 and 合计 were 3.50 (一般公共预算).
      if (/^(公务用车购置及运行费|②公务用车运行维护费|合计)\t/.test(line) && i >= 325 && i < 340) out = `${line.split("\t")[0]}\t3.50\t3.50\t\t`;
      return out;
    })
    .join("\n");
}
