/**
 * What live checking needs to resume after the workbook is reopened, kept in the workbook's own
 * settings (Excel.SettingCollection, saved with the file): for each import, the sheets' names, the
 * Excel Tables the table sheets were written as, and the disclosure as read.
 */
import type { Disclosure } from "../core/model";

export interface LiveSession {
  disclosure: Disclosure;
  /** Layout sheet name → the name it was given in the workbook. */
  sheets: Record<string, string>;
  /** Layout sheet name of each table sheet → the Excel Table its body was written as. */
  tables: Record<string, string>;
}

export type StoredImport = LiveSession;

export const SETTINGS_KEY = "BudgetDisclosure.imports";
/** Imports kept in the settings (each about 30 KB): the newest few. */
const KEEP = 5;

function parse(value: unknown): StoredImport[] {
  if (typeof value !== "string") return [];
  try {
    const stored = JSON.parse(value) as { version?: number; imports?: StoredImport[] };
    if (stored.version !== 1 || !Array.isArray(stored.imports)) return [];
    return stored.imports.filter((i) => i && typeof i === "object" && i.disclosure && i.tables && i.sheets);
  } catch {
    return [];
  }
}

/** Queues the read of the stored imports; call imports() after the next sync. */
export function loadImports(context: Excel.RequestContext) {
  const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  item.load("value");
  return {
    imports: (): StoredImport[] => (item.isNullObject ? [] : parse(item.value)),
    /** Queues putting the setting back as it was (after a failed import). */
    restore: () => {
      if (item.isNullObject) context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).delete();
      else context.workbook.settings.add(SETTINGS_KEY, item.value);
    },
  };
}

/** Queues writing the stored imports (the newest KEEP). */
export function saveImportsIn(context: Excel.RequestContext, imports: StoredImport[]) {
  context.workbook.settings.add(SETTINGS_KEY, JSON.stringify({ version: 1, imports: imports.slice(-KEEP) }));
}
