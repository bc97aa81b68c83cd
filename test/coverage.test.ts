import { computeCoverage, SHANXI_13, type CoverageTemplate } from "../src/core/coverage";
import { readDisclosure } from "../src/core/reader";
import { readSeed, seedText } from "./helpers";

const SEEDS = ["000_206854ab748b39c9.txt", "001_4cf549d8e949f1ac.txt", "002_5fdab3ab01a01bfd.txt", "003_dd2c9fa6441a52f3.txt", "004_6562e89d941fc7ec.txt"];

function read(text: string) {
  const result = readDisclosure(text);
  if (!result.ok) throw new Error(result.error);
  return result.disclosure;
}

test.each(SEEDS)("%s is read completely", (file) => {
  const coverage = computeCoverage(readSeed(file));
  expect(coverage).toMatchObject({ template: "shanxi-13", complete: true, problems: [], endsInside: null, replacedLines: [] });
  expect(coverage.tables.found).toHaveLength(13);
  expect(coverage.sections.found).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
});

test("seed 004 announces 4 targets and attaches 3: its own finding, not a gap in the reading", () => {
  expect(computeCoverage(readSeed(SEEDS[4])).performance).toEqual({ announced: 4, attached: 3, cutOff: false });
});

test("a table missing in the middle is named; the document is then incomplete", () => {
  const lines = seedText(SEEDS[0]).split("\n");
  const coverage = computeCoverage(read([...lines.slice(0, 293), ...lines.slice(303)].join("\n"))); // table 8
  expect(coverage.complete).toBe(false);
  expect(coverage.tables.missing).toEqual([8]);
  expect(coverage.problems).toEqual([
    { kind: "tables-missing", message: { zh: "未读到表8（13张表只读到12张）", en: "table 8 was not found (12 of 13 read)" } },
  ]);
});

test("a template supplies its own requirements as data", () => {
  const lines = seedText(SEEDS[2]).split("\n");
  const upToSectionTen = read(lines.slice(0, 652).join("\n")); // section 十一 starts on line 653
  expect(computeCoverage(upToSectionTen).sections.missing).toEqual([11, 12]);
  const tenSections: CoverageTemplate = { ...SHANXI_13, id: "ten-sections", sections: SHANXI_13.sections.slice(0, 10) };
  expect(computeCoverage(upToSectionTen, tenSections)).toMatchObject({ template: "ten-sections", complete: true, problems: [] });
});
