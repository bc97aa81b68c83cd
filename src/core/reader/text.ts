/** Line-level clean-up shared by every part of the reader. */

/**
 * One line of the source text. Key and cells are computed lazily and cached: most lines are only
 * ever asked whether they are blank or could be a title, and the reader must stay fast.
 */
export class SourceLine {
  private folded: string | null = null;
  private split: string[] | null = null;
  private foldedCells: string[] | null = null;
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
      this.folded = WATERMARK.test(key) ? "" : key;
    }
    return this.folded;
  }

  get blank(): boolean {
    if (this.folded !== null) return this.folded === "";
    // Only a watermark line folds to "" without being blank: test for it before folding anything.
    return this.text.trim() === "" || (this.text.indexOf("仅供内部审核") >= 0 && this.key === "");
  }

  /** Each cell folded like the key (no spaces, half-width punctuation), computed once. */
  get cellKeys(): string[] {
    if (this.foldedCells === null) this.foldedCells = this.cells.map(foldKey);
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
      const cells = this.blank ? [] : this.text.indexOf("\t") >= 0 ? this.text.split("\t").map(trimCell) : [trimCell(this.text)];
      while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
      this.split = cells;
    }
    return this.split;
  }
}

const MARKUP = /<\/?[a-zA-Z][^>]*>|\*\*/g;
const WATERMARK = /^仅供内部审核$/;

const FOLD: Record<string, string> = {
  "（": "(",
  "）": ")",
  "：": ":",
  "；": ";",
  "，": ",",
  "“": '"',
  "”": '"',
  "＂": '"',
  "．": ".",
};
const SPACES = /[ \t\r\u3000\u00a0]+/g;
const FULL_WIDTH = /[（）：；，“”＂．]/;
const FULL_WIDTH_ALL = /[（）：；，“”＂．]/g;
const foldChar = (ch: string) => FOLD[ch] ?? ch;

/** Folds full-width punctuation and removes white space: the form every matcher sees. */
const NEEDS_FOLDING = /[ \t\r\u3000\u00a0（）：；，“”＂．]/;

export function foldKey(text: string): string {
  // Runs for many lines and cells: one test when nothing needs folding, plain replacement before the callback.
  if (!NEEDS_FOLDING.test(text)) return text;
  const compact = text.replace(SPACES, "");
  return FULL_WIDTH.test(compact) ? compact.replace(FULL_WIDTH_ALL, foldChar) : compact;
}

// String.prototype.trim also removes the ideographic space U+3000.
const trimCell = (cell: string) => cell.trim();

/** Removes markup some extractors add: tags, bold marks, a leading heading mark or bullet. */
function stripMarkup(line: string): string {
  if (line.indexOf("<") >= 0 || line.indexOf("*") >= 0) line = line.replace(MARKUP, "");
  let i = 0;
  while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++;
  const c = line[i];
  if (c === "#") return line.replace(/^\s*#{1,6}\s+/, "");
  if (c === "-" || c === "•") return line.replace(/^\s*[-•]\s+/, "");
  return line;
}

export function splitLines(text: string): SourceLine[] {
  const raw = (text.indexOf("\r") >= 0 ? text.replace(/\r\n?/g, "\n") : text).split("\n");
  const lines: SourceLine[] = new Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    let line = raw[i];
    if (i === 0 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    lines[i] = new SourceLine(i + 1, stripMarkup(line));
  }
  return lines;
}

const CJK = /[\u4e00-\u9fff]/;
export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/** A table-of-contents entry: dot leaders, or a trailing page-number cell. */
export function isTocLine(line: SourceLine): boolean {
  if (/\.{3,}|…|·{3,}/.test(line.key)) return true;
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
