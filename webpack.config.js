/* eslint-disable @typescript-eslint/no-require-imports */
// Builds the task pane, the custom functions and their metadata into dist/, following Microsoft's
// shared-runtime template: one page (taskpane.html) hosts both, functions.json comes from JSDoc.
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const DEV_URL = "https://localhost:3000/";
// Set ADDIN_PUBLIC_URL (e.g. https://intranet.example.gov.cn/budget-addin/) for a production build.
const PUBLIC_URL = process.env.ADDIN_PUBLIC_URL ? process.env.ADDIN_PUBLIC_URL.replace(/\/*$/, "/") : DEV_URL;
// Office.js is served by Microsoft's CDN; an intranet without internet sets OFFICE_JS_URL to its own copy.
const OFFICE_JS_URL = process.env.OFFICE_JS_URL || "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * Writes functions-zh-cn.json next to functions.json: the same metadata with the Chinese descriptions
 * and parameter names of src/functions/functions.zh-CN.json (Excel picks it by the manifest's zh-CN
 * override). Function names stay English in every language: Excel registers a localized name only in
 * that display language, and a formula written as =BUDGET.CHECK.TOTALS(...) then gives #NAME?
 * (OfficeDev/office-js#891).
 */
class LocalizedFunctionsMetadataPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("LocalizedFunctionsMetadata", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "LocalizedFunctionsMetadata", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const asset = compilation.getAsset("functions.json");
        if (!asset) return;
        const metadata = JSON.parse(asset.source.source().toString());
        const translations = JSON.parse(require("fs").readFileSync(path.join(__dirname, "src/functions/functions.zh-CN.json"), "utf8"));
        for (const fn of metadata.functions) {
          const zh = translations[fn.id];
          if (!zh) throw new Error(`src/functions/functions.zh-CN.json has no translation for ${fn.id}`);
          if (zh.name) throw new Error(`src/functions/functions.zh-CN.json: ${fn.id} must keep its English name (formulas are written in English)`);
          fn.description = zh.description;
          for (const p of fn.parameters) {
            const [name, description] = zh.parameters[p.name] || [];
            if (!name) throw new Error(`src/functions/functions.zh-CN.json has no translation for ${fn.id}(${p.name})`);
            p.name = name;
            p.description = description;
          }
        }
        compilation.emitAsset("functions-zh-cn.json", new sources.RawSource(JSON.stringify(metadata, null, 4)));
      });
    });
  }
}

/**
 * Production builds with ADDIN_PUBLIC_URL: every emitted text file (manifest, functions.json's helpUrl,
 * functions-zh-cn.json, pages, scripts) has the development address replaced by the public one, and
 * the build fails if a localhost URL survives anywhere.
 */
class PublicUrlPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("PublicUrl", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "PublicUrl", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT + 1 }, () => {
        for (const asset of compilation.getAssets()) {
          if (!/\.(json|xml|html|js|css|txt)$/.test(asset.name)) continue;
          const text = asset.source.source().toString();
          const replaced = text.split(DEV_URL).join(PUBLIC_URL);
          if (replaced !== text) compilation.updateAsset(asset.name, new sources.RawSource(replaced));
          const left = /https?:\/\/(localhost|127\.0\.0\.1)[^"'\s<)]*/.exec(replaced);
          if (left) compilation.errors.push(new Error(`${asset.name} still refers to ${left[0]} although ADDIN_PUBLIC_URL is ${PUBLIC_URL}`));
        }
      });
    });
  }
}

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // ES modules out of TypeScript so webpack can tree-shake Fluent UI (CommonJS output bundles all of it).
          use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.json", compilerOptions: { module: "esnext", moduleResolution: "bundler", sourceMap: dev } } },
        },
        {
          // pdf.js's CMaps and standard fonts: chunks of the bundle loaded on demand (the page may not fetch).
          test: /pdfjs-dist[\\/](cmaps|standard_fonts)[\\/]/,
          type: "asset/inline",
          generator: { dataUrl: { mimetype: "application/octet-stream" } },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    performance: { maxAssetSize: 3_000_000, maxEntrypointSize: 3_000_000 },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new LocalizedFunctionsMetadataPlugin(),
      ...(!dev && PUBLIC_URL !== DEV_URL ? [new PublicUrlPlugin()] : []),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions"],
        templateParameters: { officeJsUrl: OFFICE_JS_URL },
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/taskpane/help.html",
        chunks: [],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // pdf.js's worker, served from the add-in's own origin (.js: every server knows its MIME type).
          { from: "node_modules/pdfjs-dist/legacy/build/pdf.worker.min.mjs", to: "pdf.worker.min.js" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.join(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      port: 3000,
    },
  };
};
