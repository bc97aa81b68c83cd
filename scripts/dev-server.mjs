// Serves the add-in over https://localhost:3000 with office-addin-dev-certs certificates.
// The CA is generated but not installed (that needs administrator rights): README says how to trust it.
import { createRequire } from "node:module";
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

const require = createRequire(import.meta.url);
const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");
const devCerts = require("office-addin-dev-certs");

const certDir = join(homedir(), ".office-addin-dev-certs");
const paths = { ca: join(certDir, "ca.crt"), cert: join(certDir, "localhost.crt"), key: join(certDir, "localhost.key") };

if (!existsSync(paths.cert) || !existsSync(paths.key)) {
  console.log(`生成开发证书 Generating development certificates in ${certDir} …`);
  await devCerts.generateCertificates(paths.ca, paths.cert, paths.key);
}
const https = { ca: readFileSync(paths.ca), cert: readFileSync(paths.cert), key: readFileSync(paths.key) };

const port = Number(process.env.PORT || 3000);
const config = await require("../webpack.config.js")({}, { mode: "development" });
const compiler = webpack(config);
const server = new WebpackDevServer({ ...config.devServer, port, server: { type: "https", options: https }, open: false }, compiler);
await server.start();
console.log(`任务窗格 Task pane: https://localhost:${port}/taskpane.html`);
console.log(`证书 CA certificate to trust: ${paths.ca}`);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.stop().then(() => process.exit(0)));
