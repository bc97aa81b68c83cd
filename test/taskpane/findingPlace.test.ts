/**
 * The pane's place text of a finding: its source lines and, when the document was read from a PDF, the
 * page they are printed on — on a real published PDF (Jiangsu 人大 2018, whose page 21 states 增长1312.56%
 * where 1557.29 over 128.43 is 1212.56%) and on a text, which has no pages.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readDisclosure } from "../../src/core/reader";
import { checkDisclosure } from "../../src/core/rules";
import { attachPages } from "../../src/core/sources/pdfSource";
import { readPdfBytes } from "../../src/pdf/node";
import { placeText, prepareFindings } from "../../src/taskpane/findingView";
import { stringsFor } from "../../src/taskpane/strings";
import { readSeed } from "../helpers";

const zh = stringsFor("zh-CN");

const PDF = join(__dirname, "..", "fixtures", "corpus", "jiangsu-budget", "rd-2018.pdf");

test("a finding read from a PDF names its page after its lines: 原文第N行，第21页", async () => {
  const source = await readPdfBytes(new Uint8Array(readFileSync(PDF)), "rd-2018.pdf");
  const read = readDisclosure(source.text);
  if (!read.ok) throw new Error(read.error);
  const shown = prepareFindings(attachPages(checkDisclosure(read.disclosure), source));
  const rate = shown.find((f) => f.message.includes("1312.56%"))!;
  expect(rate).toBeDefined();
  expect(placeText(rate, rate.places[0], zh)).toMatch(/^原文第\d+行，第21页$/);
  // Every place of every located finding, merged or not, says its page.
  for (const f of shown) for (const p of f.places) if (p.lines.length > 0) expect(placeText(f, p, zh)).toMatch(/行，第[\d、]+页$/);
}, 60_000);

test("a finding read from a text has lines only", () => {
  const shown = prepareFindings(checkDisclosure(readSeed("000_206854ab748b39c9.txt")));
  const located = shown.filter((f) => f.lines.length > 0);
  expect(located.length).toBeGreaterThan(0);
  for (const f of located) for (const p of f.places) expect(placeText(f, p, zh)).not.toContain("页");
});
