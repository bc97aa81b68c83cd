// The narrative selectors moved to src/core/model/narrative.ts; re-exported for rules written against this path.
export { section, amounts, figureLabelled } from "../model/narrative";
