/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // TextEncoder/TextDecoder and structuredClone for jsdom tests come from Node.
  setupFiles: ["<rootDir>/test/support/jsdomGlobals.ts"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }] },
  moduleNameMapper: {
    // office-addin-mock under Jest 30 resolves office-addin-manifest's ESM entry otherwise.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
  testTimeout: 30000,
  // The run's own temporary folder, which must be empty at the end (tests clean up after themselves).
  globalSetup: "<rootDir>/test/support/globalSetup.ts",
  globalTeardown: "<rootDir>/test/support/globalTeardown.ts",
};
