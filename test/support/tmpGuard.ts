/**
 * Jest globalSetup and globalTeardown: the run gets a temporary folder of its own (TMPDIR, which the
 * test workers, the CLI, LibreOffice and Chromium all inherit), and the run fails if anything is left
 * in it at the end: every test cleans up after itself. The folder is removed either way.
 */
import { chmodSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const KEY = "DISCLOSURE_TEST_TMPDIR";

export function setup(): void {
  const dir = mkdtempSync(join(tmpdir(), "disclosure-test-run-"));
  chmodSync(dir, 0o755); // as /tmp is to other users: some tests run the CLI as another user
  process.env[KEY] = dir;
  process.env.TMPDIR = dir;
}

export function teardown(): void {
  const dir = process.env[KEY];
  if (!dir) return;
  const left = readdirSync(dir);
  rmSync(dir, { recursive: true, force: true });
  if (left.length > 0) throw new Error(`tests left ${left.length} entries in the temporary folder: ${left.slice(0, 20).join(", ")}`);
}
