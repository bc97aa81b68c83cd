/** Line-level clean-up shared by every part of the reader. */

export interface SourceLine {
  /** 1-based line number in the source text. */
  no: number;
  /** Cells split on tabs, trimmed, markup removed, trailing empty cells dropped. */
  cells: string[];
  /** All cells joined without spaces and with full-width punctuation folded: for matching. */
  key: string;
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
  "　": "",
  "．": ".",
  "、": "、",
};

/** Folds full-width punctuation and removes white space: the form every matcher sees. */
export function foldKey(text: string): string {
  let out = "";
  for (const ch of text) {
    if (ch === " " || ch === "\t" || ch === "\u3000" || ch === "\u00a0") continue;
    out += FOLD[ch] ?? ch;
  }
  return out;
}

function cleanCell(cell: string): string {
  return cell.replace(MARKUP, "").replace(/^[\s\u3000]+|[\s\u3000]+$/g, "");
}

export function splitLines(text: string): SourceLine[] {
  const raw = text.split(/\r\n|\n|\r/);
  const lines: SourceLine[] = new Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    let line = raw[i];
    if (i === 0 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    // Markdown-ish markup that some extractors add: headings and bullets.
    line = line.replace(/^\s*#{1,6}\s+/, "").replace(/^\s*[-•]\s+/, "");
    const cells = line.includes("\t") ? line.split("\t").map(cleanCell) : [cleanCell(line)];
    while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
    const key = foldKey(cells.join(""));
    lines[i] = { no: i + 1, cells, key: WATERMARK.test(key) ? "" : key };
    if (lines[i].key === "") lines[i].cells = [];
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
