/**
 * English all the way: the CLI (--lang en, LANG=en_US…) over the five seeds and the corpus's text
 * fixtures prints no Chinese outside quoted document text (“…”), in check, parse, --report and --json.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../build";
import { CORPUS_TEXT_DIR, SEED_DIR, TEXT_FIXTURES } from "../helpers";
import { tempDir } from "../support/tempDir";
import { encryptedPdf, scannedPdf } from "../support/pdfFixtures";
import { CJK, withoutQuotes } from "../../src/core/messages";
import { readDisclosure } from "../../src/core/reader";
import { checkDisclosure } from "../../src/core/rules";
import { mergeFindings } from "../../src/core/findings/merge";
import { findingsToJson } from "../../src/core/json";

const CLI = join(ROOT, "build", "cli", "src", "cli", "main.js");
const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, env: { ...process.env, LANG: "C", ...env } });

const FIXTURES = TEXT_FIXTURES;

/** The lines that hold Chinese outside quoted document text. */
function chineseLeft(output: string): string[] {
  return output.split("\n").filter((line) => CJK.test(withoutQuotes(line)));
}

const tmp = tempDir("disclosure-en-");

test("the fixtures: five seeds and the corpus's text files", () => {
  expect(FIXTURES.filter((f) => f.startsWith(SEED_DIR))).toHaveLength(5);
  expect(FIXTURES.length).toBeGreaterThanOrEqual(20);
});

describe.each(FIXTURES.map((f) => [f.slice(ROOT.length + 1), f]))("%s in English", (_name, file) => {
  test("check and parse print no Chinese outside quotes (--lang en)", () => {
    for (const command of ["check", "parse"]) {
      const result = run([command, file, "--lang", "en"]);
      expect(result.stdout.length + result.stderr.length).toBeGreaterThan(0);
      expect(chineseLeft(result.stdout + result.stderr)).toEqual([]);
    }
  });

  test("every finding and warning has its English text (what --json gives as messageEn)", () => {
    const read = readDisclosure(readFileSync(file, "utf8"));
    if (!read.ok) {
      expect(chineseLeft(read.errorEn ?? read.error)).toEqual([]); // refused (a final accounts disclosure)
      return;
    }
    const json = findingsToJson(read.disclosure, mergeFindings(checkDisclosure(read.disclosure)));
    for (const f of json.findings) {
      expect(CJK.test(f.message)).toBe(true); // message stays Chinese: the --json contract
      expect(chineseLeft(f.messageEn ?? f.message)).toEqual([]);
      for (const place of f.places) expect(chineseLeft(place.labelEn ?? place.label)).toEqual([]);
    }
    for (const w of read.disclosure.warnings) expect(chineseLeft(w.messageEn ?? w.message)).toEqual([]);
  });
});

test("LANG=en_US.UTF-8 gives English as --lang en does, the default stays Chinese", () => {
  const seed = FIXTURES[0];
  const english = run(["check", seed], { LANG: "en_US.UTF-8", LC_ALL: "", LC_MESSAGES: "", DISCLOSURE_LANG: "" });
  expect(english.stdout).toMatch(/budget disclosure: findings/);
  expect(english.stdout).toBe(run(["check", seed, "--lang", "en"]).stdout);
  expect(run(["check", seed], { LC_ALL: "", LC_MESSAGES: "", DISCLOSURE_LANG: "" }).stdout).toMatch(/检查结果/);
});

test("--report in English: the CSV and HTML check sheets, rule descriptions and --help", () => {
  const seed = FIXTURES[0];
  for (const kind of ["csv", "html"]) {
    const out = join(tmp, `report-en.${kind}`);
    const result = run(["check", seed, "--lang", "en", "--report", out]);
    expect(result.stdout).toMatch(/report written/);
    const text = readFileSync(out, "utf8");
    expect(text).toMatch(/Item checked/);
    expect(chineseLeft(text.replace(/^\ufeff/, ""))).toEqual([]);
  }
  expect(chineseLeft(run(["rules", "--lang", "en"]).stdout)).toEqual([]);
  // --help names the product in both languages once; the rest is English.
  expect(chineseLeft(run(["--help", "--lang", "en"]).stdout)).toEqual(["disclosure — budget disclosure assistant (预算公开助手)"]);
});

describe("compare --lang en: the comparison's text and findings in English", () => {
  const pairs = [
    ["fy-2017", "fy-2018"],
    ["jcy-2017", "jcy-2018"],
    ["rd-2017", "rd-2018"],
    ["putuo-qfb-2025-unit", "putuo-qfb-2025-dept"],
  ].map(([last, current]) => [last, current, join(CORPUS_TEXT_DIR, `${last}.txt`), join(CORPUS_TEXT_DIR, `${current}.txt`)]);
  test.each(pairs)("%s → %s", (_last, _current, last, current) => {
    const english = run(["compare", last, current, "--lang", "en"]);
    expect(english.stdout).toMatch(/^Comparison with last year: /);
    expect(chineseLeft(english.stdout + english.stderr)).toEqual([]);
    // The same findings as in Chinese, and --json keeps the Chinese message beside messageEn.
    const chinese = run(["compare", last, current]);
    expect(english.status).toBe(chinese.status);
    const json = JSON.parse(run(["compare", last, current, "--json"]).stdout) as { findings: { message: string; messageEn?: string }[] };
    for (const f of json.findings) {
      expect(CJK.test(f.message)).toBe(true);
      expect(chineseLeft(f.messageEn ?? f.message)).toEqual([]);
    }
  });

  test("the rd pair's real error in English: the stated 1312.56% against last year's published 128.43", () => {
    const [, , last, current] = pairs[2];
    expect(run(["compare", last, current, "--lang", "en"]).stdout).toMatch(/rate of change 1312\.56%.*128\.43 \(10k yuan\) it should be 1212\.56%/);
  });
});

test("PDF refusals in English: encrypted, scanned, damaged, a missing file, and in a batch", () => {
  const cases: [string, Uint8Array, RegExp][] = [
    ["encrypted.pdf", encryptedPdf(), /This PDF is encrypted/],
    ["scanned.pdf", scannedPdf(), /This is a scan without a text layer/],
    ["damaged.pdf", new TextEncoder().encode("%PDF-1.4\nnot really a pdf"), /damaged|cannot be parsed/],
  ];
  for (const [name, bytes, expected] of cases) {
    const path = join(tmp, name);
    writeFileSync(path, bytes);
    const english = run(["check", path, "--lang", "en"]);
    expect(english.status).toBe(2);
    expect(english.stderr).toMatch(expected);
    expect(chineseLeft(english.stdout + english.stderr)).toEqual([]);
    expect(run(["check", path]).stderr).toMatch(/无法读取/); // Chinese by default
  }
  const missing = run(["check", join(tmp, "nowhere.pdf"), "--lang", "en"]);
  expect(missing.status).toBe(2);
  expect(chineseLeft(missing.stderr)).toEqual([]);
  const batch = run(["check", join(tmp, "scanned.pdf"), FIXTURES[0], "--lang", "en"]);
  expect(batch.stdout).toMatch(/scanned\.pdf.*This is a scan without a text layer/);
  expect(chineseLeft(batch.stdout + batch.stderr)).toEqual([]);
});
