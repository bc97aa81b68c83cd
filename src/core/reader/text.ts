/** Line-level clean-up shared by every part of the reader. */

/**
 * One line of the source text. Key and cells are computed lazily and cached: most lines are only
 * ever asked whether they are blank or could be a title, and the reader must stay fast.
 */
export class SourceLine {
  private folded: string | null = null;
  private split: string[] | null = null;
  private foldedCells: string[] | null = null;
  /** 0 not yet known, 1 blank, 2 not blank: asked of most lines more than once. */
  private blankState = 0;
  /** The first visible character's code (-1 for none; -2 not yet known). */
  private firstCode = -2;
  constructor(
    /** 1-based line number in the source text. */
    readonly no: number,
    /** The line with markup removed. */
    readonly text: string,
  ) {}

  /** The line without white space and with full-width punctuation folded: for matching. Watermarks fold to "". */
  get key(): string {
    if (this.folded === null) {
      const key = foldKey(this.text);
      this.folded = key === WATERMARK ? "" : key;
    }
    return this.folded;
  }

  get blank(): boolean {
    if (this.blankState === 0) {
      // Only a watermark line folds to "" without being blank, and it starts with 仅: fold nothing else.
      const first = this.firstVisible;
      this.blankState = first < 0 || (first === 0x4ec5 && this.key === "") ? 1 : 2;
    }
    return this.blankState === 1;
  }

  /** The code of the first character that String.prototype.trim would keep; -1 for a blank text. */
  get firstVisible(): number {
    if (this.firstCode === -2) this.firstCode = firstVisible(this.text);
    return this.firstCode;
  }

  /** Each cell folded like the key (no spaces, half-width punctuation), computed once. */
  get cellKeys(): string[] {
    // Cells are tab-free slices of the line: if nothing but tabs would fold, each cell is its own key.
    if (this.foldedCells === null) this.foldedCells = FOLDS_BESIDES_TABS.test(this.text) ? this.cells.map(foldKey) : this.cells;
    return this.foldedCells;
  }

  /** One cell folded, without folding the others (most matchers look at one or two cells). */
  cellKey(index: number): string {
    if (this.foldedCells !== null) return this.foldedCells[index] ?? "";
    const cell = this.cells[index];
    return cell === undefined ? "" : foldKey(cell);
  }

  /** Cells split on tabs, trimmed, trailing empty cells dropped. */
  get cells(): string[] {
    if (this.split === null) {
      this.split = this.blank ? [] : splitCells(this.text);
    }
    return this.split;
  }
}

const MARKUP = /<\/?[a-zA-Z][^>]*>|\*\*/g;
/** A line that folds to exactly this is a watermark, not content. */
const WATERMARK = "仅供内部审核";

const FOLDS_BESIDES_TABS = /[ \r\u3000\u00a0（）：；，“”＂．]/;

/** Folds full-width punctuation and removes white space: the form every matcher sees. */
const NEEDS_FOLDING = /[ \t\r\u3000\u00a0（）：；，“”＂．]/;

export function foldKey(text: string): string {
  // Runs for many lines and cells: one test when nothing needs folding, else one scan copying runs
  // of unchanged characters (regular-expression replacement with a callback costs twice as much).
  if (!NEEDS_FOLDING.test(text)) return text;
  let folded = "";
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const replacement = foldedChar(text.charCodeAt(i));
    if (replacement === null) continue;
    if (i > run) folded += text.slice(run, i);
    folded += replacement;
    run = i + 1;
  }
  return run < text.length ? folded + text.slice(run) : folded;
}

/** What a character folds to ("" for white space), or null when it stays. */
function foldedChar(c: number): string | null {
  switch (c) {
    case 32:
    case 9:
    case 13:
    case 0x3000:
    case 0xa0:
      return "";
    case 0xff08:
      return "(";
    case 0xff09:
      return ")";
    case 0xff1a:
      return ":";
    case 0xff1b:
      return ";";
    case 0xff0c:
      return ",";
    case 0x201c:
    case 0x201d:
    case 0xff02:
      return '"';
    case 0xff0e:
      return ".";
    default:
      return null;
  }
}

/** The first character that String.prototype.trim would keep, as a char code; -1 for a blank text. */
export function firstVisible(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isWhiteSpace(c)) return c;
  }
  return -1;
}

/** The characters String.prototype.trim removes and /\s/ matches (white space and line terminators, incl. U+3000). */
export function isWhiteSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * A line's cells: split on tabs, each trimmed, trailing empty cells dropped. One scan with indexOf
 * and slices, no intermediate arrays: this runs for every table line.
 */
export function splitCells(text: string): string[] {
  // Trailing empty cells are dropped: split only up to the last visible character.
  let length = text.length;
  while (length > 0 && isWhiteSpace(text.charCodeAt(length - 1))) length--;
  const cells: string[] = [];
  let from = 0;
  while (length > 0) {
    let tab = text.indexOf("\t", from);
    if (tab >= length) tab = -1;
    const end = tab < 0 ? length : tab;
    let start = from;
    let stop = end;
    while (start < stop && isWhiteSpace(text.charCodeAt(start))) start++;
    while (stop > start && isWhiteSpace(text.charCodeAt(stop - 1))) stop--;
    cells.push(start === stop ? "" : start === 0 && stop === text.length ? text : text.slice(start, stop));
    if (tab < 0) break;
    from = tab + 1;
  }
  return cells;
}

/** Removes markup some extractors add: tags, bold marks, a leading heading mark or bullet. */
function stripMarkup(line: string, mayHaveTags: boolean): string {
  if (mayHaveTags) line = line.replace(MARKUP, "");
  let i = 0;
  while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++;
  // Char codes, not line[i]: indexing a CJK line would allocate a one-character string per line.
  const c = line.charCodeAt(i);
  if (c === 0x23) return line.replace(/^\s*#{1,6}\s+/, ""); // #
  if (c === 0x2d || c === 0x2022) return line.replace(/^\s*[-•]\s+/, ""); // - •
  return line;
}

/**
 * The source split into lines, with what it takes to find lines by their content without visiting
 * every line: each line's start in the normalized text, and which lines markup stripping changed.
 */
export class SourceText {
  constructor(
    readonly lines: SourceLine[],
    /** The text with CR LF and CR turned into LF: what the offsets below point into. */
    private readonly normalized: string,
    /** Where each line starts in `normalized`. */
    private readonly starts: Int32Array,
    /** The lines whose text is not their raw slice (markup stripped, BOM removed), in order. */
    private readonly changed: number[],
  ) {}

  /**
   * Indexes, in order, of the lines in [from, to) that may hold any of the needles: every line whose
   * text holds one is among them. One indexOf over the whole text per needle instead of one per line:
   * most readers look for a word that few lines carry. Lines changed by markup stripping are always
   * included, since removing a tag can join the halves of a needle.
   */
  linesContaining(needles: readonly string[], from = 0, to = this.lines.length): number[] {
    if (to <= from) return [];
    const found: number[] = [];
    const end = to < this.lines.length ? this.starts[to] : this.normalized.length;
    for (const needle of needles) {
      for (let at = this.normalized.indexOf(needle, this.starts[from]); at >= 0 && at < end;) {
        const line = this.lineAt(at, from, to);
        found.push(line);
        if (line + 1 >= to) break;
        at = this.normalized.indexOf(needle, this.starts[line + 1]); // the next line that holds it
      }
    }
    for (const line of this.changed) if (line >= from && line < to) found.push(line);
    if (found.length < 2) return found;
    // Each needle's lines come in order; together they need sorting and duplicates dropped.
    const sorted = Int32Array.from(found).sort();
    const lines: number[] = [sorted[0]];
    for (let i = 1; i < sorted.length; i++) if (sorted[i] !== sorted[i - 1]) lines.push(sorted[i]);
    return lines;
  }

  /** The index of the line in [from, to) holding the offset (binary search over the line starts). */
  private lineAt(offset: number, from: number, to: number): number {
    let lo = from;
    let hi = to - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

export function splitLines(text: string): SourceLine[] {
  return readLines(text).lines;
}

export function readLines(text: string): SourceText {
  const normalized = text.indexOf("\r") >= 0 ? text.replace(/\r\n?/g, "\n") : text;
  const raw = normalized.split("\n");
  const lines: SourceLine[] = new Array(raw.length);
  const starts = new Int32Array(raw.length);
  const changed: number[] = [];
  // Where tags (<) or bold marks (*) can be: found with indexOf over the whole text, not twice per line.
  const next = (char: string, from: number) => {
    const at = normalized.indexOf(char, from);
    return at < 0 ? Infinity : at;
  };
  let nextAngle = next("<", 0);
  let nextStar = next("*", 0);
  let lineStart = 0;
  for (let i = 0; i < raw.length; i++) {
    const rawLine = raw[i];
    let line = rawLine;
    starts[i] = lineStart;
    const lineEnd = lineStart + line.length;
    const hasTagChar = nextAngle < lineEnd || nextStar < lineEnd;
    if (nextAngle < lineEnd) nextAngle = next("<", lineEnd);
    if (nextStar < lineEnd) nextStar = next("*", lineEnd);
    lineStart = lineEnd + 1;
    if (i === 0 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    // Markup is a tag or bold mark, or a heading mark or bullet after leading spaces: most lines start
    // with none of these characters and are taken as they are.
    const c = line.charCodeAt(0);
    if (hasTagChar || c === 32 || c === 9 || c === 0x23 || c === 0x2d || c === 0x2022) line = stripMarkup(line, hasTagChar);
    if (line !== rawLine) changed.push(i);
    lines[i] = new SourceLine(i + 1, line);
  }
  return new SourceText(lines, normalized, starts, changed);
}

const CJK = /[\u4e00-\u9fff]/;
export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/**
 * Dot leaders as the folded key would show them (/\.{3,}|…|·{3,}/), found in the raw text: folding
 * removes white space between the dots and turns ． into ".". Paragraphs full of decimals are not folded.
 */
const LEADERS = /[.．][ \t\r\u3000\u00a0]*[.．][ \t\r\u3000\u00a0]*[.．]|…|·[ \t\r\u3000\u00a0]*·[ \t\r\u3000\u00a0]*·/;

/** A table-of-contents entry: dot leaders, or a trailing page-number cell. */
export function isTocLine(line: SourceLine): boolean {
  if (LEADERS.test(line.text)) return true;
  const last = line.cells[line.cells.length - 1];
  return line.cells.length >= 2 && /^\d{1,3}$/.test(last ?? "");
}

const NUMERALS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

/** 一 … 九十九 to a number; null if not a Chinese numeral. */
export function chineseNumeral(text: string): number | null {
  if (!/^[一二三四五六七八九十]{1,3}$/.test(text)) return null;
  if (text === "十") return 10;
  const tenAt = text.indexOf("十");
  if (tenAt < 0) return text.length === 1 ? NUMERALS[text] : null;
  const tens = tenAt === 0 ? 1 : NUMERALS[text[0]];
  const units = tenAt === text.length - 1 ? 0 : NUMERALS[text[tenAt + 1]];
  return tens * 10 + units;
}
