/**
 * A PDF page's text items and ruling lines → the lines the reader takes: one line per visual text
 * line, table cells separated by TAB with empty cells kept so each value stays under its column.
 *
 * - Ruled tables: the grid of horizontal and vertical rulings gives the rows and columns; a cell's
 *   wrapped lines are joined into one cell; a merged cell's text goes to the first column it spans.
 * - Unruled tables: columns from the gaps between text runs over a block of consecutive lines.
 * - Narrative: hard-wrapped lines are rejoined into paragraphs (a line reaching the right margin is
 *   continued by the next), across pages too; a figure is never split.
 * - Page numbers are dropped; rotated text (watermarks) is ignored.
 *
 * Pure: no pdf.js, DOM or Node. Coordinates are PDF page space (y up).
 */
import type { Ruling } from "./pdfOperators";

/** A pdf.js text item (TextItem of getTextContent) reduced to what layout needs. */
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, e, f]: e, f is the baseline origin; a..d the font matrix times the CTM. */
  transform: ArrayLike<number>;
  width: number;
  height: number;
  fontName?: string;
}

export interface PdfPageContent {
  items: PdfTextItem[];
  rulings: Ruling[];
}

/** Where a line of the output came from. */
export interface LineOrigin {
  /** 1-based page number. */
  page: number;
  /** 1-based visual line on that page (the first of a rejoined paragraph). */
  lineOnPage: number;
}

export interface PdfLines {
  lines: string[];
  origins: LineOrigin[];
  /** Pages with no text at all (scanned pages, blank pages), 1-based. */
  pagesWithoutText: number[];
  pageCount: number;
}

interface Run {
  text: string;
  x0: number;
  x1: number;
  /** Baseline. */
  y: number;
  size: number;
}

interface VisualLine {
  runs: Run[];
  y: number;
  size: number;
  x0: number;
  x1: number;
}

/** An output line before paragraphs are rejoined. */
interface LaidLine {
  text: string;
  y: number;
  kind: "table" | "text";
  x0: number;
  x1: number;
  size: number;
  lineOnPage: number;
}

const NUMBERISH = /^[-+]?[\d,，.]+%?$|^-$/;
const CJK = /[\u3000-\u9fff\uff00-\uffef]/;

function isBlank(text: string): boolean {
  return text.trim() === "";
}

/** An item's writing direction in quarter turns (0 upright, 1 rotated 90° counter-clockwise …), or -1. */
function quarterTurns(t: ArrayLike<number>): number {
  const a = t[0];
  const b = t[1];
  if (Math.abs(b) <= Math.abs(a) * 0.05) return a > 0 ? 0 : 2;
  if (Math.abs(a) <= Math.abs(b) * 0.05) return b > 0 ? 1 : 3;
  return -1; // at an angle: a watermark or a stamp
}

/** Rotates a point by `turns` quarter turns clockwise (undoing a page set sideways). */
function turn(x: number, y: number, turns: number): [number, number] {
  switch (turns) {
    case 1:
      return [y, -x];
    case 2:
      return [-x, -y];
    case 3:
      return [-y, x];
    default:
      return [x, y];
  }
}

/** The direction most of the page's text is written in (landscape tables are often set sideways). */
function dominantTurns(items: PdfTextItem[]): number {
  const weight = [0, 0, 0, 0];
  for (const item of items) {
    if (typeof item.str !== "string" || !item.transform || item.transform.length < 6) continue;
    const q = quarterTurns(item.transform);
    if (q >= 0) weight[q] += item.str.length;
  }
  return weight.indexOf(Math.max(...weight));
}

/** Text items → runs, upright; whitespace-only items and text at another angle (watermarks) dropped. */
function toRuns(items: PdfTextItem[], turns: number): Run[] {
  const runs: Run[] = [];
  for (const item of items) {
    if (typeof item.str !== "string" || isBlank(item.str)) continue;
    const t = item.transform;
    if (!t || t.length < 6) continue;
    if (![t[0], t[1], t[2], t[3], t[4], t[5], item.width].every(Number.isFinite)) continue;
    if (quarterTurns(t) !== turns) continue;
    const [a, b] = turn(t[0], t[1], turns);
    const d = turn(t[2], t[3], turns)[1];
    const [e, f] = turn(t[4], t[5], turns);
    // Upright after turning; c may be non-zero: italic is often a slanted upright font.
    if (a <= 0 || Math.abs(b) > a * 0.05 || d <= 0) continue;
    const size = Math.max(Math.abs(d), 1);
    // pdf.js gives one width per item: characters are placed by their usual advance (CJK a full em,
    // others half). Two or more spaces inside an item separate cells, so they split it.
    const offsets = advances(item.str);
    const scale = item.width > 0 && offsets[offsets.length - 1] > 0 ? item.width / offsets[offsets.length - 1] : size;
    const pattern = /\S+(?: \S+)*/g;
    for (let m = pattern.exec(item.str); m !== null; m = pattern.exec(item.str)) {
      runs.push({ text: m[0], x0: e + offsets[m.index] * scale, x1: e + offsets[m.index + m[0].length] * scale, y: f, size });
    }
  }
  return runs;
}

/** Cumulative advances of a text's characters in ems: offsets[i] is where character i starts. */
function advances(text: string): number[] {
  const offsets = [0];
  for (let i = 0; i < text.length; i++) offsets.push(offsets[i] + (CJK.test(text[i]) ? 1 : 0.5));
  return offsets;
}

/** Splits a run that crosses a column boundary (pdf.js may join two cells' text into one item). */
function splitAtBoundaries(run: Run, boundaries: number[]): Run[] {
  const inside = boundaries.filter((x) => x > run.x0 + 2 && x < run.x1 - 2);
  if (inside.length === 0 || run.text.length < 2) return [run];
  const offsets = advances(run.text);
  const scale = (run.x1 - run.x0) / offsets[offsets.length - 1];
  const at = (i: number) => run.x0 + offsets[i] * scale;
  const pieces: Run[] = [];
  let from = 0;
  for (const x of inside) {
    let cut = from;
    while (cut < run.text.length && at(cut + 1) <= x + scale * 0.25) cut++;
    // Prefer a space near the boundary: cells are usually separated by one.
    for (let k = Math.max(from + 1, cut - 3); k <= Math.min(run.text.length - 1, cut + 3); k++) if (run.text[k] === " ") cut = k;
    if (cut <= from || cut >= run.text.length) continue;
    pieces.push({ ...run, text: run.text.slice(from, cut).trim(), x0: at(from), x1: at(cut) });
    from = cut;
  }
  pieces.push({ ...run, text: run.text.slice(from).trim(), x0: at(from), x1: run.x1 });
  return pieces.filter((p) => p.text !== "");
}

function turnRulings(rulings: Ruling[], turns: number): Ruling[] {
  if (turns === 0) return rulings;
  return rulings.map((r) => {
    const [x1, y1] = turn(r.x1, r.y1, turns);
    const [x2, y2] = turn(r.x2, r.y2, turns);
    return { x1: Math.min(x1, x2), y1: Math.min(y1, y2), x2: Math.max(x1, x2), y2: Math.max(y1, y2) };
  });
}

/** Groups runs into visual lines by baseline, top to bottom, each line's runs left to right. */
function toVisualLines(runs: Run[]): VisualLine[] {
  const sorted = [...runs].sort((p, q) => q.y - p.y || p.x0 - q.x0);
  const lines: VisualLine[] = [];
  for (const run of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - run.y) <= Math.min(last.size, run.size) * 0.4) {
      last.runs.push(run);
      last.size = Math.max(last.size, run.size);
      last.x0 = Math.min(last.x0, run.x0);
      last.x1 = Math.max(last.x1, run.x1);
    } else {
      lines.push({ runs: [run], y: run.y, size: run.size, x0: run.x0, x1: run.x1 });
    }
  }
  for (const line of lines) line.runs.sort((p, q) => p.x0 - q.x0);
  return lines;
}

/** Joins pieces of one cell or one line: nothing between CJK text, a space between Latin words. */
function joinPieces(pieces: string[]): string {
  let out = "";
  for (const piece of pieces) {
    if (out === "") out = piece;
    else {
      const left = out[out.length - 1];
      const right = piece[0];
      out += /[A-Za-z]/.test(left) && /[A-Za-z]/.test(right) ? ` ${piece}` : piece;
    }
  }
  return out;
}

/**
 * A cell's text set with distributed alignment ("1. 一 般 公 共预算"): spaces between Chinese characters
 * are only the justification's, so the cell's spaces go (not those between two Latin words). The gap
 * Word leaves between Chinese and a Latin letter or digit ("货物 A", "（20 万以下）") is no space either.
 */
function unjustify(text: string): string {
  const spaced = text.replace(/([\u4e00-\u9fff])\s+(?=[A-Za-z0-9])|([A-Za-z0-9])\s+(?=[\u4e00-\u9fff])/g, "$1$2");
  if (!/[\u4e00-\u9fff]\s+[\u4e00-\u9fff]/.test(spaced)) return spaced;
  return spaced.replace(/(\S)\s+(?=(\S))/g, (whole, left: string, right: string) => (/[A-Za-z]/.test(left) && /[A-Za-z]/.test(right) ? whole : left));
}

/** Runs of one line that are close together, merged; a wide gap separates chunks (possible cells). */
function chunksOf(line: VisualLine): Run[] {
  const chunks: Run[] = [];
  for (const run of line.runs) {
    const last = chunks[chunks.length - 1];
    const gap = last ? run.x0 - last.x1 : Infinity;
    if (last && gap < Math.max(last.size, run.size) * 1.2) {
      const needsSpace = gap > run.size * 0.2 && !CJK.test(last.text[last.text.length - 1]) && !CJK.test(run.text[0]);
      last.text = `${last.text}${needsSpace ? " " : ""}${run.text}`;
      last.x1 = Math.max(last.x1, run.x1);
    } else {
      chunks.push({ ...run });
    }
  }
  return chunks;
}

// ---------------------------------------------------------------------------------------------------
// Ruled tables

interface Grid {
  /** Row boundaries, top to bottom (descending y). */
  ys: number[];
  /** Column boundaries, left to right. */
  xs: number[];
  verticals: Ruling[];
  horizontals: Ruling[];
  /** Columns added where the rows' rulings reach beyond the outer verticals (an open-sided table). */
  extended: { left: boolean; right: boolean };
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  /**
   * A table continued from the previous page on a grid of its own with fewer verticals (a 合计 row
   * alone, rows without the code columns' rulings): the previous page's columns, so each value stays
   * in the column it continues.
   */
  continues?: { xs: number[]; extended: Grid["extended"] };
}

const SNAP = 2;

/** Merges collinear, touching rulings into longer ones. */
function mergeRulings(rulings: Ruling[], horizontal: boolean): Ruling[] {
  const key = (r: Ruling) => (horizontal ? r.y1 : r.x1);
  const start = (r: Ruling) => (horizontal ? r.x1 : r.y1);
  const end = (r: Ruling) => (horizontal ? r.x2 : r.y2);
  const sorted = [...rulings].sort((p, q) => key(p) - key(q) || start(p) - start(q));
  const out: Ruling[] = [];
  for (const r of sorted) {
    const same = out.find((o) => Math.abs(key(o) - key(r)) <= 1 && start(r) <= end(o) + SNAP && end(r) >= start(o) - SNAP);
    if (!same) {
      out.push({ ...r });
      continue;
    }
    if (horizontal) {
      same.x1 = Math.min(same.x1, r.x1);
      same.x2 = Math.max(same.x2, r.x2);
    } else {
      same.y1 = Math.min(same.y1, r.y1);
      same.y2 = Math.max(same.y2, r.y2);
    }
  }
  return out;
}

function crosses(h: Ruling, v: Ruling): boolean {
  return v.x1 >= h.x1 - SNAP && v.x1 <= h.x2 + SNAP && h.y1 >= v.y1 - SNAP && h.y1 <= v.y2 + SNAP;
}

function uniqueSorted(values: number[], descending: boolean): number[] {
  const sorted = [...values].sort((p, q) => (descending ? q - p : p - q));
  const out: number[] = [];
  for (const v of sorted) if (out.length === 0 || Math.abs(out[out.length - 1] - v) > SNAP) out.push(v);
  return out;
}

/** Connected groups of crossing rulings with at least two of each direction: the page's grids. */
function findGrids(rulings: Ruling[]): Grid[] {
  const hs = mergeRulings(
    rulings.filter((r) => r.y1 === r.y2),
    true,
  );
  const vs = mergeRulings(
    rulings.filter((r) => r.x1 === r.x2 && r.y1 !== r.y2),
    false,
  );
  if (hs.length < 2 || vs.length < 2 || hs.length * vs.length > 250_000) return [];
  // Union-find over horizontals and verticals (index hs first, then vs).
  const parent = Array.from({ length: hs.length + vs.length }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < hs.length; i++) {
    for (let j = 0; j < vs.length; j++) if (crosses(hs[i], vs[j])) parent[find(i)] = find(hs.length + j);
  }
  const groups = new Map<number, { h: Ruling[]; v: Ruling[] }>();
  hs.forEach((h, i) => {
    const g = groups.get(find(i)) ?? { h: [], v: [] };
    g.h.push(h);
    groups.set(find(i), g);
  });
  vs.forEach((v, j) => {
    const g = groups.get(find(hs.length + j)) ?? { h: [], v: [] };
    g.v.push(v);
    groups.set(find(hs.length + j), g);
  });
  const grids: Grid[] = [];
  for (const { h, v } of groups.values()) {
    if (h.length < 2 || v.length < 2) continue;
    const ys = uniqueSorted(
      h.map((r) => r.y1),
      true,
    );
    const xs = uniqueSorted(
      v.map((r) => r.x1),
      false,
    );
    if (ys.length < 2 || xs.length < 2) continue;
    // A row whose top or bottom border is printed on the other page (a table split by a page): its
    // verticals still show it.
    const reachTop = Math.max(...v.map((r) => r.y2));
    const reachBottom = Math.min(...v.map((r) => r.y1));
    if (reachTop > ys[0] + 6) ys.unshift(reachTop);
    if (reachBottom < ys[ys.length - 1] - 6) ys.push(reachBottom);
    // A page border or a single box is not a table.
    if (xs.length === 2 && ys.length === 2) continue;
    // A table drawn without its outer left or right border: the rows' rulings still show its extent.
    const left = Math.min(...h.map((r) => r.x1));
    const right = Math.max(...h.map((r) => r.x2));
    const extended = { left: left < xs[0] - SNAP * 2, right: right > xs[xs.length - 1] + SNAP * 2 };
    if (extended.left) xs.unshift(left);
    if (extended.right) xs.push(right);
    grids.push({ ys, xs, verticals: v, horizontals: h, extended, x0: xs[0], x1: xs[xs.length - 1], top: ys[0], bottom: ys[ys.length - 1] });
  }
  return grids;
}

/** The grid a run belongs to: its middle inside the grid's box. */
function gridOf(run: Run, grids: Grid[]): number {
  const mx = (run.x0 + run.x1) / 2;
  const my = run.y + run.size * 0.35;
  for (let g = 0; g < grids.length; g++) {
    const grid = grids[g];
    if (mx > grid.x0 - 1 && mx < grid.x1 + 1 && my < grid.top + 1 && my > grid.bottom - 1) return g;
  }
  return -1;
}

function columnAt(xs: number[], x: number): number {
  for (let i = 1; i < xs.length; i++) if (x < xs[i]) return i - 1;
  return xs.length - 2;
}

/** Lays out one ruled table: one output line per grid row (or per text row inside a tall band). */
function layOutGrid(grid: Grid, runs: Run[]): LaidLine[] {
  const out: LaidLine[] = [];
  const xs = grid.continues?.xs ?? grid.xs;
  const extended = grid.continues?.extended ?? grid.extended;
  const columns = xs.length - 1;
  const bandOf = (run: Run) => {
    const my = run.y + run.size * 0.35;
    for (let b = 0; b + 1 < grid.ys.length; b++) if (my <= grid.ys[b] + 1 && my > grid.ys[b + 1] - 1) return b;
    return -1;
  };
  // A band's own column boundaries: the verticals crossing its middle (a merged cell spans more).
  const ownColumns = grid.ys.slice(0, -1).map((top, b) => {
    const mid = (top + grid.ys[b + 1]) / 2;
    return grid.xs.filter(
      (x, i) => i === 0 || i === grid.xs.length - 1 || grid.verticals.some((v) => Math.abs(v.x1 - x) <= SNAP && v.y1 <= mid + 1 && v.y2 >= mid - 1),
    );
  });
  const hasRuling = (y: number, x: number) => grid.horizontals.some((h) => Math.abs(h.y1 - y) <= SNAP && h.x1 <= x + 1 && h.x2 >= x - 1);
  // Each run anchored at its cell's top-left grid cell: left across merged columns, up across merged rows.
  const placedRuns: { run: Run; band: number; anchor: number; column: number }[] = [];
  for (const whole of runs) {
    const wholeBand = bandOf(whole);
    if (wholeBand < 0) continue;
    for (const run of splitAtBoundaries(whole, ownColumns[wholeBand].slice(1, -1))) place(run);
  }
  function place(run: Run) {
    let band = bandOf(run);
    if (band < 0) return;
    const own = ownColumns[band];
    const span = columnAt(own, (run.x0 + run.x1) / 2);
    // On a continued grid a merged cell's number stands under the column its right edge is in.
    const column = grid.continues && NUMBERISH.test(run.text.trim()) ? columnAt(xs, Math.min(run.x1, own[span + 1]) - 1) : columnAt(xs, own[span] + 0.5);
    const middle = (own[span] + own[span + 1]) / 2;
    const ownBand = band;
    while (band > 0 && !hasRuling(grid.ys[band], middle)) band--;
    placedRuns.push({ run, band: ownBand, anchor: band, column });
  }
  // A merged cell holds a few lines of text; a column drawn without row rulings holds one value per row:
  // its values stay in their own rows.
  const linesPerCell = new Map<string, Set<number>>();
  for (const p of placedRuns) {
    const key = `${p.anchor}:${p.column}`;
    const set = linesPerCell.get(key) ?? new Set<number>();
    set.add(Math.round(p.run.y));
    linesPerCell.set(key, set);
  }
  const byBand: { run: Run; column: number }[][] = grid.ys.map(() => []);
  for (const p of placedRuns) {
    const merged = p.anchor !== p.band && linesPerCell.get(`${p.anchor}:${p.column}`)!.size <= 3;
    byBand[merged ? p.anchor : p.band].push({ run: p.run, column: p.column });
  }
  // An added outer column that holds no text was only rulings overshooting the table's border.
  const used = new Set(placedRuns.map((p) => p.column));
  const dropFirst = extended.left && !used.has(0);
  const dropLast = extended.right && !used.has(columns - 1);
  // A sliver between two nearly aligned verticals (a header cell's border a little off the body's)
  // that no text is in, header included, is not a column of the table.
  const textSize = placedRuns.length > 0 ? Math.min(...placedRuns.map((p) => p.run.size)) : 0;
  const sliver = (c: number) => c > 0 && c < columns - 1 && !used.has(c) && xs[c + 1] - xs[c] < textSize * 2;
  for (const placed of byBand) {
    if (placed.length === 0) continue;
    const columnOf = new Map(placed.map((p) => [p.run, p.column]));
    // Several text rows in one band (no rulings between them): a new row starts where a line puts a
    // number in a column that already has one; anything else is a wrapped piece of the same row.
    const lines = toVisualLines(placed.map((p) => p.run));
    const rows: Run[][] = [];
    let current: Run[] = [];
    let numbered = new Set<number>();
    for (const line of lines) {
      const numbers = line.runs.filter((r) => NUMBERISH.test(r.text)).map((r) => columnOf.get(r)!);
      if (current.length > 0 && numbers.some((c) => numbered.has(c))) {
        rows.push(current);
        current = [];
        numbered = new Set();
      }
      current.push(...line.runs);
      for (const c of numbers) numbered.add(c);
    }
    if (current.length > 0) rows.push(current);
    for (const row of rows) {
      const cells: Run[][] = Array.from({ length: columns }, () => []);
      for (const run of row) cells[columnOf.get(run)!].push(run);
      const texts = cells.map((c) => unjustify(joinPieces(toVisualLines(c).flatMap((l) => l.runs.map((r) => r.text)))));
      for (let c = columns - 2; c > 0; c--) if (sliver(c)) texts.splice(c, 1);
      if (dropLast) texts.pop();
      if (dropFirst) texts.shift();
      const y = Math.max(...row.map((r) => r.y));
      const size = Math.max(...row.map((r) => r.size));
      out.push({ text: texts.join("\t"), y, kind: "table", x0: grid.x0, x1: grid.x1, size, lineOnPage: 0 });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Text outside ruled tables: narrative lines and unruled tables (columns from gaps)

/** Column boundaries from the x-gaps that no chunk of the block's lines covers. */
function gapColumns(block: Run[][]): number[] {
  const withNumbers = block.filter((chunks) => chunks.some((c) => NUMBERISH.test(c.text)));
  const basis = withNumbers.length >= 2 ? withNumbers : block;
  const spans = basis.flat().map((c) => [c.x0, c.x1] as const);
  spans.sort((p, q) => p[0] - q[0]);
  const cuts: number[] = [];
  let reach = -Infinity;
  for (const [x0, x1] of spans) {
    if (reach !== -Infinity && x0 > reach) cuts.push((reach + x0) / 2);
    reach = Math.max(reach, x1);
  }
  return cuts;
}

function layOutText(lines: VisualLine[]): LaidLine[] {
  const chunked = lines.map(chunksOf);
  // Lines of two or more chunks, unless prose spread out by justification: candidates for a table.
  const tabular = chunked.map((chunks) => chunks.length >= 2 && !chunks.some((c) => PROSE.test(c.text)));
  const out: LaidLine[] = [];
  let i = 0;
  while (i < lines.length) {
    // A block of consecutive lines with two or more chunks (with single-chunk lines inside) is a table.
    let j = i;
    while (
      j < lines.length &&
      (tabular[j] || (j > i && j + 1 < lines.length && tabular[j + 1] && closeBelow(lines[j - 1], lines[j]))) &&
      (j === i || closeBelow(lines[j - 1], lines[j]))
    )
      j++;
    if (j - i >= 2) {
      const block = chunked.slice(i, j);
      const cuts = gapColumns(block);
      for (let k = i; k < j; k++) {
        const cells: string[][] = Array.from({ length: cuts.length + 1 }, () => []);
        for (const c of chunked[k]) {
          const mx = (c.x0 + c.x1) / 2;
          let col = 0;
          while (col < cuts.length && mx > cuts[col]) col++;
          cells[col].push(c.text);
        }
        out.push({
          text: cells.map(joinPieces).join("\t"),
          y: lines[k].y,
          kind: "table",
          x0: lines[k].x0,
          x1: lines[k].x1,
          size: lines[k].size,
          lineOnPage: 0,
        });
      }
      i = j;
      continue;
    }
    const line = lines[i];
    const chunks = chunked[i];
    // A lone line with wide gaps: cells (编制部门：… | 单位：元) unless it is prose whose words are spread
    // out (justified text, blanks of a form): a sentence's punctuation says which.
    const prose = chunks.some((c) => PROSE.test(c.text));
    out.push({
      text: chunks.length >= 2 && !prose ? chunks.map((c) => c.text).join("\t") : joinPieces(chunks.map((c) => c.text)),
      y: line.y,
      kind: "text",
      x0: line.x0,
      x1: line.x1,
      size: line.size,
      lineOnPage: 0,
    });
    i++;
  }
  return out;
}

const PROSE = /[，。；、]/;

function closeBelow(above: VisualLine, below: VisualLine): boolean {
  return above.y - below.y <= Math.max(above.size, below.size) * 3;
}

// ---------------------------------------------------------------------------------------------------
// Page numbers, paragraphs

const PAGE_NUMBER = /^(?:[-—–]\s*\d{1,4}\s*[-—–]|\d{1,4}|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;

/**
 * Whether the page's top grid continues the previous page's last one: nothing printed above it, the
 * same outer borders, and only some of the same verticals.
 */
function continuedGrid(grid: Grid, previous: Grid | undefined, runs: Run[]): boolean {
  if (!previous) return false;
  const near = (a: number, b: number) => Math.abs(a - b) <= SNAP * 2;
  const columns = previous.continues?.xs ?? previous.xs;
  if (!near(grid.x0, previous.x0) || !near(grid.x1, previous.x1) || grid.xs.length >= columns.length) return false;
  if (!grid.xs.every((x) => columns.some((p) => near(p, x)))) return false;
  return !runs.some((r) => r.y > grid.top);
}

/** Lays out one page: its lines top to bottom, tables and text interleaved by position. */
export function layOutPage(content: PdfPageContent, previousGrid?: Grid): LaidLine[] {
  return layOutPageGrids(content, previousGrid).laid;
}

function layOutPageGrids(content: PdfPageContent, previousGrid?: Grid): { laid: LaidLine[]; lastGrid?: Grid } {
  const turns = dominantTurns(content.items);
  const runs = toRuns(content.items, turns);
  if (runs.length === 0) return { laid: [] };
  const grids = findGrids(turnRulings(content.rulings, turns));
  const top = grids.reduce<Grid | undefined>((best, g) => (best === undefined || g.top > best.top ? g : best), undefined);
  if (top && previousGrid && continuedGrid(top, previousGrid, runs)) {
    top.continues = { xs: previousGrid.continues?.xs ?? previousGrid.xs, extended: previousGrid.continues?.extended ?? previousGrid.extended };
  }
  const lastGrid = grids.reduce<Grid | undefined>((best, g) => (best === undefined || g.bottom < best.bottom ? g : best), undefined);
  const byGrid: Run[][] = grids.map(() => []);
  const free: Run[] = [];
  for (const run of runs) {
    const g = gridOf(run, grids);
    if (g >= 0) byGrid[g].push(run);
    else free.push(run);
  }
  const laid: LaidLine[] = [];
  grids.forEach((grid, g) => laid.push(...layOutGrid(grid, byGrid[g])));
  laid.push(...layOutText(toVisualLines(free)));
  laid.sort((p, q) => q.y - p.y || p.x0 - q.x0);
  // The page number: a lone number (or 第N页, -N-) as the last or first line of the page.
  const isPageNumber = (l: LaidLine | undefined) => l !== undefined && l.kind === "text" && PAGE_NUMBER.test(l.text.trim());
  if (isPageNumber(laid[laid.length - 1])) laid.pop();
  if (laid.length > 1 && isPageNumber(laid[0])) laid.shift();
  laid.forEach((l, index) => (l.lineOnPage = index + 1));
  return { laid, lastGrid };
}

/** A line that starts something new (a heading, a list item, a table title) is never a continuation. */
const STARTS_HEADING =
  /^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|附件|附表|表[一二三四五六七八九十\d]+)/;

/**
 * Rejoins hard-wrapped narrative lines. A line continues the previous one when the previous reaches
 * the right margin of the page's text and the line is not indented as a new paragraph.
 */
/**
 * How wide the unbreakable start of a line is (a figure such as 24,558.18万元 is never broken across
 * lines): a line stopped short of the margin is continued by a line starting with a word wider than the
 * space it left.
 */
function leadingWordWidth(text: string, size: number): number {
  const word = /^(?:[-+]?[\d,，.．]+(?:%|％|万元|亿元|元)?|[A-Za-z0-9]+)/.exec(text)?.[0] ?? "";
  return [...word].reduce((w, ch) => w + (CJK.test(ch) ? size : size * 0.55), 0);
}

function rejoinParagraphs(pages: LaidLine[][]): { text: string; page: number; lineOnPage: number }[] {
  const out: { text: string; page: number; lineOnPage: number; open: boolean; size: number; short?: { x1: number; right: number } }[] = [];
  pages.forEach((lines, p) => {
    const text = lines.filter((l) => l.kind === "text" && !l.text.includes("\t") && l.text.length >= 8);
    // Right margin: the right edge most long lines reach; left margin: the leftmost long line start.
    const rights = text.map((l) => l.x1).sort((a, b) => b - a);
    const right = rights.length > 0 ? rights[Math.min(rights.length - 1, Math.floor(rights.length * 0.2))] : Infinity;
    const left = text.length > 0 ? Math.min(...text.map((l) => l.x0)) : -Infinity;
    lines.forEach((line) => {
      const previous = out[out.length - 1];
      const single = line.kind === "text" && !line.text.includes("\t");
      const wordDidNotFit = (short: { x1: number; right: number } | undefined) =>
        short !== undefined && leadingWordWidth(line.text, line.size) > short.right - short.x1 - line.size * 0.5;
      const continues =
        single &&
        previous !== undefined &&
        (previous.open || wordDidNotFit(previous.short)) &&
        Math.abs(previous.size - line.size) <= 1 &&
        line.x0 <= left + line.size * 0.8 &&
        !STARTS_HEADING.test(line.text);
      // A line that stops short of the margin in mid-sentence, for the next line's word to say whether it ended.
      const shortOf = (l: LaidLine) =>
        single && text.length >= 2 && l.text.length >= 8 && !/[。；;：:！？!?”）)]$/.test(l.text) ? { x1: l.x1, right } : undefined;
      if (continues) {
        previous.text = joinPieces([previous.text, line.text]);
        previous.open = line.x1 >= right - line.size * 1.5 && !/[：:]$/.test(line.text);
        previous.short = previous.open ? undefined : shortOf(line);
        return;
      }
      out.push({
        text: line.text,
        page: p + 1,
        lineOnPage: line.lineOnPage,
        size: line.size,
        open: single && text.length >= 2 && line.x1 >= right - line.size * 1.5 && line.text.length >= 8 && !/[：:]$/.test(line.text),
        short: shortOf(line),
      });
    });
  });
  return out;
}

/**
 * Word writes the 文号 brackets 〔〕 of some documents in a simple-encoded font whose codes extract as
 * „ and ‟ (U+201E, U+201F) — marks Chinese text never uses. A pair of them around a short run of a
 * CJK line is taken back to the brackets printed (苏财预„2017‟19号 → 苏财预〔2017〕19号).
 */
function repairBrackets(line: string): string {
  return CJK.test(line) ? line.replace(/„([^„‟\t]{1,12})‟/g, "〔$1〕") : line;
}

/** Lays out every page of a document and rejoins its paragraphs: the reader's lines and their origins. */
export function layOutDocument(pages: PdfPageContent[]): PdfLines {
  const laidPages: LaidLine[][] = [];
  const pagesWithoutText: number[] = [];
  let previousGrid: Grid | undefined;
  pages.forEach((page, index) => {
    const { laid, lastGrid } = layOutPageGrids(page, previousGrid);
    previousGrid = lastGrid;
    if (!page.items.some((item) => typeof item.str === "string" && !isBlank(item.str))) pagesWithoutText.push(index + 1);
    laidPages.push(laid);
  });
  const joined = rejoinParagraphs(laidPages);
  return {
    lines: joined.map((l) => repairBrackets(l.text)),
    origins: joined.map((l) => ({ page: l.page, lineOnPage: l.lineOnPage })),
    pagesWithoutText,
    pageCount: pages.length,
  };
}
