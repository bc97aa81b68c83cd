import { L, type Localized, columnLabel, quote } from "../messages";
import { findTable, type TableNo, type TableRow } from "../model";
import { codeChildren, totalRow } from "../model/rows";
import { cell, defineRelations, type Relation } from "../relations";

const CODED_TABLES: TableNo[] = [2, 3, 5, 7, 8];

/** 科目编码 tree: 7-digit rows sum to their 5-digit parent, 5 to 3, 3-digit rows to 合计, in every column. */
export const codeTree = defineRelations(
  {
    id: "code-tree",
    description: {
      zh: "科目编码逐级汇总：项级（7位）之和等于款级（5位），款级之和等于类级（3位），类级之和等于合计，每一列都要相符",
      en: "Functional classification codes roll up: 7-digit rows sum to their 5-digit parent, 5-digit to 3-digit, 3-digit rows to the total, in every column",
    },
    tables: CODED_TABLES,
    scope: "table",
    severity: "error",
  },
  (d) => {
    const out: Relation[] = [];
    for (const no of CODED_TABLES) {
      const table = findTable(d, no);
      if (!table || table.empty) continue;
      const coded = table.rows.filter((r) => r.code !== null);
      const parents: { parent: TableRow; children: TableRow[]; label: Localized }[] = [];
      for (const row of coded) {
        if (row.code!.length === 7) continue;
        const children = codeChildren(coded, row);
        if (children.length > 0) parents.push({ parent: row, children, label: L(`科目${row.code}“${row.name}”`, `code ${row.code} ${quote(row.name)}`) });
      }
      const classes = coded.filter((c) => c.code!.length === 3);
      const total = totalRow(table);
      if (classes.length > 0 && total) parents.push({ parent: total, children: classes, label: L("合计行", "the total row") });
      for (const { parent, children, label } of parents) {
        table.columns.forEach((column, i) =>
          out.push({
            kind: "sum",
            what: L(`表${no}${label.zh}的“${column}”列（下级科目汇总）`, `table ${no}, ${label.en}, column ${columnLabel(column).en} (sum of its subcodes)`),
            total: cell(parent, i),
            parts: children.map((c) => cell(c, i)),
            tables: [no],
            lines: [parent.line, ...children.map((c) => c.line)],
          }),
        );
      }
    }
    return out;
  },
);
