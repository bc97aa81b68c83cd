/**
 * The logic behind the workbook functions (=BUDGET.SHARE, =BUDGET.CHECK.TOTALS …): pure, over the
 * plain values Excel passes (numbers, strings, booleans, blanks), with the rule engine's rounding model.
 */
import { type Amount, formatAmount, formatAmountShort, numberToAmount, parseAmount, percentOf } from "./amount";
import { judgeSum } from "./rules/compare";

export type CellValue = number | string | boolean | null;
export type Grid = CellValue[][];

/** Bad input to a sheet function; the Excel adapter turns it into #VALUE!, #DIV/0! or #N/A with this message. */
export class SheetInputError extends Error {
  constructor(
    message: string,
    readonly kind: "value" | "divideByZero" | "notAvailable" = "value",
  ) {
    super(message);
  }
}

/** A cell as an exact amount: numbers, text numbers ("341. 11", "3,011.46"); blank is null. */
export function cellAmount(value: CellValue, what: string | (() => string) = "参数"): Amount | null {
  if (typeof value === "number") {
    if (Number.isFinite(value)) return numberToAmount(value);
    throw new SheetInputError(`${typeof what === "string" ? what : what()}必须是数值`);
  }
  if (value === null || value === undefined || value === "") return null;
  // The label is built only on error: this runs for every cell of a 10,000-row range.
  const label = () => (typeof what === "string" ? what : what());
  if (typeof value === "boolean") throw new SheetInputError(`${label()}必须是数值，不能是TRUE/FALSE`);
  const parsed = parseAmount(value);
  if (parsed === null) throw new SheetInputError(`${label()}必须是数值：“${value}”不是数字`);
  return parsed;
}

function requiredAmount(value: CellValue, what: string): Amount {
  const amount = cellAmount(value, what);
  if (amount === null) throw new SheetInputError(`${what}不能为空`);
  return amount;
}

const toNumber = (a: Amount) => a / 100;

function checkDecimals(decimals: number | null | undefined): number {
  const d = decimals ?? 2;
  if (!Number.isInteger(d) || d < 0 || d > 4) throw new SheetInputError("小数位必须是0到4之间的整数");
  return d;
}

/**
 * Largest-remainder rounding: shares of `parts` in units of 10^-decimals percent that add up to
 * exactly round(sum / whole) of 100%.
 */
export function balancedShares(parts: Amount[], whole: Amount, decimals: number): number[] {
  const unitsPerWhole = 100 * 10 ** decimals;
  const exact = parts.map((p) => (p * unitsPerWhole) / whole);
  const floors = exact.map((x) => Math.floor(x + 1e-9));
  const target = Math.round((parts.reduce((a, b) => a + b, 0) * unitsPerWhole) / whole);
  let missing = target - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, remainder: x - Math.floor(x + 1e-9) })).sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (let k = 0; missing > 0 && k < order.length; k++, missing--) floors[order[k].i]++;
  return floors;
}

/** BUDGET.SHARE: part ÷ total as a fraction rounded as disclosures print it (two decimals of a percent by default). */
export function share(part: CellValue | Grid, total: CellValue, decimals?: number | null, balanced?: boolean | null): number | number[][] {
  const d = checkDecimals(decimals);
  const whole = requiredAmount(total, "总数");
  if (whole === 0) throw new SheetInputError("总数为0，无法计算占比", "divideByZero");
  const toFraction = (basisPoints: number) => Math.round(basisPoints) / 10000;
  if (!Array.isArray(part)) {
    const p = requiredAmount(part, "部分");
    return toFraction(percentOf(p, whole, d)!);
  }
  const grid = part;
  if (!balanced)
    return grid.map((row) => row.map((cell) => (cell === null || cell === "" ? 0 : toFraction(percentOf(requiredAmount(cell, "部分"), whole, d)!))));
  const flat: Amount[] = grid.flat().map((cell) => cellAmount(cell, "部分") ?? 0);
  const units = balancedShares(flat, whole, d);
  const scale = 10 ** (d + 2); // units → fraction
  let k = 0;
  return grid.map((row) => row.map(() => Math.round(units[k++]) / scale));
}

export type YoyStyle = "text" | "amount" | "percent";

/** BUDGET.YOY: the year-on-year change worded as disclosures word it ("增加86.53万元，增长11.24%"). */
export function yoy(thisYear: CellValue, lastYear: CellValue, style: string | null = "text", unit = "万元"): string | number {
  const now = requiredAmount(thisYear, "本年数");
  const before = requiredAmount(lastYear, "上年数");
  const change = now - before;
  const kind = (style ?? "text") as YoyStyle;
  if (!["text", "amount", "percent"].includes(kind)) throw new SheetInputError("格式只能是 text、amount 或 percent");
  if (kind === "amount") return toNumber(change);
  if (kind === "percent") {
    if (before === 0) throw new SheetInputError("上年数为0，无法计算增长率", "divideByZero");
    return percentOf(change, before, 2)! / 10000;
  }
  if (change === 0) return "与上年持平";
  const verb = change > 0 ? "增加" : "减少";
  const amount = `${verb}${formatAmountShort(Math.abs(change))}${unit}`;
  if (before === 0) return amount;
  const rate = Math.abs(percentOf(change, before, 2)!) / 100;
  return `${amount}，${change > 0 ? "增长" : "下降"}${rate.toFixed(2)}%`;
}

/** BUDGET.CHECK.TIE: two figures that must agree. */
export function checkTie(a: CellValue, b: CellValue, tolerance?: number | null): string {
  const x = cellAmount(a, "第一个数") ?? 0;
  const y = cellAmount(b, "第二个数") ?? 0;
  const allowed = tolerance === null || tolerance === undefined ? 0 : numberToAmount(tolerance);
  if (x === y) return "✓";
  if (Math.abs(x - y) <= allowed) return `尾差 ${formatAmount(Math.abs(x - y))}`;
  return `差 ${formatAmount(x - y)}：应为 ${formatAmount(y)}`;
}

const CODE = /^\d{3}(?:\d{2}){0,2}$/;
const codeText = (value: CellValue): string => {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return text.indexOf(" ") >= 0 || text.indexOf("\t") >= 0 ? text.replace(/\s/g, "") : text;
};

/** BUDGET.ROLLUP: the sum of a 科目编码 subtree, taken from its most detailed rows so nothing counts twice. */
export function rollup(codes: Grid, amounts: Grid, code: CellValue): number {
  const flatCodes = codes.flat().map(codeText);
  const flatAmounts = amounts.flat();
  if (flatCodes.length !== flatAmounts.length)
    throw new SheetInputError(`科目编码区域有${flatCodes.length}个单元格，金额区域有${flatAmounts.length}个，两者应一样长`);
  const prefix = codeText(code);
  if (!CODE.test(prefix)) throw new SheetInputError(`“${prefix}”不是3、5或7位的科目编码`);
  let total = 0;
  let found = false;
  flatCodes.forEach((c, i) => {
    if (!c.startsWith(prefix)) return;
    found = true;
    const hasChild = flatCodes.some((other) => other.length > c.length && other.startsWith(c));
    if (!hasChild) total += cellAmount(flatAmounts[i], `第${i + 1}行金额`) ?? 0;
  });
  if (!found) throw new SheetInputError(`区域中没有科目${prefix}`, "notAvailable");
  return toNumber(total);
}

// --- BUDGET.CHECK.TOTALS ------------------------------------------------------------------------

type Layout = "coded" | "economic" | "plain";

interface SheetRow {
  index: number;
  code: string | null;
  name: string;
  detail: string;
  values: (Amount | null)[];
  kind: "header" | "total" | "subtotal" | "category" | "item" | "repeat";
  /** Sums and counts of the row's most detailed descendants, per amount column (computed on demand). */
  leaf?: { sums: number[]; counts: number[] };
  /** Set once the 科目编码 tree is indexed: most rows of a large table are leaves. */
  hasChildren: boolean;
}

const TOTAL_NAME = /^(合计|总计|部门合计|单位合计|本年收入合计|本年支出合计)$/;
const SUBTOTAL_NAME = /小计/;

function isNumeric(value: CellValue): boolean {
  if (typeof value === "number") return true;
  return typeof value === "string" && value.trim() !== "" && parseAmount(value) !== null;
}

function detectLayout(grid: Grid, firstCells: string[]): Layout {
  let filled = 0;
  let coded = 0;
  for (const c of firstCells) {
    if (c === "") continue;
    filled++;
    if (CODE.test(c)) coded++;
  }
  if (coded > 0 && coded >= filled / 3) return "coded";
  const second = grid.map((r) => r[1] ?? null).filter((v) => v !== null && v !== "");
  if (second.length > 0 && second.every((v) => !isNumeric(v))) return "economic";
  return "plain";
}

function readRows(grid: Grid, layout: Layout, firstCells: string[]): { rows: SheetRow[]; headers: string[] } {
  const start = layout === "plain" ? 1 : 2;
  let headers: string[] = [];
  const rows: SheetRow[] = grid.map((cells, index) => {
    // Indexed rather than sliced: this runs for every row of ranges of 10,000 rows and more.
    const amountCount = Math.max(0, cells.length - start);
    let numeric = false;
    for (let j = start; j < cells.length; j++) {
      const c = cells[j];
      if (typeof c === "number" || isNumeric(c)) {
        numeric = true;
        break;
      }
    }
    const first = firstCells[index];
    const isCode = layout === "coded" && CODE.test(first);
    const name = String((layout === "coded" ? cells[1] : cells[0]) ?? "").trim() || (layout === "coded" && !isCode ? first : "");
    const code = isCode ? first : null;
    if (!numeric) {
      const amountCells = cells.slice(start);
      if (amountCells.some((c) => typeof c === "string" && c.trim() !== "")) headers = amountCells.map((c) => String(c ?? "").trim());
      const kind = code || TOTAL_NAME.test(name.replace(/\s/g, "")) ? "item" : "header";
      return { index, code, name, detail: "", values: amountCells.map(() => null), kind, leaf: undefined, hasChildren: false };
    }
    // One loop, no closure per cell: the label is only built when a cell is not a number.
    const values: (Amount | null)[] = new Array(amountCount);
    for (let j = 0; j < amountCount; j++) {
      const c = cells[start + j];
      if (typeof c === "number" && Number.isFinite(c)) values[j] = numberToAmount(c);
      else values[j] = cellAmount(c, `第${index + 1}行第${start + j + 1}列`);
    }
    const detail = layout === "economic" ? String(cells[1] ?? "").trim() : "";
    const bare = /\s/.test(name) ? name.replace(/\s/g, "") : name;
    let kind: SheetRow["kind"] = "item";
    if (TOTAL_NAME.test(bare) || (layout === "coded" && code === null && bare === "")) kind = "total";
    else if (SUBTOTAL_NAME.test(bare)) kind = "subtotal";
    // Table 6: a category (工资福利支出 …) leaves the 政府经济科目 column blank, its items fill it.
    else if (layout === "economic" && detail === "") kind = "category";
    return { index, code, name, detail, values, kind, leaf: undefined, hasChildren: false };
  });
  return { rows, headers };
}

interface Issue {
  verdict: "rounding" | "error";
  printed: Amount;
  expected: Amount;
}

/** Sum and count of the non-blank addends: what the rounding model needs. */
interface Tally {
  sum: Amount;
  count: number;
}

function tally(addends: (Amount | null | undefined)[]): Tally {
  let sum = 0;
  let count = 0;
  for (const v of addends) {
    if (v === null || v === undefined) continue;
    sum += v;
    count++;
  }
  return { sum, count };
}

function compare(printed: Amount | null, addends: (Amount | null)[], tolerance: Amount | null): Issue | null {
  const { sum, count } = tally(addends);
  return compareSum(printed, sum, count, tolerance);
}

/** Takes the sum and count as plain numbers: called once per row, no object to allocate. */
function compareSum(printed: Amount | null | undefined, expected: Amount, count: number, tolerance: Amount | null): Issue | null {
  if ((printed === null || printed === undefined) && count === 0) return null;
  const p = printed ?? 0;
  let verdict = judgeSum(expected, p, count);
  if (verdict === "error" && tolerance !== null && Math.abs(p - expected) <= tolerance) verdict = "rounding";
  return verdict === "ok" ? null : { verdict, printed: p, expected };
}

/** Which amount columns make up the first one (合计/小计), from the header when there is one. */
function sourceColumns(width: number, headers: string[]): number[] {
  if (width < 3) return [];
  if (headers.length > 0 && !/合计|小计|总计/.test(headers[0] ?? "")) return [];
  const columns: number[] = [];
  for (let j = 1; j < width; j++) if (!/上年结转/.test(headers[j] ?? "") || /安排/.test(headers[j] ?? "")) columns.push(j);
  return columns;
}

/**
 * BUDGET.CHECK.TOTALS: one flag per row of a range laid out like a standard table — ✓, "尾差 0.01"
 * for honest rounding, "差 x：应为 y" for an error. Understands the 科目编码 tree, row totals,
 * categories of table 6, 小计/合计 rows and a unit subtotal row printed twice.
 */
export function checkTotals(grid: Grid, tolerance?: number | null): string[][] {
  if (!Array.isArray(grid) || grid.length === 0) throw new SheetInputError("请选择一个区域");
  const width = Math.max(...grid.map((r) => r.length));
  if (width < 2) throw new SheetInputError("区域至少要有名称列和一列金额（或科目编码、名称和金额）");
  const allowed = tolerance === null || tolerance === undefined ? null : numberToAmount(tolerance);
  // The first column is read once: layout detection and row reading both need it as text.
  const firstCells = grid.map((r) => codeText(r[0] ?? null));
  const layout = detectLayout(grid, firstCells);
  const { rows, headers } = readRows(grid, layout, firstCells);
  const data = rows.filter((r) => r.kind !== "header");
  const amountWidth = Math.max(0, ...data.map((r) => r.values.length));
  const issues = new Map<number, Issue[]>();
  const add = (row: SheetRow, issue: Issue | null) => {
    if (issue) issues.set(row.index, [...(issues.get(row.index) ?? []), issue]);
  };
  const columns = Array.from({ length: amountWidth }, (_, j) => j);

  // A unit subtotal printed above its projects, possibly twice (table 12).
  if (layout === "plain" && data.length >= 3 && !data.some((r) => r.kind === "total" || r.kind === "subtotal")) {
    const [first, second] = data;
    let rest = data.slice(1);
    if (second && second.values.every((v, j) => v === first.values[j]) && second.name === first.name) {
      second.kind = "repeat";
      rest = data.slice(2);
    }
    if (
      compare(
        first.values[0],
        rest.map((r) => r.values[0]),
        allowed,
      )?.verdict !== "error"
    )
      first.kind = "subtotal";
    else if (second.kind === "repeat") second.kind = "item";
  }

  // Row totals: the first amount column is the sum of the others.
  const sources = sourceColumns(amountWidth, headers);
  if (sources.length > 0) {
    for (const row of data) {
      if (row.kind === "repeat") continue;
      let sum = 0;
      let count = 0;
      for (const j of sources) {
        const v = row.values[j];
        if (v !== null && v !== undefined) {
          sum += v;
          count++;
        }
      }
      add(row, compareSum(row.values[0], sum, count, allowed));
    }
  }

  // The 科目编码 tree, indexed once: a code's parent is the code without its last two digits.
  const coded = data.filter((r) => r.code !== null);
  const childrenOf = new Map<string, SheetRow[]>();
  const addChild = (parent: string, row: SheetRow) => {
    const siblings = childrenOf.get(parent);
    if (siblings) siblings.push(row);
    else childrenOf.set(parent, [row]);
  };
  // Tables list a parent before its children: an ancestor stack finds every parent without hashing
  // each code. A range out of that order falls back to an index of all codes.
  const ancestors: SheetRow[] = [];
  let inOrder = true;
  for (const row of coded) {
    const code = row.code!;
    while (ancestors.length > 0 && !(code.length > ancestors[ancestors.length - 1].code!.length && code.startsWith(ancestors[ancestors.length - 1].code!)))
      ancestors.pop();
    const top = ancestors[ancestors.length - 1];
    if (top && top.code!.length === code.length - 2) addChild(top.code!, row);
    else if (code.length > 3) inOrder = false; // a parent may come later, or not exist at all
    ancestors.push(row);
  }
  if (!inOrder) {
    childrenOf.clear();
    const byCode = new Set(coded.map((r) => r.code!));
    for (const row of coded) {
      const parent = row.code!.slice(0, -2);
      if (row.code!.length > 3 && byCode.has(parent)) addChild(parent, row);
    }
  }
  for (const row of coded) row.hasChildren = childrenOf.has(row.code!);
  // Per row and column: the sum and count of its most detailed descendants (itself when it has none).
  // Kept in flat arrays: this runs for every row of ranges of 10,000 rows and more.
  const leafTally = (row: SheetRow): { sums: number[]; counts: number[] } => {
    if (row.leaf) return row.leaf;
    const sums = new Array<number>(amountWidth).fill(0);
    const counts = new Array<number>(amountWidth).fill(0);
    const children = childrenOf.get(row.code!);
    if (!children) {
      for (let j = 0; j < amountWidth; j++) {
        const v = row.values[j];
        if (v !== null && v !== undefined) {
          sums[j] = v;
          counts[j] = 1;
        }
      }
    } else {
      for (const child of children) {
        if (!child.hasChildren) {
          // A leaf adds its own values: no tally arrays for the thousands of leaves.
          for (let j = 0; j < amountWidth; j++) {
            const v = child.values[j];
            if (v !== null && v !== undefined) {
              sums[j] += v;
              counts[j]++;
            }
          }
          continue;
        }
        const t = leafTally(child);
        for (let j = 0; j < amountWidth; j++) {
          sums[j] += t.sums[j];
          counts[j] += t.counts[j];
        }
      }
    }
    row.leaf = { sums, counts };
    return row.leaf;
  };
  /** Direct parts first; if they agree, the detail rows must too (so every ancestor of an edited leaf
   * flags). Rounding among the details is flagged where it arises, so only their errors count here. */
  const checkAgainst = (row: SheetRow, parts: SheetRow[]) => {
    for (let j = 0; j < amountWidth; j++) {
      let sum = 0;
      let count = 0;
      let detailSum = 0;
      let detailCount = 0;
      for (const part of parts) {
        const v = part.values[j];
        if (v !== null && v !== undefined) {
          sum += v;
          count++;
        }
        if (!part.hasChildren) {
          // A leaf is its own detail: no tally to build (most rows of a large table are leaves).
          if (v !== null && v !== undefined) {
            detailSum += v;
            detailCount++;
          }
          continue;
        }
        const t = leafTally(part);
        detailSum += t.sums[j];
        detailCount += t.counts[j];
      }
      const printed = row.values[j] ?? null;
      const direct = compareSum(printed, sum, count, allowed);
      if (direct) {
        add(row, direct);
        continue;
      }
      const detail = compareSum(printed, detailSum, detailCount, allowed);
      if (detail?.verdict === "error") add(row, detail);
    }
  };
  for (const row of coded) if (row.hasChildren) checkAgainst(row, childrenOf.get(row.code!)!);

  let groupStart = 0;
  for (let i = 0; i < data.length; i++) {
    const row = data[i];
    if (row.kind === "total") {
      if (coded.length > 0) {
        const top = Math.min(...coded.map((r) => r.code!.length));
        checkAgainst(
          row,
          coded.filter((r) => r.code!.length === top),
        );
        continue;
      }
      const others = data.filter((r) => r !== row && r.kind !== "repeat" && r.kind !== "total");
      const upper = others.filter((r) => r.kind === "category" || r.kind === "subtotal");
      const parts = upper.length > 0 ? upper : others.filter((r) => r.kind === "item");
      for (const j of columns)
        add(
          row,
          compare(
            row.values[j],
            parts.map((r) => r.values[j]),
            allowed,
          ),
        );
    } else if (row.kind === "category" || (row.kind === "subtotal" && i === groupStart && layout === "plain")) {
      const items: SheetRow[] = [];
      for (let k = i + 1; k < data.length && (data[k].kind === "item" || data[k].kind === "repeat"); k++) if (data[k].kind === "item") items.push(data[k]);
      if (items.length > 0)
        for (const j of columns)
          add(
            row,
            compare(
              row.values[j],
              items.map((r) => r.values[j]),
              allowed,
            ),
          );
      groupStart = i + 1;
    } else if (row.kind === "subtotal") {
      const items = data.slice(groupStart, i).filter((r) => r.kind === "item");
      if (items.length > 0)
        for (const j of columns)
          add(
            row,
            compare(
              row.values[j],
              items.map((r) => r.values[j]),
              allowed,
            ),
          );
      groupStart = i + 1;
    }
  }

  return rows.map((row) => {
    if (row.kind === "header") return [""];
    if (row.kind === "repeat") return ["重复行（按一行计）"];
    const list = issues.get(row.index) ?? [];
    const error = list.find((x) => x.verdict === "error");
    if (error) {
      const more = list.filter((x) => x.verdict === "error").length - 1;
      return [`差 ${formatAmount(error.printed - error.expected)}：应为 ${formatAmount(error.expected)}${more > 0 ? `（另有${more}处）` : ""}`];
    }
    const rounding = list[0];
    if (rounding) return [`尾差 ${formatAmount(Math.abs(rounding.printed - rounding.expected))}`];
    return ["✓"];
  });
}
