// Builds and serves the add-in; sideloads into desktop Excel when office-addin-debugging is present.
// That tool is not a default dependency: its native and missing dependencies break `npm ci` offline.
import { createRequire } from "node:module";
import { spawn } from "node:child_process";

const require = createRequire(import.meta.url);
const server = spawn(process.execPath, ["scripts/dev-server.mjs"], { stdio: "inherit" });

let sideloader = null;
try {
  sideloader = require.resolve("office-addin-debugging/cli.js");
} catch {
  console.log(
    [
      "",
      "在Excel中加载 To sideload into Excel:",
      "  Excel 网页版: 插入 > 加载项 > 上传我的加载项 > 选择 manifest.xml",
      "  Excel on the web: Insert > Add-ins > Upload My Add-in > manifest.xml",
      "  Windows/macOS 桌面版: npm install --no-save office-addin-debugging, 然后再次 npm start",
      "",
    ].join("\n"),
  );
}
if (sideloader) spawn(process.execPath, [sideloader, "start", "manifest.xml", "desktop", "--no-debug"], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
