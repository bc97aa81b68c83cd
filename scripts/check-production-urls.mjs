// `npm run validate`: builds the add-in as for deployment (ADDIN_PUBLIC_URL set) into a temporary folder
// and fails if any emitted file still refers to localhost, or if the manifest's and functions.json's URLs
// do not all start with the public address. The temporary folder is removed afterwards.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const PUBLIC_URL = "https://budget.intranet.example/addin/";
const out = mkdtempSync(join(tmpdir(), "addin-production-"));
const files = (dir) => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
const problems = [];
try {
  execFileSync(process.execPath, ["node_modules/webpack/bin/webpack.js", "--mode", "production", "--output-path", out], {
    env: { ...process.env, ADDIN_PUBLIC_URL: PUBLIC_URL },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (const file of files(out).filter((f) => /\.(json|xml|html|js|css|txt)$/.test(f))) {
    const text = readFileSync(file, "utf8");
    const local = /https?:\/\/(localhost|127\.0\.0\.1)[^"'\s<)]*/.exec(text);
    if (local) problems.push(`${file.slice(out.length + 1)}: ${local[0]}`);
  }
  const manifest = readFileSync(join(out, "manifest.xml"), "utf8");
  const urls = [...manifest.matchAll(/Value="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
  for (const name of ["functions.json", "functions-zh-cn.json"]) {
    for (const fn of JSON.parse(readFileSync(join(out, name), "utf8")).functions) urls.push(fn.helpUrl);
  }
  for (const url of urls) if (!url.startsWith(PUBLIC_URL)) problems.push(`not under ${PUBLIC_URL}: ${url}`);
  if (urls.length < 15) problems.push(`only ${urls.length} URLs found in manifest.xml and functions.json`);
} catch (error) {
  problems.push(`the production build failed: ${error.message}`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
if (problems.length > 0) {
  console.error(`生产构建中仍有本机地址 A production build still refers to localhost:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log(`生产构建的全部地址均指向 ${PUBLIC_URL}（manifest、functions.json、图标、帮助）`);
