import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "build/", "coverage/", "node_modules/", "test/fixtures/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { console: "readonly", process: "readonly", require: "readonly", module: "writable", __dirname: "readonly", Office: "readonly", Excel: "readonly", CustomFunctions: "readonly" },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // src/core is pure TypeScript: no Office.js, no DOM, no Node APIs.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", "window", "document", "Office", "Excel", "process", "Buffer", "require"],
      "no-restricted-imports": ["error", { patterns: ["node:*", "fs", "path", "os", "react", "react-dom", "@fluentui/*", "exceljs"] }],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    languageOptions: { sourceType: "module", globals: { URL: "readonly", setTimeout: "readonly", Buffer: "readonly" } },
  },
);
