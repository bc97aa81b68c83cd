/**
 * A document read by a template other than Shanxi's, as the comparison sees it: every table of the
 * template as rows (code or name, amounts) and the narrative as figures with their year-on-year
 * statements. Shanxi's documents are already in that form and are returned unchanged.
 */
import type { Amount } from "../amount";
import type { Disclosure, DisclosureTable, RowKind, TableNo, TableRow, TemplateRow, TemplateTableRead } from "../model";
import { templateById } from "../templates";
import { templateNarrative } from "./statements";

/** A table of the comparison; `label` names it in messages (template tables by title, their numbering differs by year). */
export interface ComparedTable extends DisclosureTable {
  label?: string;
}

/** Documents whose tables carry their template's numbers: two such documents pair tables by number. */
const TEMPLATE_NUMBERED = new WeakSet<Disclosure>();

export function numberedByTemplate(d: Disclosure): boolean {
  return TEMPLATE_NUMBERED.has(d);
}

const TOTAL = /总计|合计/;

function kindOf(name: string): RowKind {
  const compact = name.replace(/\s+/g, "");
  if (TOTAL.test(compact)) return "total";
  if (/小计$/.test(compact)) return "subtotal";
  return "item";
}

function rowsOf(table: TemplateTableRead, layout: string | undefined): TableRow[] {
  const rows: TableRow[] = [];
  let group = "";
  for (const row of table.rows) {
    switch (layout) {
      case "sides":
        // Each side (收入, 功能分类, 支出用途) a row of its own, its place the side.
        row.parts?.forEach((part, side) => {
          const name = part.name.trim();
          if (name === "") return;
          rows.push({ code: null, name, values: part.values.slice(0, 1), line: row.line, kind: kindOf(name), section: `side${side}` });
        });
        break;
      case "grouped": {
        // group | name | amount: a group's 小计 row is the group's figure.
        const printedGroup = row.parts?.[0]?.name.trim() ?? "";
        if (printedGroup !== "") group = printedGroup;
        const subtotal = /^小计$/.test(row.name.trim());
        const kind: RowKind = row.kind === "total" ? "total" : subtotal ? "subtotal" : "item";
        rows.push({ code: null, name: subtotal ? group : row.name, values: row.values, line: row.line, kind, section: row.kind === "total" ? "" : group });
        break;
      }
      case "values":
        // One row of amounts under a header: each column is an item (三公: 因公出国（境）费 …).
        row.values.forEach((value, c) => {
          const name = table.columns[c] ?? `第${c + 1}列`;
          rows.push({ code: null, name, values: [value], line: row.line, kind: c === 0 ? "total" : kindOf(name), section: "" });
        });
        break;
      default:
        rows.push(viewRow(row));
    }
  }
  return rows;
}

function viewRow(row: TemplateRow): TableRow {
  const values: (Amount | null)[] = row.values;
  return { code: row.code, name: row.kind === "total" ? "合计" : row.name.trim(), values, line: row.line, kind: row.kind === "total" ? "total" : "item" };
}

/** The document as the comparison reads it: Shanxi's as it is, a template's tables and narrative converted. */
export function comparisonView(d: Disclosure): Disclosure {
  if (!d.templateTables) return d;
  const template = d.template ? templateById(d.template) : undefined;
  const tables: ComparedTable[] = d.templateTables
    .filter((t) => t.found && t.line !== null)
    .map((t) => {
      const layout = template?.tables.find((x) => x.no === t.no)?.layout;
      return {
        no: t.no as TableNo,
        title: t.title,
        label: `《${t.title}》`,
        moneyUnit: t.moneyUnit,
        empty: t.empty,
        emptyNote: false,
        columns: layout === "values" || layout === "sides" ? ["金额"] : t.columns,
        rows: rowsOf(t, layout),
        line: t.line!,
      };
    });
  const view: Disclosure = { ...d, tables, narrative: templateNarrative(d) };
  TEMPLATE_NUMBERED.add(view);
  return view;
}
