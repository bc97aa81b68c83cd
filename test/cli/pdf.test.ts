/** CLI contracts for PDFs: reading, pages in the report and in --json, and honest refusals (exit 2, nothing written). */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../build";
import { SEED_DIR } from "../helpers";
import { encryptedPdf, scannedPdf, textPdf } from "../support/pdfFixtures";

const CLI = join(ROOT, "build", "cli", "src", "cli", "main.js");
const CORPUS = join(ROOT, "test", "fixtures", "corpus");
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
const tmp = mkdtempSync(join(tmpdir(), "disclosure-pdf-cli-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const write = (name: string, bytes: Uint8Array) => {
  const path = join(tmp, name);
  writeFileSync(path, bytes);
  return path;
};

describe("refusals: a clear Chinese message, exit 2, no workbook written", () => {
  const cases: [string, () => Uint8Array, RegExp][] = [
    ["encrypted.pdf", encryptedPdf, /已加密/],
    ["scanned.pdf", scannedPdf, /这是扫描件，没有文字层/],
    ["truncated.pdf", () => readFileSync(join(CORPUS, "shanghai-budget", "putuo-qfb-2025-dept.pdf")).subarray(0, 2000), /已损坏或不是有效的PDF/],
    ["not-really.pdf", () => new Uint8Array(Buffer.from("这不是PDF文件\n".repeat(20))), /已损坏或不是有效的PDF/],
  ];
  test.each(cases)("%s", (name, bytes, message) => {
    const path = write(name, bytes());
    const output = join(tmp, `${name}.xlsx`);
    for (const args of [
      ["check", path],
      ["parse", path, "--json"],
      ["import", path, "-o", output],
    ]) {
      const result = run(...args);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/Error|at |node:/);
      expect(result.stdout).toBe("");
    }
    expect(existsSync(output)).toBe(false);
  });

  test("text copied out of a PDF viewer (spaces, no TAB) is refused, not read as empty tables", () => {
    const seed = readFileSync(join(SEED_DIR, "000_206854ab748b39c9.txt"), "utf8").replace(/\t/g, "   ");
    const path = write("pasted.txt", new Uint8Array(Buffer.from(seed)));
    const result = run("check", path);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/未找到制表符分隔的表格.*请直接打开PDF文件/);
  });
});

describe("reading PDFs", () => {
  test("a PDF that is no disclosure is refused for what it is, not for being a PDF", () => {
    const result = run("parse", write("tables.pdf", textPdf()));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/未找到预算公开的标准表格/);
  });

  test("check of a published PDF: findings carry their page in --json and 第N页 in the report", () => {
    // Jiangsu 人大 2018: page 21 says 增长1312.56% where 1557.29 over 128.43 is 1212.56%.
    const file = join(CORPUS, "jiangsu-budget", "rd-2018.pdf");
    const json = run("check", file, "--json");
    // Its template's relations are not all checked yet (exit 2, said on stderr); what was checked is reported.
    expect(json.stdout).not.toBe("");
    const located = JSON.parse(json.stdout).findings.filter((f: { lines: number[] }) => f.lines.length > 0);
    expect(located.length).toBeGreaterThan(0);
    for (const f of located) {
      expect(f.page).toBeGreaterThanOrEqual(1);
      expect(f.locations[0]).toMatchObject({ line: f.lines[0], page: f.page });
    }
    expect(located.some((f: { page: number; message: string }) => f.page === 21 && f.message.includes("1312.56%"))).toBe(true);
    const text = run("check", file);
    expect(text.stdout).toMatch(/第\d+行，第21页第\d+行/);
  });

  test("a folder's .pdf and .txt files are checked one by one; a refused PDF is reported, the others read", () => {
    const folder = join(tmp, "folder");
    mkdirSync(folder);
    writeFileSync(join(folder, "a.txt"), readFileSync(join(SEED_DIR, "002_5fdab3ab01a01bfd.txt")));
    writeFileSync(join(folder, "b.pdf"), scannedPdf());
    const result = run("check", folder);
    expect(result.status).toBe(2);
    expect(result.stdout).toMatch(/a\.txt\t大同市行政审批服务管理局/);
    expect(result.stdout).toMatch(/b\.pdf\t无法读取：这是扫描件/);
    expect(result.stdout).toMatch(/合计：2个文件，无法读取1个/);
  });

  test("a PDF saved under another name (.txt, no extension) is read as the PDF it is, alone and in a folder", () => {
    const pdf = readFileSync(join(CORPUS, "shanghai-budget", "putuo-qfb-2025-unit.pdf"));
    const asPdf = run("check", join(CORPUS, "shanghai-budget", "putuo-qfb-2025-unit.pdf"), "--json");
    const noExtension = run("check", write("下载的文件", pdf), "--json");
    expect(noExtension.status).toBe(asPdf.status);
    expect(JSON.parse(noExtension.stdout).findings).toEqual(JSON.parse(asPdf.stdout).findings);
    const folder = join(tmp, "renamed");
    mkdirSync(folder);
    writeFileSync(join(folder, "qfb.txt"), pdf);
    writeFileSync(join(folder, "seed.txt"), readFileSync(join(SEED_DIR, "002_5fdab3ab01a01bfd.txt")));
    const batch = run("check", folder);
    expect(batch.stdout).toMatch(/qfb\.txt\t[^\t]*普陀区/);
    expect(batch.stdout).toMatch(/无法读取0个/);
  });

  test("--merge takes PDFs only; several files without it are a batch", () => {
    const merged = run("check", join(SEED_DIR, "000_206854ab748b39c9.txt"), write("x.pdf", textPdf()), "--merge");
    expect(merged.status).toBe(2);
    expect(merged.stderr).toMatch(/--merge 只能合并PDF文件/);
  });
});
