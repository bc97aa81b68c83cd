import type { Rule } from "./types";
import { checkProjects } from "./projectHelpers";

/** Tables 12 and 13: project rows sum to their unit's subtotal. */
export const projectSubtotals: Rule = {
  id: "project-subtotals",
  description: {
    zh: "表12、表13项目支出：各项目之和等于单位小计（重复出现的小计行只计一次）",
    en: "Tables 12 and 13: the projects sum to their unit's subtotal (a subtotal row printed twice counts once)",
  },
  tables: [12, 13],
  scope: "table",
  severity: "error",
  check(ctx) {
    checkProjects(ctx, 12);
    checkProjects(ctx, 13);
  },
};
