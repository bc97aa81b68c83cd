import * as iconv from "iconv-lite";
import { decodeDisclosureBytes, linesWithReplacements } from "../../src/core/reader/decode";
import { seedText } from "../helpers";

const text = seedText("002_5fdab3ab01a01bfd.txt");
const utf8 = Buffer.from(text, "utf8");

test("clean UTF-8 and GB18030 decode without replacements", () => {
  expect(decodeDisclosureBytes(utf8)).toEqual({ text, encoding: "utf-8", replaced: 0 });
  expect(decodeDisclosureBytes(iconv.encode(text, "gb18030"))).toEqual({ text, encoding: "gb18030", replaced: 0 });
});

test("a few stray bytes in UTF-8 stay UTF-8, each replaced once", () => {
  const damaged = Buffer.from(utf8);
  damaged[1000] = 0xff;
  damaged[20000] = 0xfe;
  const decoded = decodeDisclosureBytes(damaged);
  expect(decoded.encoding).toBe("utf-8");
  expect(decoded.binary).toBeUndefined();
  expect(decoded.replaced).toBeGreaterThanOrEqual(2);
  expect(decoded.replaced).toBeLessThanOrEqual(6); // a byte inside a 3-byte character can take its neighbours with it
});

test("a file cut in the middle of a character: one replacement at the end", () => {
  const decoded = decodeDisclosureBytes(Buffer.concat([utf8, Buffer.from("预").subarray(0, 2)]));
  expect(decoded).toMatchObject({ encoding: "utf-8", replaced: 1 });
  expect(decoded.text.endsWith("\ufffd")).toBe(true);
});

test("UTF-16 without a BOM, either byte order", () => {
  const le = Buffer.from(text, "utf16le");
  expect(decodeDisclosureBytes(le)).toEqual({ text, encoding: "utf-16le", replaced: 0 });
  expect(decodeDisclosureBytes(Buffer.from(le).swap16())).toEqual({ text, encoding: "utf-16be", replaced: 0 });
});

test("binary by its magic number or its control characters", () => {
  expect(decodeDisclosureBytes(Buffer.from("%PDF-1.4\n1 0 obj")).binary).toBe("pdf");
  expect(decodeDisclosureBytes(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])).binary).toBe("image");
  const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
  expect(decodeDisclosureBytes(noise).binary).toBe("other");
  // Form feeds (pdftotext's page breaks) are text.
  expect(decodeDisclosureBytes(Buffer.from(text.replace(/\n\n/g, "\n\f\n"), "utf8")).binary).toBeUndefined();
});

test("the lines holding replacements, each once", () => {
  expect(linesWithReplacements("a\n\ufffd\ufffdb\nc\n\ufffd")).toEqual([2, 4]);
  expect(linesWithReplacements("\ufffd")).toEqual([1]);
  expect(linesWithReplacements(text)).toEqual([]);
});
