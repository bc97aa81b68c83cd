/**
 * Ruling lines from a page's operator list (pdf.js getOperatorList): the thin filled rectangles and
 * stroked segments that draw a table's grid, in page space (y up, the same space as the text items).
 * Pure data in, pure data out: the pdf.js adapter passes the operator codes (pdf.js's OPS object).
 */

/** A straight ruling: horizontal (y1 === y2) or vertical (x1 === x2), x1 ≤ x2 and y1 ≤ y2. */
export interface Ruling {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The operator codes this reads, by pdf.js's names (pass pdf.js's OPS). */
export interface OperatorCodes {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
}

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m: Matrix, n: Matrix): Matrix {
  // n applied first, then m (PDF's cm: new CTM = n × CTM).
  return [
    n[0] * m[0] + n[1] * m[2],
    n[0] * m[1] + n[1] * m[3],
    n[2] * m[0] + n[3] * m[2],
    n[2] * m[1] + n[3] * m[3],
    n[4] * m[0] + n[5] * m[2] + m[4],
    n[4] * m[1] + n[5] * m[3] + m[5],
  ];
}

function isMatrix(value: unknown): value is Matrix {
  return (Array.isArray(value) || ArrayBuffer.isView(value)) && (value as ArrayLike<unknown>).length === 6;
}

/** A rectangle thinner than this (in points) is a line, not a shaded area. */
const THIN = 3;
/** Shorter than this, a mark is not a ruling (dots, hyphens of dashed lines, glyph-like bits). */
const MIN_LENGTH = 4;

/** DrawOPS of pdf.js 4/5 path data. */
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUADRATIC_CURVE_TO = 3;
const CLOSE_PATH = 4;

function pushSegment(out: Ruling[], ax: number, ay: number, bx: number, by: number) {
  const dx = Math.abs(ax - bx);
  const dy = Math.abs(ay - by);
  if (dy <= 0.5 && dx >= MIN_LENGTH) {
    const y = (ay + by) / 2;
    out.push({ x1: Math.min(ax, bx), y1: y, x2: Math.max(ax, bx), y2: y });
  } else if (dx <= 0.5 && dy >= MIN_LENGTH) {
    const x = (ax + bx) / 2;
    out.push({ x1: x, y1: Math.min(ay, by), x2: x, y2: Math.max(ay, by) });
  }
}

/** A closed subpath of four points that is an axis-aligned box: its bounds, else null. */
function boxOf(points: number[]): { x1: number; y1: number; x2: number; y2: number } | null {
  if (points.length < 8 || points.length > 10) return null;
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < 8; i += 2) {
    xs.push(points[i]);
    ys.push(points[i + 1]);
  }
  for (let i = 0; i < 4; i++) {
    const j = (i + 1) % 4;
    if (Math.abs(xs[i] - xs[j]) > 0.5 && Math.abs(ys[i] - ys[j]) > 0.5) return null;
  }
  return { x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) };
}

function subpathRulings(out: Ruling[], points: number[], filled: boolean, stroked: boolean) {
  const box = boxOf(points);
  if (box) {
    const w = box.x2 - box.x1;
    const h = box.y2 - box.y1;
    if (h <= THIN && w >= MIN_LENGTH) return void pushSegment(out, box.x1, (box.y1 + box.y2) / 2, box.x2, (box.y1 + box.y2) / 2);
    if (w <= THIN && h >= MIN_LENGTH) return void pushSegment(out, (box.x1 + box.x2) / 2, box.y1, (box.x1 + box.x2) / 2, box.y2);
    if (!stroked) return; // a shaded area, not a line
  } else if (filled && !stroked) {
    return;
  }
  for (let i = 0; i + 3 < points.length; i += 2) pushSegment(out, points[i], points[i + 1], points[i + 2], points[i + 3]);
}

/**
 * Walks the operator list keeping the current transformation matrix, and returns every horizontal and
 * vertical ruling painted (stroked or filled). Clipping paths (endPath) and curves are ignored.
 */
export function rulingsFromOperators(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, ops: OperatorCodes): Ruling[] {
  const out: Ruling[] = [];
  let ctm: Matrix = IDENTITY;
  const stack: Matrix[] = [];
  const strokes = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const fills = new Set([ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === ops.transform && args && args.length === 6) ctm = multiply(ctm, args as unknown as Matrix);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      if (args && isMatrix(args[0])) ctm = multiply(ctm, Array.from(args[0] as ArrayLike<number>) as Matrix);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? IDENTITY;
    else if (fn === ops.constructPath && args) {
      const paint = args[0] as number;
      const stroked = strokes.has(paint);
      const filled = fills.has(paint);
      if (!stroked && !filled) continue;
      const data = (args[1] as ArrayLike<unknown> | undefined)?.[0] as ArrayLike<number> | undefined;
      if (!data || typeof data.length !== "number") continue;
      readPath(out, data, ctm, filled, stroked);
    }
  }
  return out;
}

function readPath(out: Ruling[], data: ArrayLike<number>, m: Matrix, filled: boolean, stroked: boolean) {
  let points: number[] = [];
  const flush = () => {
    if (points.length >= 4) subpathRulings(out, points, filled, stroked);
    points = [];
  };
  const add = (x: number, y: number) => points.push(m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]);
  for (let k = 0; k < data.length;) {
    const op = data[k];
    if (op === MOVE_TO) {
      flush();
      add(data[k + 1], data[k + 2]);
      k += 3;
    } else if (op === LINE_TO) {
      add(data[k + 1], data[k + 2]);
      k += 3;
    } else if (op === CURVE_TO) {
      flush(); // a curve is no ruling: start over after it
      k += 7;
    } else if (op === QUADRATIC_CURVE_TO) {
      flush();
      k += 5;
    } else if (op === CLOSE_PATH) {
      if (points.length >= 4 && !(points[0] === points[points.length - 2] && points[1] === points[points.length - 1])) points.push(points[0], points[1]);
      flush();
      k += 1;
    } else {
      return; // unknown path data: stop rather than misread
    }
  }
  flush();
}
