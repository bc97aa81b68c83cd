import fc from "fast-check";
import { SourceLine, foldKey, isTocLine, splitCells } from "../../src/core/reader/text";

// The reader's line primitives are hand-written scanners for speed. Each is checked here against the
// plain regular-expression form it replaces, on strings built from the characters that matter.
const ALPHABET = [
  "\t",
  " ",
  "\u3000",
  "\u00a0",
  "\u2002",
  "\r",
  "（",
  "）",
  "：",
  "；",
  "，",
  "“",
  "”",
  "＂",
  "．",
  ".",
  "…",
  "·",
  "表",
  "合",
  "计",
  "仅供内部审核",
  "1",
  "2",
  "a",
];
const lineText = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 24 }).map((parts) => parts.join(""));
// Leaders are dots and white space: drawn from those alone, runs of three turn up often.
const leaderText = fc
  .array(fc.constantFrom(".", "．", "…", "·", " ", "\u00a0", "\u3000", "\t", "\u2002", "\r", "1", "表"), { maxLength: 12 })
  .map((parts) => parts.join(""));

const FOLD: Record<string, string> = { "（": "(", "）": ")", "：": ":", "；": ";", "，": ",", "“": '"', "”": '"', "＂": '"', "．": "." };
const referenceFold = (text: string) => text.replace(/[ \t\r\u3000\u00a0]+/g, "").replace(/[（）：；，“”＂．]/g, (c) => FOLD[c]);
const referenceCells = (text: string) => {
  const cells = text.split("\t").map((c) => c.trim());
  while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
  return cells;
};

describe("reader line primitives", () => {
  test("foldKey removes the same white space and folds the same punctuation as the regular expressions", () => {
    fc.assert(
      fc.property(lineText, (text) => foldKey(text) === referenceFold(text)),
      { numRuns: 2000 },
    );
  });

  test("splitCells splits on tabs, trims each cell as String.prototype.trim does, drops trailing empty cells", () => {
    fc.assert(
      fc.property(lineText, (text) => JSON.stringify(splitCells(text)) === JSON.stringify(referenceCells(text))),
      { numRuns: 2000 },
    );
    expect(splitCells("项目名称\t\tJ残疾人\t\t\t\t\t")).toEqual(["项目名称", "", "J残疾人"]);
    expect(splitCells("\u2002合计\u2002\t 1 ")).toEqual(["合计", "1"]);
  });

  test("a line's cell keys are its cells folded, whether or not anything besides tabs folds", () => {
    fc.assert(
      fc.property(lineText, (text) => {
        const line = new SourceLine(1, text);
        return JSON.stringify(line.cellKeys) === JSON.stringify(line.cells.map(referenceFold));
      }),
      { numRuns: 2000 },
    );
  });

  test("blank means nothing but white space, or a watermark", () => {
    fc.assert(
      fc.property(lineText, (text) => {
        const watermark = referenceFold(text) === "仅供内部审核";
        return new SourceLine(1, text).blank === (text.trim() === "" || watermark);
      }),
      { numRuns: 2000 },
    );
  });

  test("dot leaders are found in the raw text exactly when the folded key shows them", () => {
    fc.assert(
      fc.property(fc.oneof(lineText, leaderText), (text) => {
        const line = new SourceLine(1, text);
        const key = referenceFold(text) === "仅供内部审核" ? "" : referenceFold(text);
        const cells = line.cells;
        const pageNumber = cells.length >= 2 && /^\d{1,3}$/.test(cells[cells.length - 1] ?? "");
        return isTocLine(line) === (/\.{3,}|…|·{3,}/.test(key) || pageNumber);
      }),
      { numRuns: 2000 },
    );
  });
});
