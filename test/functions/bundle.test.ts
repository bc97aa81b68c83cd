import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST, ROOT, ensureBuilt } from "../build";
import { buildWorkbookLayout } from "../../src/core/layout";
import { checkDisclosure } from "../../src/core/rules";
import { FUNCTION_ALIASES, lambdaFormula } from "../../src/core/functionAliases";
import { importWorkbook } from "../../src/excel/importWorkbook";
import { recordingExcel } from "../excel/recordingExcel";
import { readSeed } from "../helpers";

beforeAll(() => ensureBuilt(), 180_000);

const metadata = () => JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8"));

test("the built bundle registers every id in functions.json, and nothing else", () => {
  const bundle = readFileSync(join(DIST, "functions.js"), "utf8");
  const associated = [...bundle.matchAll(/CustomFunctions\.associate\("([^"]+)"/g)].map((m) => m[1]).sort();
  const ids = metadata()
    .functions.map((f: { id: string }) => f.id)
    .sort();
  expect(ids).toEqual(["CHECK.TIE", "CHECK.TOTALS", "ROLLUP", "SHARE", "YOY"]);
  expect(associated).toEqual(ids);
});

test("every function and parameter is described, with a help URL into the documentation", () => {
  for (const f of metadata().functions) {
    expect(f.description.length).toBeGreaterThan(20);
    expect(f.helpUrl).toMatch(/help\.html#functions$/);
    for (const p of f.parameters) expect(p.description.length).toBeGreaterThan(5);
    // Plain functions: Excel recalculates them when an input changes; no volatile or streaming option.
    expect(f.options?.volatile).toBeUndefined();
    expect(f.options?.stream).toBeUndefined();
  }
});

test("function names are English in every display language; Chinese only in descriptions and parameter names", () => {
  const en = metadata().functions;
  const zh = JSON.parse(readFileSync(join(DIST, "functions-zh-cn.json"), "utf8")).functions;
  // A localized name is registered only in its display language; formulas written in English would give #NAME? (office-js#891).
  expect(zh.map((f: { id: string; name: string }) => [f.id, f.name])).toEqual(en.map((f: { id: string; name: string }) => [f.id, f.name]));
  for (const f of en) expect(f.name).toBe(f.id);
  zh.forEach((f: { name: string; description: string; parameters: { name: string; type: string }[] }, i: number) => {
    expect(f.name).toMatch(/^[A-Z][A-Z0-9.]*$/);
    expect(f.description).toMatch(/[\u4e00-\u9fff]/);
    expect(f.parameters.map((p) => p.type)).toEqual(en[i].parameters.map((p: { type: string }) => p.type));
    for (const p of f.parameters) expect(p.name).toMatch(/[\u4e00-\u9fff]/);
  });
});

test("every BUDGET function the add-in writes, or tells users to type, is registered under that name in both languages", async () => {
  const registered = (file: string) => new Set(JSON.parse(readFileSync(join(DIST, file), "utf8")).functions.map((f: { name: string }) => `BUDGET.${f.name}`));
  const en = registered("functions.json");
  const zh = registered("functions-zh-cn.json");
  // What the Office.js writer puts into cells, for a real document.
  const excel = recordingExcel({ existingSheets: ["Sheet1"] });
  const d = readSeed("000_206854ab748b39c9.txt");
  await importWorkbook(excel.context, buildWorkbookLayout(d, checkDisclosure(d)), d);
  const written = excel.operations.filter((op) => op.path === "formulas=").map((op) => JSON.stringify(op.args));
  const sources: Record<string, string> = {
    writer: written.join("\n"),
    "LAMBDA names": FUNCTION_ALIASES.map((a) => lambdaFormula(a)).join("\n"),
    "manifest.xml": readFileSync(join(ROOT, "manifest.xml"), "utf8"),
    "help.html": readFileSync(join(ROOT, "src/taskpane/help.html"), "utf8"),
    "README.md": readFileSync(join(ROOT, "README.md"), "utf8"),
  };
  const calls: string[] = [];
  for (const [source, text] of Object.entries(sources)) {
    // No Chinese function name anywhere: it would not work in English Excel, nor a formula written in English in Chinese Excel.
    expect({ source, chinese: text.match(/BUDGET\.[\u4e00-\u9fff][^\s(）)]*/g) }).toEqual({ source, chinese: null });
    for (const m of text.matchAll(/BUDGET\.([A-Z][A-Z0-9.]*[A-Z0-9])\s*\(/g)) calls.push(`${source}: BUDGET.${m[1]}`);
  }
  expect(calls.some((c) => c.startsWith("writer: BUDGET.CHECK.TOTALS"))).toBe(true);
  for (const call of calls) {
    const name = call.slice(call.indexOf("BUDGET."));
    expect({ call, en: en.has(name), zh: zh.has(name) }).toEqual({ call, en: true, zh: true });
  }
});
