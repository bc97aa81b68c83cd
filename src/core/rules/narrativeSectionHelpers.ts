// Moved to src/core/model/names.ts; re-exported for rules written against this path.
export { INCOME_SOURCES, THREE_PUBLIC_ITEMS } from "../model/names";
