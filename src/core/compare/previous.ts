/**
 * 上年数 for a draft from the disclosure as it was published: each row of the document the draft is
 * made from finds its published row by the comparison's matching (科目编码, name, similar name), so a
 * working copy that was edited after publication, reordered or renamed still shows the published
 * figures beside next year's inputs.
 */
import type { Amount } from "../amount";
import type { Disclosure, DisclosureTable, TableRow } from "../model";
import { matchTables } from "./match";

export interface PublishedValues {
  /** The published row's values for a row of the working document (undefined: not published). */
  valuesOf(table: DisclosureTable, row: TableRow): (Amount | null)[] | undefined;
  /** Rows of the working document with no published counterpart. */
  unmatched: number;
}

export function publishedValues(published: Disclosure, working: Disclosure): PublishedValues {
  const byRow = new Map<TableRow, (Amount | null)[]>();
  let unmatched = 0;
  for (const pair of matchTables(published, working)) {
    if (pair.last.moneyUnit !== pair.current.moneyUnit) continue;
    for (const rows of pair.rows) {
      if (!rows.current) continue;
      if (rows.last) byRow.set(rows.current, rows.last.values);
      else unmatched++;
    }
  }
  return { valuesOf: (_table, row) => byRow.get(row), unmatched };
}
