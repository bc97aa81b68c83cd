/**
 * Decodes a disclosure file's bytes: UTF-8 (with or without BOM), UTF-16 (with or without BOM), or
 * GB18030/GBK, which is what Chinese Windows tools save. Uses the standard TextDecoder (browsers and Node).
 *
 * A few bad bytes (a stray byte, a file cut in the middle of a character) do not make a text file
 * binary: the encoding that needs the fewest replacements wins, the bad bytes become U+FFFD and the
 * reader warns about the lines that hold them. Only what is really binary is refused.
 */
export interface Decoded {
  text: string;
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "gb18030";
  /** Bytes that could not be decoded, each replaced by U+FFFD in `text`. */
  replaced: number;
  /** Set when the bytes are a known binary format or no text encoding fits them. */
  binary?: BinaryKind;
}

export type BinaryKind = "pdf" | "office" | "image" | "archive" | "other";

const MAGIC: readonly { kind: BinaryKind; bytes: number[] }[] = [
  { kind: "pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { kind: "office", bytes: [0x50, 0x4b, 0x03, 0x04] }, // .docx/.xlsx are zip files; told apart below
  { kind: "office", bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] }, // .doc/.xls (OLE)
  { kind: "office", bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66] }, // {\rtf
  { kind: "image", bytes: [0x89, 0x50, 0x4e, 0x47] }, // PNG
  { kind: "image", bytes: [0xff, 0xd8, 0xff] }, // JPEG
  { kind: "image", bytes: [0x47, 0x49, 0x46, 0x38] }, // GIF8
  { kind: "image", bytes: [0x49, 0x49, 0x2a, 0x00] }, // TIFF
  { kind: "image", bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { kind: "archive", bytes: [0x52, 0x61, 0x72, 0x21] }, // Rar!
  { kind: "archive", bytes: [0x37, 0x7a, 0xbc, 0xaf] }, // 7z
  { kind: "archive", bytes: [0x1f, 0x8b] }, // gzip
];

function magicKind(bytes: Uint8Array): BinaryKind | null {
  for (const m of MAGIC) if (m.bytes.length <= bytes.length && m.bytes.every((b, i) => bytes[i] === b)) return m.kind;
  return null;
}

function countReplacements(text: string): number {
  let count = 0;
  for (let at = text.indexOf("\ufffd"); at >= 0; at = text.indexOf("\ufffd", at + 1)) count++;
  return count;
}

const SAMPLE = 64 * 1024;

/**
 * UTF-16 without a BOM: text in UTF-16 has a zero byte in every ASCII character (tabs, digits, line
 * ends, of which a disclosure has many), all on the same side of each pair. Binary data has zeros on
 * both sides; UTF-8 and GB18030 text has none.
 */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const end = Math.min(bytes.length, SAMPLE) & ~1;
  if (end < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < end; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = end / 2;
  if (odd >= pairs * 0.05 && even <= odd * 0.05) return "utf-16le";
  if (even >= pairs * 0.05 && odd <= even * 0.05) return "utf-16be";
  return null;
}

function decodeAs(encoding: Decoded["encoding"], bytes: Uint8Array): Decoded {
  const text = new TextDecoder(encoding).decode(bytes);
  return { text, encoding, replaced: countReplacements(text) };
}

/** Characters that never occur in text: controls other than tab, line feed, form feed and carriage return. */
function controlShare(text: string): number {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) controls++;
  }
  return sample.length === 0 ? 0 : controls / sample.length;
}

export function decodeDisclosureBytes(bytes: Uint8Array): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeAs("utf-8", bytes.subarray(3));
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs("utf-16le", bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs("utf-16be", bytes.subarray(2));
  const magic = magicKind(bytes);
  const utf16 = utf16WithoutBom(bytes);
  if (utf16 && !magic) {
    const decoded = decodeAs(utf16, bytes);
    if (decoded.replaced <= decoded.text.length * 0.01 && controlShare(decoded.text) <= 0.01) return decoded;
  }
  let best = decodeAs("utf-8", bytes);
  if (best.replaced > 0) {
    // Not clean UTF-8: GB18030 (a superset of GBK and GB2312) unless it fits worse than UTF-8 with a few bad bytes.
    const gb = decodeAs("gb18030", bytes);
    if (gb.replaced < best.replaced) best = gb;
  }
  const binary = magic ?? (controlShare(best.text) > 0.01 || best.replaced > best.text.length * 0.3 ? "other" : undefined);
  return binary ? { ...best, binary } : best;
}

/** The 1-based numbers of the lines that hold U+FFFD, the mark of bytes that could not be decoded. */
export function linesWithReplacements(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let counted = 0;
  for (let at = text.indexOf("\ufffd"); at >= 0; at = text.indexOf("\ufffd", at + 1)) {
    for (let nl = text.indexOf("\n", counted); nl >= 0 && nl < at; nl = text.indexOf("\n", nl + 1)) {
      line++;
      counted = nl + 1;
    }
    if (lines[lines.length - 1] !== line) lines.push(line);
  }
  return lines;
}
