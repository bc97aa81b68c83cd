/** Every template the reader knows, and which one a document is. */
import { JIANGSU } from "./jiangsu";
import { SHANGHAI_9 } from "./shanghai";
import type { Template } from "./types";

export type { Template, TemplateTable, TemplateSection, Localized } from "./types";
export { SHANGHAI_9 } from "./shanghai";
export { JIANGSU } from "./jiangsu";

/** The templates read by the generic reader (Shanxi's 13 tables keep their own reader). */
export const GENERIC_TEMPLATES: readonly Template[] = [SHANGHAI_9, JIANGSU];

export function templateById(id: string): Template | undefined {
  return GENERIC_TEMPLATES.find((t) => t.id === id);
}
