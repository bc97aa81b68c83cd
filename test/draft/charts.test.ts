import ExcelJS from "exceljs";
import JSZip from "jszip";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildDraftLayout } from "../../src/core/draft/draftLayout";
import { DRAFT_NARRATIVE_SHEET } from "../../src/core/draft/draftNarrative";
import { writeXlsx } from "../../src/xlsx/writeXlsx";
import { readSeed } from "../helpers";
import { describeWithLibreOffice, recalculate } from "../support/libreoffice";
import { tempDir } from "../support/tempDir";

const dir = tempDir("draft-charts-");

async function draftFile(): Promise<string> {
  const path = join(dir, "d003.xlsx");
  writeFileSync(path, await writeXlsx(buildDraftLayout(readSeed("003_dd2c9fa6441a52f3.txt"), { prefill: true })));
  return path;
}

async function chartsIn(path: string): Promise<{ title: string; refs: string[] }[]> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const parts = Object.keys(zip.files)
    .filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))
    .sort();
  return Promise.all(
    parts.map(async (p) => {
      const xml = await zip.file(p)!.async("string");
      return {
        title: /<a:t>([^<]*)<\/a:t>/.exec(xml)![1],
        refs: [...xml.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1].replace(/&apos;/g, "'")).filter((r) => r.includes("!")),
      };
    }),
  );
}

test("the .xlsx draft carries the two charts the documents publish, over live cells of 说明（草稿）", async () => {
  const path = await draftFile();
  const charts = await chartsIn(path);
  expect(charts.map((c) => c.title)).toEqual(["一般公共预算当年拨款结构图", "三公经费分布图"]);
  for (const c of charts) for (const ref of c.refs) expect(ref.startsWith(`'${DRAFT_NARRATIVE_SHEET}'!$`)).toBe(true);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path); // still an ordinary workbook to other readers
  expect(wb.getWorksheet(DRAFT_NARRATIVE_SHEET)).toBeDefined();
});

describeWithLibreOffice("LibreOffice reads the draft's charts", () => {
  jest.setTimeout(120_000);

  test("re-saved by LibreOffice the charts survive with their titles and data; the data are the draft's class amounts", async () => {
    const path = await draftFile();
    const out = join(dir, "resaved");
    const profile = join(dir, "lo-profile");
    mkdirSync(out);
    execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "xlsx", "--outdir", out, path], {
      stdio: "ignore",
      timeout: 120_000,
    });
    const resaved = await chartsIn(join(out, "d003.xlsx"));
    expect(resaved.map((c) => c.title)).toEqual(["一般公共预算当年拨款结构图", "三公经费分布图"]);
    expect(resaved.map((c) => c.refs)).toEqual((await chartsIn(path)).map((c) => c.refs));

    const narrative = recalculate(path)[DRAFT_NARRATIVE_SHEET];
    const block = narrative.findIndex((r) => r[0] === "一般公共预算当年拨款结构图");
    expect(narrative.slice(block + 1, block + 5).map((r) => [r[0], r[1]])).toEqual([
      ["一般公共服务支出", "394.41"],
      ["社会保障和就业支出", "40.01"],
      ["卫生健康支出", "15.84"],
      ["住房保障支出", "21.75"],
    ]);
  });
});
