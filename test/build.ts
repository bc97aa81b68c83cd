import { execSync } from "node:child_process";
import { existsSync, readdirSync, statSync, utimesSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(__dirname, "..");
export const DIST = join(ROOT, "dist");

function newestSource(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newestSource(join(path, entry))));
}

/** Builds dist/ when a test needs it and it is missing or older than the sources (CI builds first anyway). */
export function ensureBuilt(): void {
  const marker = join(DIST, "functions-zh-cn.json");
  const sources = Math.max(newestSource(join(ROOT, "src")), ...["webpack.config.js", "manifest.xml"].map((f) => statSync(join(ROOT, f)).mtimeMs));
  if (existsSync(marker) && existsSync(join(DIST, "taskpane.html")) && statSync(marker).mtimeMs >= sources) return;
  execSync("npx webpack --mode production", { cwd: ROOT, stdio: "ignore" });
  // webpack leaves an output whose content did not change untouched: mark this build as newer than the sources.
  const now = new Date();
  utimesSync(marker, now, now);
}
