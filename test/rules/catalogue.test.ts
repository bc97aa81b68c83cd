import { existsSync } from "node:fs";
import { join } from "node:path";
import { checkDisclosure, RULES } from "../../src/core/rules";
import { consistentDisclosure } from "./model";

test("a consistent hand-built disclosure raises no finding at all", () => {
  expect(checkDisclosure(consistentDisclosure())).toEqual([]);
});

test("every rule in the catalogue has its own test file", () => {
  expect(RULES.map((r) => r.id).filter((id) => !existsSync(join(__dirname, `${id}.test.ts`)))).toEqual([]);
});

test("the catalogue is data: unique ids, both languages, tables and severities", () => {
  const ids = RULES.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const r of RULES) {
    expect(r.id).toMatch(/^[a-z0-9-]+$/);
    expect(r.description.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(r.description.en).toMatch(/^[A-Z]/);
    expect(["error", "warning", "info"]).toContain(r.severity);
    expect(["table", "cross-table", "narrative", "performance"]).toContain(r.scope);
  }
});

test("a rule that throws is reported as a warning, never crashes the check", () => {
  const broken = {
    ...RULES[0],
    id: "broken",
    check: () => {
      throw new Error("boom");
    },
  };
  expect(checkDisclosure(consistentDisclosure(), [broken])).toEqual([
    expect.objectContaining({ rule: "broken", severity: "warning", message: expect.stringContaining("boom") }),
  ]);
});
