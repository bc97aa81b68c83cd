import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST, ensureBuilt } from "../build";

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

test("the zh-CN metadata has the same functions and parameters with Chinese names", () => {
  const en = metadata().functions;
  const zh = JSON.parse(readFileSync(join(DIST, "functions-zh-cn.json"), "utf8")).functions;
  expect(zh.map((f: { id: string }) => f.id)).toEqual(en.map((f: { id: string }) => f.id));
  zh.forEach((f: { name: string; description: string; parameters: { name: string; type: string }[] }, i: number) => {
    expect(f.name).toMatch(/^[\u4e00-\u9fff][\u4e00-\u9fff.]{2,}$/); // Excel: a letter first, three characters at least
    expect(f.description).toMatch(/[\u4e00-\u9fff]/);
    expect(f.parameters.map((p) => p.type)).toEqual(en[i].parameters.map((p: { type: string }) => p.type));
    for (const p of f.parameters) expect(p.name).toMatch(/[\u4e00-\u9fff]/);
  });
});
