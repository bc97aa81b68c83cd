import { L } from "../messages";
import { findTable } from "../model";
import { linesOf, totalRow } from "../model/rows";
import { amount, cell, defineRelations } from "../relations";
import { fmt, num } from "../messages/findings";

/** T11 机关运行经费 = T6 公用经费 for 行政单位 and 参公 units. */
export const t11MatchesT6 = defineRelations(
  {
    id: "t11-t6-admin-cost",
    description: {
      zh: "行政单位和参照公务员法管理的事业单位：表11机关运行经费等于表6公用经费合计；其他单位有机关运行经费时提示",
      en: "For administrative and civil-service-managed units, table 11's administrative running costs equal table 6's operating costs; other units are warned when they report any",
    },
    tables: [6, 11],
    scope: "cross-table",
    severity: "error",
  },
  (d) => {
    const t6 = findTable(d, 6);
    const t11 = findTable(d, 11);
    if (!t6 || !t11) return [];
    const t6Total = totalRow(t6);
    const t11Total = totalRow(t11);
    const type = d.unitType;
    if (type === "行政单位" || type === "参公事业单位") {
      return [
        {
          kind: "copy",
          what: L(
            `${type}的机关运行经费`,
            `administrative operating costs of ${type === "行政单位" ? "an administrative unit" : "a unit managed like the civil service"}`,
          ),
          expected: cell(t6Total, 2),
          actual: cell(t11Total, 0),
          expectedLabel: L("表6公用经费合计", "table 6 public costs total"),
          actualLabel: L("表11机关运行经费", "table 11 administrative operating costs"),
          tables: [6, 11],
          lines: linesOf(t6Total, t11Total),
        },
      ];
    }
    if (type !== "事业单位") return [];
    return [
      {
        kind: "copy",
        severity: "warning",
        what: L("事业单位的机关运行经费", "administrative operating costs of a public institution"),
        expected: amount(0),
        actual: cell(t11Total, 0),
        expectedLabel: L("事业单位", "a public institution"),
        actualLabel: L("表11机关运行经费", "table 11 administrative operating costs"),
        tables: [6, 11],
        lines: linesOf(t11Total),
        report: (_, adminCost) => ({
          message: L(
            `本单位为事业单位（非参公），却列有机关运行经费${fmt(adminCost)}；机关运行经费只适用于行政单位和参公事业单位`,
            `the unit is a public institution (not managed like the civil service) yet lists administrative operating costs of ${fmt(adminCost)}; these apply only to administrative units and units managed like the civil service`,
          ),
          expected: null,
          actual: num(adminCost),
        }),
      },
    ];
  },
);
