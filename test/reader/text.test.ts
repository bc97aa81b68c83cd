import fc from "fast-check";
import { cleanLabel, endsSentence, endsWithWord, isPageNumberOrCaption, nextFigure, saysSameAsLastYear } from "../../src/core/reader/narrative";
import { isNumberPiece } from "../../src/core/reader/performance";
import { isSubjectCode } from "../../src/core/reader/tables";
import { SourceLine, foldKey, isTocLine, readLines, splitCells } from "../../src/core/reader/text";

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

describe("finding lines by content", () => {
  // Lines built from needles, markup (whose removal can join a needle's halves), BOM and line breaks.
  const PIECES = ["表", "第", "名", "称", "名称", "\u00a0", "<b>", "</b>", "**", "# ", "- ", " ", "\t", "a", "1", "\r\n", "\n", "\r", "\ufeff"];
  const documentText = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(""));
  const NEEDLES = ["表", "第", "名称", "\u00a0"];

  test("linesContaining finds every line holding a needle, and otherwise only lines that markup stripping changed", () => {
    fc.assert(
      fc.property(documentText, fc.nat(), fc.nat(), (text, a, b) => {
        const source = readLines(text);
        const rawLines = text.replace(/\r\n?/g, "\n").split("\n");
        const count = source.lines.length;
        const from = Math.min(a, b) % (count + 1);
        const to = from + (Math.max(a, b) % (count + 1 - from));
        const expected: number[] = [];
        for (let i = from; i < to; i++) {
          const holds = NEEDLES.some((n) => source.lines[i].text.includes(n));
          const changed = source.lines[i].text !== rawLines[i];
          if (holds || changed || NEEDLES.some((n) => rawLines[i].includes(n))) expected.push(i);
          // The contract: every line that holds a needle is found.
          if (holds && !source.linesContaining(NEEDLES, from, to).includes(i)) return false;
        }
        return JSON.stringify(source.linesContaining(NEEDLES, from, to)) === JSON.stringify(expected);
      }),
      { numRuns: 2000 },
    );
    expect(readLines("名<b>称</b>\n表\n\n第").linesContaining(["名称", "第"])).toEqual([0, 3]);
  });
});

describe("narrative and performance-table scanners", () => {
  const prefixText = fc
    .array(
      fc.constantFrom(
        " ",
        "\u3000",
        "\u2002",
        '"',
        "“",
        "”",
        "其中",
        "主要包括",
        "包括",
        "合计",
        "2025年",
        "2025年度",
        "大同市",
        "本单位",
        "我单位",
        "的",
        "支出",
        "增加",
        "减少",
        "增长",
        "下降",
        "下",
        "减",
        "增",
        "与上年",
        "相同",
        "持平",
        ",",
        "，",
        "。",
        "1",
      ),
      { maxLength: 10 },
    )
    .map((parts) => parts.join(""));

  const referenceLabel = (prefix: string, unit: string | null) => {
    let label = prefix.replace(/^[\s"“”]+|[\s"“”]+$/g, "");
    label = label.replace(/^(其中|主要包括|主要用于以下方面|支出包括|包括|共计|合计)/, "");
    label = label.replace(/^20\d\d年度?/, "");
    if (unit) label = label.replace(unit, "");
    label = label.replace(/^(本单位|本部门|我单位)/, "").replace(/^的/, "");
    return label.replace(/\s+/g, "");
  };

  test("cleanLabel strips what the regular expressions strip", () => {
    fc.assert(
      fc.property(prefixText, fc.constantFrom(null, "", "大同市"), (prefix, unit) => cleanLabel(prefix, unit) === referenceLabel(prefix, unit)),
      { numRuns: 3000 },
    );
  });

  test("the change words, sentence ends and 与上年…相同 are found as the regular expressions find them", () => {
    fc.assert(
      fc.property(prefixText, (text) => {
        const grew = /(增长|下降)\s*$/.exec(text)?.[1] ?? null;
        const changed = /(增加|减少)\s*$/.exec(text)?.[1] ?? null;
        const same = /^[,，]?\s*(与上年|与20\d\d年)[^,，;；。]*(相同|持平)/.test(text.slice(0, 16));
        return (
          endsWithWord(text, "增长", "下降") === grew &&
          endsWithWord(text, "增加", "减少") === changed &&
          endsSentence(text) === /[。;；:：!！？?]$/.test(text) &&
          saysSameAsLastYear(text, 0) === same &&
          isPageNumberOrCaption(text) === (/^\d{1,3}$/.test(text) || /(结构图|分布图)$/.test(text))
        );
      }),
      { numRuns: 3000 },
    );
    expect(saysSameAsLastYear("，与上年预算数相同。", 0)).toBe(true);
    expect(endsWithWord("比上年增加 ", "增加", "减少")).toBe("增加");
  });

  test("isNumberPiece accepts the cells /^[\\d,][\\d,.\\s]*$/ accepts that hold a digit", () => {
    const cell = fc.array(fc.constantFrom("1", "0", ",", ".", " ", "\u2002", "\u3000", "元", "a", "-"), { maxLength: 8 }).map((p) => p.join(""));
    fc.assert(
      fc.property(cell, (text) => isNumberPiece(text) === (/^[\d,][\d,.\s]*$/.test(text) && /\d/.test(text))),
      { numRuns: 3000 },
    );
  });

  test("nextFigure finds the figures /(\\d[\\d,，]*(?:\\s*\\.\\s*\\d+)?)\\s*(万元|元|%|％|个)/g finds", () => {
    const FIGURE = /(\d[\d,，]*(?:\s*\.\s*\d+)?)\s*(万元|元|%|％|个)/g;
    const text = fc
      .array(fc.constantFrom("1", "2", "0", ",", "，", ".", " ", "\u3000", "\n", "万", "元", "万元", "%", "％", "个", "年", "增长", "占"), { maxLength: 24 })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, (input) => {
        const expected: string[] = [];
        for (const m of input.matchAll(FIGURE)) expected.push(`${m.index}:${m[1]}:${m[2]}:${m[0].length}`);
        const found: string[] = [];
        for (let m = nextFigure(input, 0); m !== null; m = nextFigure(input, m.end)) {
          found.push(`${m.start}:${input.slice(m.start, m.numberEnd)}:${m.unit}:${m.end - m.start}`);
        }
        return JSON.stringify(found) === JSON.stringify(expected);
      }),
      { numRuns: 5000 },
    );
  });
});

describe("table scanners", () => {
  test("isSubjectCode accepts what /^\\d{3}(?:\\d{2}){0,2}$/ accepts", () => {
    const text = fc.array(fc.constantFrom("1", "2", "0", "9", "a", " ", "１", "-"), { maxLength: 9 }).map((p) => p.join(""));
    fc.assert(
      fc.property(text, (input) => isSubjectCode(input) === /^\d{3}(?:\d{2}){0,2}$/.test(input)),
      { numRuns: 3000 },
    );
  });
});
