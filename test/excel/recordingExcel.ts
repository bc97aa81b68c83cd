/**
 * A workbook for the Office.js writer to write into, over office-addin-mock: the context and its sync
 * are an OfficeMockObject; every operation the writer queues on a sheet (a method called, a property
 * set) is recorded with the batch it went out in and its arguments, so tests can count operations and
 * payload bytes per sync and replay the formats cell by cell.
 */
import { OfficeMockObject } from "office-addin-mock";
import { columnLetter } from "../../src/core/layout/address";

export interface Operation {
  /** 1-based number of the sync that sent it. */
  batch: number;
  sheet: string;
  /** The range the operation is on ("" for the sheet itself); a list for RangeAreas. */
  address: string;
  /** e.g. "format.font.bold=" or "merge()". */
  path: string;
  args: unknown[];
}

/** Estimated bytes of an operation in Office.js's request: its JSON envelope and object path, plus its arguments. */
export const ENVELOPE_BYTES = 200;
export const operationBytes = (op: Operation) => ENVELOPE_BYTES + op.path.length + op.address.length + Buffer.byteLength(JSON.stringify(op.args));

const a1 = (row: number, col: number) => `${columnLetter(col + 1)}${row + 1}`;

export interface FakeOptions {
  existingSheets?: string[];
  existingNames?: string[];
  existingTables?: string[];
  failOnSync?: number;
  settings?: Record<string, string>;
}

export function recordingExcel(options: FakeOptions = {}) {
  const operations: Operation[] = [];
  const sheets: { name: string; deleted: boolean }[] = [];
  const names: { name: string; target: unknown; deleted: boolean }[] = [];
  const settings: Record<string, string> = { ...(options.settings ?? {}) };
  const existingSheets = options.existingSheets ?? [];
  let syncs = 0;

  const record = (sheet: string, address: string, path: string, args: unknown[]) => operations.push({ batch: syncs + 1, sheet, address, path, args });

  /** Any object of the sheet: records sets and calls along its path; some calls give a range. */
  function node(sheet: string, address: string, path: string): unknown {
    const target = function () {};
    return new Proxy(target, {
      get(_, prop) {
        if (prop === "then" || prop === "toJSON" || typeof prop === "symbol") return undefined;
        const key = String(prop);
        if (path === "" && key === "name") return sheet;
        const child = path ? `${path}.${key}` : key;
        if (path === "") {
          if (key === "getRange" || key === "getRanges") return (addr: string) => (record(sheet, addr, `${key}()`, [addr]), node(sheet, addr, ""));
          if (key === "getRangeByIndexes")
            return (r: number, c: number, h: number, w: number) => {
              const addr = h === 1 && w === 1 ? a1(r, c) : `${a1(r, c)}:${a1(r + h - 1, c + w - 1)}`;
              record(sheet, addr, "getRangeByIndexes()", [r, c, h, w]);
              return node(sheet, addr, "");
            };
          if (key === "getCell")
            return (r: number, c: number) => {
              record(sheet, a1(r, c), "getCell()", [r, c]);
              return node(sheet, a1(r, c), "");
            };
        }
        return node(sheet, address, child);
      },
      set(_, prop, value) {
        record(sheet, address, `${path ? `${path}.` : ""}${String(prop)}=`, [value]);
        return true;
      },
      apply(_, __, args) {
        record(sheet, address, `${path}()`, args);
        return node(sheet, address, `${path}()`);
      },
    });
  }

  const mock = new OfficeMockObject({ workbook: {} }) as unknown as { workbook: Record<string, unknown>; sync: () => Promise<void> };
  const probe = (exists: boolean, remove: () => void) => ({ isNullObject: !exists, delete: remove, load: () => undefined });
  mock.workbook.worksheets = {
    items: existingSheets.map((name) => ({ name })),
    load: () => undefined,
    add(name: string) {
      record(name, "", "add()", [name]);
      sheets.push({ name, deleted: false });
      return node(name, "", "");
    },
    getItemOrNullObject(name: string) {
      const sheet = sheets.find((s) => s.name === name && !s.deleted);
      return probe(Boolean(sheet) || existingSheets.includes(name), () => sheet && (sheet.deleted = true));
    },
  };
  mock.workbook.names = {
    items: (options.existingNames ?? []).map((name) => ({ name })),
    load: () => undefined,
    add(name: string, target: unknown) {
      record("", "", "names.add()", [name, typeof target === "string" ? target : "range"]);
      names.push({ name, target, deleted: false });
    },
    getItemOrNullObject(name: string) {
      const item = names.find((n) => n.name === name && !n.deleted);
      return probe(Boolean(item), () => item && (item.deleted = true));
    },
  };
  mock.workbook.tables = { items: (options.existingTables ?? []).map((name) => ({ name })), load: () => undefined };
  mock.workbook.settings = {
    add(key: string, value: string) {
      record("", "", "settings.add()", [key, value]);
      settings[key] = value;
    },
    getItemOrNullObject(key: string) {
      return { isNullObject: !(key in settings), value: settings[key], load: () => undefined, delete: () => delete settings[key] };
    },
  };
  const realSync = mock.sync.bind(mock);
  mock.sync = async () => {
    syncs++;
    if (options.failOnSync === syncs) throw new Error("InvalidArgument: the request payload is too large");
    return realSync();
  };
  Object.assign(globalThis, {
    Excel: {
      GroupOption: { byRows: "ByRows" },
      ConditionalFormatType: { custom: "Custom" },
      ChartType: { pie: "Pie" },
      ChartSeriesBy: { columns: "Columns" },
      ProtectionSelectionMode: { normal: "Normal" },
    },
  });
  return {
    context: mock as unknown as Excel.RequestContext,
    operations,
    sheets,
    names,
    settings,
    syncs: () => syncs,
    /** Operations and estimated payload bytes of each sync. */
    perBatch() {
      const batches = Array.from({ length: syncs }, () => ({ operations: 0, bytes: 0 }));
      for (const op of operations) {
        const b = batches[op.batch - 1];
        if (!b) throw new Error(`op in batch ${op.batch} of ${syncs}: ${JSON.stringify(op).slice(0, 200)}`);
        b.operations++;
        b.bytes += operationBytes(op);
      }
      return batches;
    },
  };
}

/** Every cell (1-based [row, col]) of an address list such as "A1:C2,E5". */
export function cellsOf(addresses: string): [number, number][] {
  const cells: [number, number][] = [];
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  for (const part of addresses.split(",")) {
    const [from, to = from] = part.split(":");
    const [, c1, r1] = /^([A-Z]+)(\d+)$/.exec(from)!;
    const [, c2, r2] = /^([A-Z]+)(\d+)$/.exec(to)!;
    for (let r = Number(r1); r <= Number(r2); r++) for (let c = col(c1); c <= col(c2); c++) cells.push([r, c]);
  }
  return cells;
}
