/**
 * `npm install -g .` as the README documents it, into a scratch prefix: the `disclosure` command then
 * works from any folder. Offline: a local folder installs as a link, its dependencies already present.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../build";
import { SEED_DIR } from "../helpers";
import { tempDir } from "../support/tempDir";

const prefix = tempDir("disclosure-install-");
const elsewhere = tempDir("disclosure-elsewhere-");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

test("npm install -g . --prefix DIR gives a `disclosure` command that runs from another folder", () => {
  execFileSync(npm, ["install", "-g", ".", "--prefix", prefix, "--offline", "--no-audit", "--no-fund", "--loglevel=error"], {
    cwd: ROOT,
    stdio: "pipe",
    env: { ...process.env, npm_config_update_notifier: "false" },
    timeout: 120_000,
  });
  const disclosure = join(prefix, "bin", "disclosure");
  const env = { ...process.env, DISCLOSURE_LANG: "zh", PATH: `${join(prefix, "bin")}:${process.env.PATH}` };
  const version = spawnSync("disclosure", ["--version"], { cwd: elsewhere, encoding: "utf8", env });
  expect(version.status).toBe(0);
  expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version);

  const seed = readFileSync(join(SEED_DIR, "002_5fdab3ab01a01bfd.txt"));
  const check = spawnSync(disclosure, ["check", "-"], { cwd: elsewhere, encoding: "utf8", env, input: seed });
  expect(check.status).toBe(0);
  expect(check.stdout).toMatch(/^大同市行政审批服务管理局 2026年度预算公开 检查结果/);
});
