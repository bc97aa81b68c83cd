import type { TableNo } from "../model";
import { findTable } from "../model";
import { checkSum, totalRow } from "./compare";
import type { Rule } from "./types";

const CODED_TABLES: TableNo[] = [2, 3, 5, 7, 8];

/** 科目编码 tree: 7-digit rows sum to their 5-digit parent, 5 to 3, 3-digit rows to 合计, in every column. */
export const codeTree: Rule = {
  id: "code-tree",
  description: {
    zh: "科目编码逐级汇总：项级（7位）之和等于款级（5位），款级之和等于类级（3位），类级之和等于合计，每一列都要相符",
    en: "Functional classification codes roll up: 7-digit rows sum to their 5-digit parent, 5-digit to 3-digit, 3-digit rows to the total, in every column",
  },
  tables: CODED_TABLES,
  scope: "table",
  severity: "error",
  check(ctx) {
    for (const no of CODED_TABLES) {
      const table = findTable(ctx.disclosure, no);
      if (!table || table.empty) continue;
      const coded = table.rows.filter((r) => r.code !== null);
      const parents: { parent: (typeof coded)[number] | undefined; children: typeof coded; label: string }[] = [];
      for (const row of coded) {
        const code = row.code as string;
        if (code.length === 7) continue;
        const children = coded.filter((c) => c.code!.length === code.length + 2 && c.code!.startsWith(code));
        if (children.length > 0) parents.push({ parent: row, children, label: `科目${code}“${row.name}”` });
      }
      const classes = coded.filter((c) => c.code!.length === 3);
      const total = totalRow(table);
      if (classes.length > 0 && total) parents.push({ parent: total, children: classes, label: "合计行" });
      for (const { parent, children, label } of parents) {
        table.columns.forEach((column, i) => {
          checkSum(ctx, {
            what: `表${no}${label}的“${column}”列（下级科目汇总）`,
            addends: children.map((c) => c.values[i]),
            printed: parent!.values[i],
            tables: [no],
            lines: [parent!.line, ...children.map((c) => c.line)],
          });
        });
      }
    }
  },
};
