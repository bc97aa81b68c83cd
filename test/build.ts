import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(__dirname, "..");
export const DIST = join(ROOT, "dist");

/** Builds dist/ once if a test needs it and it is not there (CI builds before testing). */
export function ensureBuilt(): void {
  if (existsSync(join(DIST, "functions.json")) && existsSync(join(DIST, "taskpane.html"))) return;
  execSync("npx webpack --mode production", { cwd: ROOT, stdio: "ignore" });
}
