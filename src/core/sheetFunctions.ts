/**
 * The logic behind the workbook functions (=BUDGET.SHARE, =BUDGET.CHECK.TOTALS …): pure, over the
 * plain values Excel passes (numbers, strings, booleans, blanks), with the rule engine's rounding model.
 */
import { type Amount, formatAmount, formatAmountShort, judgeSum, numberToAmount, parseAmount, percentOf } from "./amount";
import { FLAG_ERROR, FLAG_OK, FLAG_ROUNDING } from "./relations/flags";

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

// Row kinds, as small integers in a typed array: a range may have 10,000 rows and more.
const HEADER = 0;
const TOTAL = 1;
const SUBTOTAL = 2;
const CATEGORY = 3;
const ITEM = 4;
const REPEAT = 5;

/**
 * The range as columns of exact amounts (hundredths, NaN for a blank cell) and per-row facts, in flat
 * arrays rather than an object per row: CHECK.TOTALS recomputes on every edit of ranges this large.
 */
interface RangeTable {
  rowCount: number;
  /** Amount columns per row in `amounts` (the widest row's). */
  stride: number;
  /** Widest data row's amount columns: what the checks look at. */
  amountWidth: number;
  amounts: Float64Array;
  kinds: Uint8Array;
  codes: (string | null)[];
  names: string[];
  headers: string[];
}

const TOTAL_NAME = /^(合计|总计|部门合计|单位合计|本年收入合计|本年支出合计)$/;
const SUBTOTAL_NAME = /小计/;

function isNumeric(value: CellValue): boolean {
  if (typeof value === "number") return true;
  return typeof value === "string" && value.trim() !== "" && parseAmount(value) !== null;
}

/** The first column as text, and which of its cells are 科目编码: read once, both steps need it. */
interface FirstColumn {
  texts: string[];
  isCode: Uint8Array;
}

function readFirstColumn(grid: Grid): FirstColumn {
  const texts: string[] = new Array(grid.length);
  const isCode = new Uint8Array(grid.length);
  for (let i = 0; i < grid.length; i++) {
    const text = codeText(grid[i][0] ?? null);
    texts[i] = text;
    if (text !== "" && CODE.test(text)) isCode[i] = 1;
  }
  return { texts, isCode };
}

function detectLayout(grid: Grid, first: FirstColumn): Layout {
  let filled = 0;
  let coded = 0;
  for (let i = 0; i < grid.length; i++) {
    if (first.texts[i] === "") continue;
    filled++;
    coded += first.isCode[i];
  }
  if (coded > 0 && coded >= filled / 3) return "coded";
  let seconds = 0;
  for (const row of grid) {
    const v = row[1] ?? null;
    if (v === null || v === "") continue;
    if (isNumeric(v)) return "plain";
    seconds++;
  }
  return seconds > 0 ? "economic" : "plain";
}

/** A name with 计 in it, without its spaces: a total, a subtotal or an ordinary row. */
function kindByName(bare: string): number {
  if (TOTAL_NAME.test(bare)) return TOTAL;
  return SUBTOTAL_NAME.test(bare) ? SUBTOTAL : ITEM;
}

const withoutSpaces = (text: string) => (/\s/.test(text) ? text.replace(/\s/g, "") : text);

function readRange(grid: Grid, width: number, layout: Layout, firstColumn: FirstColumn): RangeTable {
  const start = layout === "plain" ? 1 : 2;
  const rowCount = grid.length;
  const stride = Math.max(0, width - start);
  const amounts = new Float64Array(rowCount * stride).fill(NaN);
  const kinds = new Uint8Array(rowCount);
  const codes: (string | null)[] = new Array(rowCount);
  const names: string[] = new Array(rowCount);
  let headers: string[] = [];
  let amountWidth = 0;
  for (let i = 0; i < rowCount; i++) {
    const cells = grid[i];
    let numeric = false;
    for (let j = start; j < cells.length; j++) {
      const c = cells[j];
      if (typeof c === "number" || isNumeric(c)) {
        numeric = true;
        break;
      }
    }
    const first = firstColumn.texts[i];
    const isCode = layout === "coded" && firstColumn.isCode[i] === 1;
    const name = String((layout === "coded" ? cells[1] : cells[0]) ?? "").trim() || (layout === "coded" && !isCode ? first : "");
    const code = isCode ? first : null;
    codes[i] = code;
    names[i] = name;
    if (!numeric) {
      let text = false;
      for (let j = start; j < cells.length; j++) {
        const c = cells[j];
        if (typeof c === "string" && c.trim() !== "") text = true;
      }
      if (text) headers = cells.slice(start).map((c) => String(c ?? "").trim());
      kinds[i] = code || TOTAL_NAME.test(withoutSpaces(name)) ? ITEM : HEADER;
      if (kinds[i] !== HEADER) amountWidth = Math.max(amountWidth, cells.length - start);
      continue;
    }
    amountWidth = Math.max(amountWidth, cells.length - start);
    const base = i * stride;
    for (let j = start; j < cells.length; j++) {
      const c = cells[j];
      // Numbers take the short path; the label is only built when a cell is not a number.
      const amount = typeof c === "number" && Number.isFinite(c) ? numberToAmount(c) : cellAmount(c, () => `第${i + 1}行第${j + 1}列`);
      if (amount !== null) amounts[base + j - start] = amount;
    }
    // Names are trimmed, so only a blank name is blank without its spaces.
    let kind = name.indexOf("计") >= 0 ? kindByName(withoutSpaces(name)) : ITEM;
    if (kind === ITEM && layout === "coded" && code === null && name === "") kind = TOTAL;
    // Table 6: a category (工资福利支出 …) leaves the 政府经济科目 column blank, its items fill it.
    else if (kind === ITEM && layout === "economic" && String(cells[1] ?? "").trim() === "") kind = CATEGORY;
    kinds[i] = kind;
  }
  return { rowCount, stride, amountWidth, amounts, kinds, codes, names, headers };
}

interface Issue {
  verdict: "rounding" | "error";
  printed: Amount;
  expected: Amount;
}

/** Takes the sum and count as plain numbers: called once per row and column, no object to allocate. */
function compareSum(printed: Amount, expected: Amount, count: number, tolerance: Amount | null): Issue | null {
  const blank = printed !== printed; // NaN
  if (blank && count === 0) return null;
  const p = blank ? 0 : printed;
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

/** Links each coded row to its parent (the code without its last two digits) as child lists in flat arrays. */
function codeTree(table: RangeTable, data: Int32Array) {
  const { rowCount, codes } = table;
  const firstChild = new Int32Array(rowCount).fill(-1);
  const nextSibling = new Int32Array(rowCount).fill(-1);
  const link = (parent: number, child: number) => {
    nextSibling[child] = firstChild[parent];
    firstChild[parent] = child;
  };
  const coded: number[] = [];
  for (const i of data) if (codes[i] !== null) coded.push(i);
  // Tables list a parent before its children: an ancestor stack finds every parent without hashing
  // each code. A range out of that order falls back to an index of all codes.
  const ancestors: number[] = [];
  let inOrder = true;
  for (const i of coded) {
    const code = codes[i]!;
    while (ancestors.length > 0) {
      const top = codes[ancestors[ancestors.length - 1]]!;
      if (code.length > top.length && code.startsWith(top)) break;
      ancestors.pop();
    }
    const top = ancestors.length > 0 ? ancestors[ancestors.length - 1] : -1;
    if (top >= 0 && codes[top]!.length === code.length - 2) link(top, i);
    else if (code.length > 3) inOrder = false; // a parent may come later, or not exist at all
    ancestors.push(i);
  }
  if (!inOrder) {
    firstChild.fill(-1);
    nextSibling.fill(-1);
    const rowOf = new Map<string, number>();
    for (const i of coded) if (!rowOf.has(codes[i]!)) rowOf.set(codes[i]!, i);
    for (const i of coded) {
      const code = codes[i]!;
      const parent = code.length > 3 ? rowOf.get(code.slice(0, -2)) : undefined;
      if (parent !== undefined) link(parent, i);
    }
  }
  return { coded, firstChild, nextSibling };
}

/**
 * BUDGET.CHECK.TOTALS: one flag per row of a range laid out like a standard table — ✓, "尾差 0.01"
 * for honest rounding, "差 x：应为 y" for an error. Understands the 科目编码 tree, row totals,
 * categories of table 6, 小计/合计 rows and a unit subtotal row printed twice.
 */
export function checkTotals(grid: Grid, tolerance?: number | null): string[][] {
  if (!Array.isArray(grid) || grid.length === 0) throw new SheetInputError("请选择一个区域");
  let width = 0;
  for (const r of grid) if (r.length > width) width = r.length;
  if (width < 2) throw new SheetInputError("区域至少要有名称列和一列金额（或科目编码、名称和金额）");
  const allowed = tolerance === null || tolerance === undefined ? null : numberToAmount(tolerance);
  const firstColumn = readFirstColumn(grid);
  const layout = detectLayout(grid, firstColumn);
  const table = readRange(grid, width, layout, firstColumn);
  const { rowCount, stride, amountWidth, amounts, kinds, codes, names, headers } = table;
  const value = (row: number, column: number) => amounts[row * stride + column];
  let dataCount = 0;
  for (let i = 0; i < rowCount; i++) if (kinds[i] !== HEADER) dataCount++;
  const data = new Int32Array(dataCount);
  for (let i = 0, k = 0; i < rowCount; i++) if (kinds[i] !== HEADER) data[k++] = i;

  const issues = new Map<number, Issue[]>();
  const add = (row: number, issue: Issue | null) => {
    if (!issue) return;
    const list = issues.get(row);
    if (list) list.push(issue);
    else issues.set(row, [issue]);
  };
  /** The row's printed figure in each column against the sum of `parts`' figures in that column. */
  const checkParts = (row: number, parts: ArrayLike<number>) => {
    for (let j = 0; j < amountWidth; j++) {
      let sum = 0;
      let count = 0;
      for (let k = 0; k < parts.length; k++) {
        const v = value(parts[k], j);
        if (v === v) {
          sum += v;
          count++;
        }
      }
      add(row, compareSum(value(row, j), sum, count, allowed));
    }
  };

  // A unit subtotal printed above its projects, possibly twice (table 12).
  let hasTotalRow = false;
  for (const i of data) if (kinds[i] === TOTAL || kinds[i] === SUBTOTAL) hasTotalRow = true;
  if (layout === "plain" && dataCount >= 3 && !hasTotalRow) {
    const first = data[0];
    const second = data[1];
    let sameFigures = true;
    for (let j = 0; j < stride; j++) {
      const a = value(first, j);
      const b = value(second, j);
      if (a !== b && !(a !== a && b !== b)) sameFigures = false;
    }
    if (sameFigures && names[second] === names[first]) kinds[second] = REPEAT;
    let sum = 0;
    let count = 0;
    for (let k = kinds[second] === REPEAT ? 2 : 1; k < dataCount; k++) {
      const v = value(data[k], 0);
      if (v === v) {
        sum += v;
        count++;
      }
    }
    if (compareSum(value(first, 0), sum, count, allowed)?.verdict !== "error") kinds[first] = SUBTOTAL;
    else if (kinds[second] === REPEAT) kinds[second] = ITEM;
  }

  // Row totals: the first amount column is the sum of the others.
  const sources = sourceColumns(amountWidth, headers);
  if (sources.length > 0) {
    for (const i of data) {
      if (kinds[i] === REPEAT) continue;
      let sum = 0;
      let count = 0;
      for (const j of sources) {
        const v = value(i, j);
        if (v === v) {
          sum += v;
          count++;
        }
      }
      add(i, compareSum(value(i, 0), sum, count, allowed));
    }
  }

  // The 科目编码 tree. Per row and column: the sum and count of its most detailed descendants,
  // built from the longest codes up so each child is done before its parent.
  const { coded, firstChild, nextSibling } = codeTree(table, data);
  const detailSums = new Float64Array(rowCount * amountWidth);
  const detailCounts = new Int32Array(rowCount * amountWidth);
  const byLength = coded.filter((i) => firstChild[i] >= 0).sort((a, b) => codes[b]!.length - codes[a]!.length);
  for (const i of byLength) {
    const at = i * amountWidth;
    for (let child = firstChild[i]; child >= 0; child = nextSibling[child]) {
      const leaf = firstChild[child] < 0;
      for (let j = 0; j < amountWidth; j++) {
        if (leaf) {
          const v = value(child, j);
          if (v === v) {
            detailSums[at + j] += v;
            detailCounts[at + j]++;
          }
        } else {
          detailSums[at + j] += detailSums[child * amountWidth + j];
          detailCounts[at + j] += detailCounts[child * amountWidth + j];
        }
      }
    }
  }
  /** Direct parts first; if they agree, the detail rows must too (so every ancestor of an edited leaf
   * flags). Rounding among the details is flagged where it arises, so only their errors count here. */
  const checkAgainst = (row: number, parts: ArrayLike<number>) => {
    for (let j = 0; j < amountWidth; j++) {
      let sum = 0;
      let count = 0;
      let detailSum = 0;
      let detailCount = 0;
      for (let k = 0; k < parts.length; k++) {
        const part = parts[k];
        const v = value(part, j);
        if (v === v) {
          sum += v;
          count++;
        }
        if (firstChild[part] < 0) {
          // A leaf is its own detail.
          if (v === v) {
            detailSum += v;
            detailCount++;
          }
        } else {
          detailSum += detailSums[part * amountWidth + j];
          detailCount += detailCounts[part * amountWidth + j];
        }
      }
      const printed = value(row, j);
      const direct = compareSum(printed, sum, count, allowed);
      if (direct) {
        add(row, direct);
        continue;
      }
      const detail = compareSum(printed, detailSum, detailCount, allowed);
      if (detail?.verdict === "error") add(row, detail);
    }
  };
  const children: number[] = [];
  for (const i of coded) {
    if (firstChild[i] < 0) continue;
    children.length = 0;
    for (let child = firstChild[i]; child >= 0; child = nextSibling[child]) children.push(child);
    checkAgainst(i, children);
  }

  let groupStart = 0;
  for (let k = 0; k < dataCount; k++) {
    const i = data[k];
    const kind = kinds[i];
    if (kind === TOTAL) {
      if (coded.length > 0) {
        let top = Infinity;
        for (const c of coded) top = Math.min(top, codes[c]!.length);
        checkAgainst(
          i,
          coded.filter((c) => codes[c]!.length === top),
        );
        continue;
      }
      const others = Array.from(data).filter((r) => r !== i && kinds[r] !== REPEAT && kinds[r] !== TOTAL);
      const upper = others.filter((r) => kinds[r] === CATEGORY || kinds[r] === SUBTOTAL);
      checkParts(i, upper.length > 0 ? upper : others.filter((r) => kinds[r] === ITEM));
    } else if (kind === CATEGORY || (kind === SUBTOTAL && k === groupStart && layout === "plain")) {
      const items: number[] = [];
      for (let m = k + 1; m < dataCount && (kinds[data[m]] === ITEM || kinds[data[m]] === REPEAT); m++) if (kinds[data[m]] === ITEM) items.push(data[m]);
      if (items.length > 0) checkParts(i, items);
      groupStart = k + 1;
    } else if (kind === SUBTOTAL) {
      const items: number[] = [];
      for (let m = groupStart; m < k; m++) if (kinds[data[m]] === ITEM) items.push(data[m]);
      if (items.length > 0) checkParts(i, items);
      groupStart = k + 1;
    }
  }

  const flags: string[][] = new Array(rowCount);
  for (let i = 0; i < rowCount; i++) flags[i] = [flagOf(kinds[i], issues.get(i))];
  return flags;
}

function flagOf(kind: number, list: Issue[] | undefined): string {
  if (kind === HEADER) return "";
  if (kind === REPEAT) return "重复行（按一行计）";
  if (!list) return FLAG_OK;
  const errors = list.filter((x) => x.verdict === "error");
  if (errors.length > 0) {
    const [error] = errors;
    const more = errors.length > 1 ? `（另有${errors.length - 1}处）` : "";
    return `${FLAG_ERROR} ${formatAmount(error.printed - error.expected)}：应为 ${formatAmount(error.expected)}${more}`;
  }
  return `${FLAG_ROUNDING} ${formatAmount(Math.abs(list[0].printed - list[0].expected))}`;
}
