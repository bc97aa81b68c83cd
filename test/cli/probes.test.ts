/**
 * Imperfect input as users produce it, through the built CLI. Each probe asserts the exit status, the
 * kind of message (in Chinese unless English was asked for), that nothing was left behind and that no
 * existing file changed (sha256 before and after).
 */
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, linkSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import * as iconv from "iconv-lite";
import { ROOT } from "../build";
import { SEED_DIR } from "../helpers";
import { tempDir } from "../support/tempDir";

const CLI = join(ROOT, "build", "cli", "src", "cli", "main.js");
const SEEDS = readdirSync(SEED_DIR).sort();
const seedPath = (n: number) => join(SEED_DIR, SEEDS[n]);
const seedBytes = (n: number) => readFileSync(seedPath(n));

/** Chinese unless a test asks otherwise, whatever the machine's locale. */
const ZH_ENV = { ...process.env, DISCLOSURE_LANG: "", LANG: "zh_CN.UTF-8", LC_ALL: "", LC_MESSAGES: "" };

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], options: { input?: Buffer | string; env?: NodeJS.ProcessEnv; prefix?: string[]; cwd?: string } = {}): Run {
  const [command, ...rest] = [...(options.prefix ?? []), process.execPath, CLI, ...args];
  const spawnOptions: SpawnSyncOptions = { encoding: "utf8", env: options.env ?? ZH_ENV, input: options.input, cwd: options.cwd, maxBuffer: 64 * 1024 * 1024 };
  const result = spawnSync(command, rest, spawnOptions);
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** Every file under a folder with its sha256 (folders as "dir"). */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (path: string) => {
    for (const entry of readdirSync(path)) {
      const child = join(path, entry);
      if (statSync(child).isDirectory()) {
        out[relative(dir, child)] = "dir";
        walk(child);
      } else out[relative(dir, child)] = createHash("sha256").update(readFileSync(child)).digest("hex");
    }
  };
  walk(dir);
  return out;
}

/** Nothing changed, nothing left behind; only `created` may be new. */
function expectUntouched(dir: string, before: Record<string, string>, created: string[] = []) {
  const after = snapshot(dir);
  for (const [name, hash] of Object.entries(before)) expect([name, after[name]]).toEqual([name, hash]);
  expect(Object.keys(after).filter((name) => !(name in before))).toEqual(created);
}

/** System text that must never reach the user. */
const RAW = /\bE[A-Z]{3,}\b|errno|[Nn]o such file|[Pp]ermission denied|Unknown option|Error:|at .+\.js:\d+|无法读取：无法读取/;

function expectFailure(result: Run, message: RegExp, lines = 1) {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe("");
  expect(result.stderr).toMatch(message);
  expect(result.stderr).not.toMatch(RAW);
  expect(result.stderr.trimEnd().split("\n")).toHaveLength(lines);
}

const root = tempDir("disclosure-probes-");
chmodSync(root, 0o755); // reachable for the probes run as another user
let counter = 0;
/** A fresh folder for one probe, with the files given. */
function scratch(files: Record<string, Buffer | string> = {}): string {
  const dir = join(root, `p${++counter}`);
  mkdirSync(dir, { mode: 0o777 });
  chmodSync(dir, 0o777);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

// Permission probes need a user the file modes apply to: root runs the CLI as nobody.
const isRoot = process.getuid?.() === 0;
const asOtherUser: string[] | null = !isRoot
  ? []
  : spawnSync("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "true"]).status === 0
    ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    : null;
const testWithModes = asOtherUser ? test : test.skip;
// A full disk: a 16 KB tmpfs in a private mount namespace.
const canMountTmpfs = spawnSync("unshare", ["-rm", "sh", "-c", `mount -t tmpfs -o size=16k tmpfs "${root}"`]).status === 0;
const testWithTmpfs = canMountTmpfs || process.env.CI ? test : test.skip;

describe("decoding: a few bad bytes are replaced and reported, only real binary is refused", () => {
  /** The bytes with one stray 0xFF on the first blank line (line 2 of every seed). */
  const withStrayByte = (bytes: Buffer) => {
    const at = bytes.indexOf(Buffer.from("\n\n")) + 1;
    return Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]);
  };

  test("a stray 0xFF in a UTF-8 seed: read and checked as before, the line named first", () => {
    const dir = scratch({ "stray.txt": withStrayByte(seedBytes(0)) });
    const before = snapshot(dir);
    const result = run(["check", join(dir, "stray.txt")]);
    expect(result.status).toBe(1);
    expect(result.stdout.split("\n")[0]).toBe("【注意】第2行有无法识别的字节，已替换为“\ufffd”，请核对这些行的文字和数字");
    expect(result.stdout.replace(/^.*\n\n/, "")).toBe(`${run(["check", seedPath(0)]).stdout}（另有读取提示1条，见 disclosure parse）\n`);
    expect(result.stdout).not.toMatch(/未能完整读取/);
    expectUntouched(dir, before);
  });

  test("a file cut in the middle of its last character: read, the last line named", () => {
    const bytes = Buffer.concat([seedBytes(2), Buffer.from("说").subarray(0, 2)]);
    const lines = bytes.toString("latin1").split("\n").length;
    const dir = scratch({ "cut-char.txt": bytes });
    const before = snapshot(dir);
    const result = run(["check", join(dir, "cut-char.txt")]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^【注意】第${lines}行有无法识别的字节`));
    expect(result.stdout).toMatch(/合计：错误0条/);
    expectUntouched(dir, before);
  });

  test("a GB18030 file with a stray byte is still read as GB18030", () => {
    const gb = iconv.encode(readFileSync(seedPath(3), "utf8"), "gb18030");
    const dir = scratch({ "gbk.txt": withStrayByte(gb) });
    const before = snapshot(dir);
    const result = run(["check", join(dir, "gbk.txt")]);
    expect(result.status).toBe(1);
    expect(result.stdout.split("\n")[0]).toBe("【注意】第2行有无法识别的字节，已替换为“\ufffd”，请核对这些行的文字和数字");
    expect(result.stdout.replace(/^.*\n\n/, "")).toBe(`${run(["check", seedPath(3)]).stdout}（另有读取提示1条，见 disclosure parse）\n`);
    expectUntouched(dir, before);
  });

  test.each(["utf16le", "utf16be"] as const)("%s without a BOM reads the same as UTF-8", (encoding) => {
    const text = readFileSync(seedPath(0), "utf8");
    const bytes = encoding === "utf16le" ? Buffer.from(text, "utf16le") : Buffer.from(text, "utf16le").swap16();
    const dir = scratch({ "wide.txt": bytes });
    const before = snapshot(dir);
    const result = run(["parse", join(dir, "wide.txt"), "--json"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(run(["parse", seedPath(0), "--json"]).stdout);
    expectUntouched(dir, before);
  });

  test.each([
    [
      "a PDF",
      Buffer.concat([Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"), Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 31) % 256))]),
      /不是文本文件（看来是PDF文件）/,
    ],
    ["a PNG image", Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2000, 7)]), /不是文本文件（看来是图片）/],
    ["a .docx (zip)", Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(2000, 1)]), /不是文本文件（看来是Word、Excel或压缩文件）/],
    ["random bytes", Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919 + 13) % 256)), /不是文本文件/],
  ])("%s is refused as not text", (_, bytes, message) => {
    const dir = scratch({ "input.txt": bytes });
    const before = snapshot(dir);
    expectFailure(run(["check", join(dir, "input.txt")]), message);
    expectUntouched(dir, before);
  });
});

describe("coverage: a document not read completely is said so first, exit 2", () => {
  test("seed 000 cut at 30% of its bytes: sections 三 to 十二 and every performance table missing", () => {
    const bytes = seedBytes(0);
    const dir = scratch({ "cut.txt": bytes.subarray(0, Math.floor(bytes.length * 0.3)) });
    const before = snapshot(dir);
    const result = run(["check", join(dir, "cut.txt")]);
    expect(result.status).toBe(2);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe("【未能完整读取】以下检查结果不完整，“错误0条”也不代表没有问题。");
    expect(lines[1]).toBe("  已读到：表1至表13（13张），情况说明一、二部分，绩效目标表0张");
    expect(lines[2]).toBe("  未读到：情况说明缺少三至十二部分（从“三、支出预算情况说明”起）");
    expect(result.stderr).toMatch(/^“.*cut\.txt”未能完整读取：情况说明缺少三至十二部分/);
    const json = JSON.parse(run(["check", join(dir, "cut.txt"), "--json"]).stdout);
    expect(json.coverage).toMatchObject({
      complete: false,
      tables: { found: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13], missing: [] },
      sections: { found: [1, 2], missing: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12] },
      performance: { announced: null, attached: 0 },
    });
    expect(json.coverage.problems.map((p: { kind: string }) => p.kind)).toEqual(["sections-missing"]);
    expectUntouched(dir, before);
  });

  test("seed 002 cut inside table 6: the missing tables and the table it ends in", () => {
    const lines = readFileSync(seedPath(2), "utf8").split("\n");
    const dir = scratch({ "in-table.txt": lines.slice(0, 270).join("\n") }); // table 6's title is on line 259
    const before = snapshot(dir);
    const result = run(["check", join(dir, "in-table.txt")]);
    expect(result.status).toBe(2);
    expect(result.stdout).toMatch(/^【未能完整读取】/);
    expect(result.stdout).toMatch(
      /\n {2}未读到：未读到表7至表13（13张表只读到6张）\n {2}未读到：未读到“第三部分 情况说明”\n {2}未读到：文件在表6“一般公共预算安排基本支出分经济科目表”中结束（第259行起至第270行），文件可能被截断\n/,
    );
    expectUntouched(dir, before);
  });

  test("seed 000 cut inside its performance tables: the tables announced but not read", () => {
    const lines = readFileSync(seedPath(0), "utf8").split("\n");
    const dir = scratch({ "in-performance.txt": lines.slice(0, 600).join("\n") }); // tables start at 459, 491, 523, 556, 589
    const before = snapshot(dir);
    const result = run(["check", join(dir, "in-performance.txt"), "--json"]);
    expect(result.status).toBe(2);
    const coverage = JSON.parse(result.stdout).coverage;
    expect(coverage.performance).toEqual({ announced: 12, attached: 5, cutOff: true });
    expect(coverage.endsInside).toEqual({ kind: "performance", no: null, line: 589 });
    expect(coverage.problems.map((p: { message: { zh: string } }) => p.message.zh)).toEqual([
      "情况说明缺少“十一、国有资产占有使用情况”“十二、其他说明”",
      "文件在第589行起的绩效目标表中结束，文件可能被截断",
      "情况说明称公开项目绩效目标12个，文件中断前只读到5张绩效目标表",
    ]);
    expectUntouched(dir, before);
  });

  test("the five seeds are complete: exit status from their errors alone (000 announces 12 targets and attaches 10: its own error)", () => {
    for (let n = 0; n < 5; n++) {
      const result = run(["check", seedPath(n), "--json"]);
      const json = JSON.parse(result.stdout);
      expect([n, json.coverage.complete, json.coverage.problems, json.coverage.replacedLines]).toEqual([n, true, [], []]);
      const errors = json.findings.filter((f: { severity: string }) => f.severity === "error").length;
      expect([n, result.status]).toEqual([n, errors > 0 ? 1 : 0]);
      expect(run(["check", seedPath(n)]).stdout).not.toMatch(/未能完整读取|【注意】/);
    }
    const own = JSON.parse(run(["check", seedPath(0), "--json"]).stdout);
    expect(own.coverage.performance).toEqual({ announced: 12, attached: 10, cutOff: false });
    expect(own.findings).toContainEqual(expect.objectContaining({ rule: "performance-count", expected: 12, actual: 10 }));
  });

  test("a folder check counts a file not read completely apart, exit 2", () => {
    const bytes = seedBytes(0);
    const dir = scratch({ [SEEDS[2]]: seedBytes(2), "cut.txt": bytes.subarray(0, Math.floor(bytes.length * 0.3)) });
    const before = snapshot(dir);
    const result = run(["check", dir]);
    expect(result.status).toBe(2);
    const lines = result.stdout.trim().split("\n");
    expect(lines.find((l) => l.includes("cut.txt"))).toMatch(/\t未能完整读取：情况说明缺少三至十二部分（从“三、支出预算情况说明”起）\t错误\d+\t提示\d+$/);
    expect(lines.find((l) => l.includes(SEEDS[2]))).toMatch(/大同市行政审批服务管理局\t2026年\t错误0\t提示9$/);
    expect(lines[lines.length - 1]).toMatch(/^合计：2个文件，无法读取0个，未能完整读取1个，错误\d+条/);
    expectUntouched(dir, before);
  });
});

describe("one message per failure kind, no system text", () => {
  test("not found", () => {
    const dir = scratch();
    expectFailure(run(["check", join(dir, "nope.txt")]), /^找不到文件“.*nope\.txt”$/m);
    expectFailure(run(["import", seedPath(0), "-o", join(dir, "no-such-folder", "out.xlsx")]), /^找不到文件夹，无法写入“.*out\.xlsx”$/m);
    expectUntouched(dir, {});
  });

  testWithModes("no permission to read, or to write", () => {
    const dir = scratch({ "locked.txt": seedBytes(0) });
    mkdirSync(join(dir, "readonly"));
    const before = snapshot(dir);
    chmodSync(join(dir, "locked.txt"), 0o000);
    chmodSync(join(dir, "readonly"), 0o555);
    try {
      expectFailure(run(["check", join(dir, "locked.txt")], { prefix: asOtherUser! }), /^没有权限读取“.*locked\.txt”$/m);
      expectFailure(run(["import", seedPath(0), "-o", join(dir, "readonly", "out.xlsx")], { prefix: asOtherUser! }), /^没有权限写入“.*out\.xlsx”$/m);
      // In a folder check: one reason, no doubled prefix.
      const folder = run(["check", dir], { prefix: asOtherUser! });
      expect(folder.status).toBe(2);
      expect(folder.stdout).toMatch(/locked\.txt\t无法读取：没有读取权限\n/);
      expect(folder.stdout).not.toMatch(RAW);
    } finally {
      chmodSync(join(dir, "locked.txt"), 0o644);
      chmodSync(join(dir, "readonly"), 0o755);
    }
    expectUntouched(dir, before);
  });

  testWithTmpfs("disk full: a clear message and no partial file", () => {
    const dir = scratch();
    const script = `mount -t tmpfs -o size=16k tmpfs "$0" || exit 99; "$@"; status=$?; printf 'LEFT[%s]' "$(ls -A "$0")"; exit $status`;
    const result = spawnSync("unshare", ["-rm", "sh", "-c", script, dir, process.execPath, CLI, "import", seedPath(0), "-o", join(dir, "out.xlsx")], {
      encoding: "utf8",
      env: ZH_ENV,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^磁盘空间不足，无法写入“.*out\.xlsx”（未留下不完整的文件）$/m);
    expect(result.stderr).not.toMatch(RAW);
    expect(result.stdout).toBe("LEFT[]");
    expectUntouched(dir, {});
  });

  test("exists, without --force", () => {
    const dir = scratch({ "out.xlsx": "the user's own file" });
    const before = snapshot(dir);
    expectFailure(run(["import", seedPath(0), "-o", join(dir, "out.xlsx")]), /^“.*out\.xlsx”已存在；如要覆盖请加 --force$/m);
    expectUntouched(dir, before);
  });

  test("is a folder: as input, and as output even with --force", () => {
    const dir = scratch();
    mkdirSync(join(dir, "folder.xlsx"));
    const before = snapshot(dir);
    expectFailure(run(["parse", dir]), /^“.*”是文件夹，请指定一个文件$/m);
    expectFailure(run(["import", seedPath(0), "-o", join(dir, "folder.xlsx"), "--force"]), /^“.*folder\.xlsx”是文件夹，请指定一个文件$/m);
    expectUntouched(dir, before);
  });

  test.each([
    [["check", "--bogus", "x.txt"], "未知选项“--bogus”", "用法：disclosure check FILE|DIR... [--json]（disclosure --help 查看全部用法）"],
    [["import", "x.txt", "-o"], "选项“--output”需要一个值", "用法：disclosure import FILE -o OUT.xlsx [--force]（disclosure --help 查看全部用法）"],
    [["frobnicate"], "未知命令“frobnicate”", "用法：disclosure parse|check|import|draft|rules FILE …（disclosure --help 查看全部用法）"],
    [["parse", "a.txt", "b.txt"], "parse 需要且只需要一个文件", "用法：disclosure parse FILE [--json]（disclosure --help 查看全部用法）"],
    [
      ["draft", "x.txt", "-o", "x.csv"],
      "输出文件名应以 .xlsx 结尾",
      "用法：disclosure draft FILE -o NEXT.xlsx [--prefill] [--force]（disclosure --help 查看全部用法）",
    ],
  ])("bad usage %j: the message and one line of usage", (args, message, usage) => {
    const dir = scratch();
    const result = run(args, { cwd: dir });
    expectFailure(result, /./, 2);
    expect(result.stderr).toBe(`${message}\n${usage}\n`);
    expectUntouched(dir, {});
  });

  test("English under --lang en or LANG=en", () => {
    const dir = scratch({ "out.xlsx": "mine" });
    const before = snapshot(dir);
    expectFailure(run(["check", join(dir, "nope.txt"), "--lang", "en"]), /^file not found: ".*nope\.txt"$/m);
    const english = { ...process.env, DISCLOSURE_LANG: "", LANG: "en_US.UTF-8", LC_ALL: "", LC_MESSAGES: "" };
    expectFailure(run(["import", seedPath(0), "-o", join(dir, "out.xlsx")], { env: english }), /^".*out\.xlsx" already exists; add --force to overwrite it$/m);
    const usage = run(["check", "--bogus"], { env: english });
    expect(usage.stderr).toBe('unknown option "--bogus"\nusage: disclosure check FILE|DIR... [--json] (disclosure --help for all commands)\n');
    expectUntouched(dir, before);
  });
});

describe("writing: never over the input, no leftovers", () => {
  test("the output may not be the input: same path, a symbolic link to it, a hard link to it", () => {
    const dir = scratch({ "input.xlsx": seedBytes(0) });
    symlinkSync(join(dir, "input.xlsx"), join(dir, "symlink.xlsx"));
    linkSync(join(dir, "input.xlsx"), join(dir, "hardlink.xlsx"));
    const before = snapshot(dir);
    for (const output of ["input.xlsx", "symlink.xlsx", "hardlink.xlsx"]) {
      expectFailure(
        run(["import", join(dir, "input.xlsx"), "-o", join(dir, output), "--force"]),
        /^输出文件“.*”就是输入文件“.*input\.xlsx”，请另选一个输出文件名$/m,
      );
    }
    expectFailure(run(["import", "input.xlsx", "-o", "./input.xlsx", "--force"], { cwd: dir }), /就是输入文件/);
    expectUntouched(dir, before);
  });

  test("a killed run's temporary file is removed at the next write to the same target; a running one's is kept", () => {
    const dead = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" }).stdout;
    const dir = scratch({
      [`out.xlsx.${dead}.tmp`]: "half a workbook",
      [`out.xlsx.${process.pid}.tmp`]: "a run in progress",
      [`other.xlsx.${dead}.tmp`]: "another target's",
    });
    const before = snapshot(dir);
    delete before[`out.xlsx.${dead}.tmp`];
    const result = run(["import", seedPath(0), "-o", join(dir, "out.xlsx")]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^已生成 .*out\.xlsx/);
    expect(readFileSync(join(dir, "out.xlsx")).subarray(0, 2).toString()).toBe("PK");
    expectUntouched(dir, before, ["out.xlsx"]);
  });

  test("a refused input writes nothing", () => {
    const dir = scratch({ "memo.txt": "会议通知\n请各科室参加。\n" });
    const before = snapshot(dir);
    expectFailure(run(["import", join(dir, "memo.txt"), "-o", join(dir, "memo.xlsx")]), /^无法读取“.*memo\.txt”：未找到预算公开的标准表格/m);
    expectUntouched(dir, before);
  });
});

describe("standard input", () => {
  test("'-' reads the disclosure from standard input", () => {
    const dir = scratch();
    const fromStdin = run(["check", "-"], { input: seedBytes(0), cwd: dir });
    const fromFile = run(["check", seedPath(0)]);
    expect(fromStdin.status).toBe(1);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
    const gbk = iconv.encode(readFileSync(seedPath(2), "utf8"), "gb18030");
    expect(run(["parse", "-", "--json"], { input: gbk }).stdout).toBe(run(["parse", seedPath(2), "--json"]).stdout);
    const written = run(["import", "-", "-o", join(dir, "from-stdin.xlsx")], { input: seedBytes(0) });
    expect(written.status).toBe(0);
    expectFailure(run(["check", "-"], { input: "" }), /^无法读取“-”：文件为空$/m);
    expectUntouched(dir, {}, ["from-stdin.xlsx"]);
  });
});
