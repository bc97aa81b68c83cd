/**
 * LibreOffice headless as an independent spreadsheet engine: opens an .xlsx, recalculates every
 * formula (OOXMLRecalcMode 0 in a private profile, so cached values are never trusted) and exports
 * each sheet as UTF-8 CSV. CI installs Debian's libreoffice-calc-nogui (.ci/run).
 */
import { execFile, execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

export function libreOfficeAvailable(): boolean {
  return spawnSync("soffice", ["--version"], { stdio: "ignore" }).status === 0;
}

/** Outside CI a machine without LibreOffice skips these tests (and says so); in CI they must run. */
export const describeWithLibreOffice = libreOfficeAvailable() || process.env.CI ? describe : describe.skip;

const PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`;

function newProfile(): string {
  const dir = mkdtempSync(join(tmpdir(), "lo-profile-"));
  mkdirSync(join(dir, "user"), { recursive: true });
  writeFileSync(join(dir, "user", "registrymodifications.xcu"), PROFILE);
  return dir;
}

let profile: string | null = null;
// The profile lives as long as the test file that imports this module (hooks registered at import).
afterAll(() => {
  if (profile) rmSync(profile, { recursive: true, force: true });
  profile = null;
});
function profileDir(): string {
  if (profile) return profile;
  profile = newProfile();
  return profile;
}

/** Recalculates the workbook and returns every sheet as rows of cell texts, by sheet name. */
export function recalculate(xlsxPath: string): Record<string, string[][]> {
  const out = mkdtempSync(join(tmpdir(), "lo-csv-"));
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profileDir()}`,
      "--headless",
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
      "--outdir",
      out,
      xlsxPath,
    ],
    { stdio: "ignore", timeout: 120_000 },
  );
  const stem = basename(xlsxPath).replace(/\.xlsx$/, "");
  const sheets: Record<string, string[][]> = {};
  try {
    for (const file of readdirSync(out)) {
      if (!file.startsWith(`${stem}-`)) continue;
      sheets[file.slice(stem.length + 1, -4)] = parseCsv(readFileSync(join(out, file), "utf8"));
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  return sheets;
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") endCell();
    else if (c === "\n") {
      endCell();
      rows.push(row);
      row = [];
    } else if (c !== "\r") cell += c;
  }
  if (cell !== "" || row.length > 0) {
    endCell();
    rows.push(row);
  }
  return rows;
}

/**
 * Recalculates several workbooks in one LibreOffice run (starting it is most of the cost) and
 * returns each one's sheets by sheet name, in the order of `xlsxPaths`.
 */
export function recalculateMany(xlsxPaths: string[], onlyFirstSheet = false): Record<string, string[][]>[] {
  const out = mkdtempSync(join(tmpdir(), "lo-csv-"));
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profileDir()}`,
      "--headless",
      "--convert-to",
      `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,${onlyFirstSheet ? 1 : -1}`,
      "--outdir",
      out,
      ...xlsxPaths,
    ],
    { stdio: "ignore", timeout: 1_200_000 },
  );
  const files = readdirSync(out);
  const result = xlsxPaths.map((path) => {
    const stem = basename(path).replace(/\.xlsx$/, "");
    const sheets: Record<string, string[][]> = {};
    for (const file of files) {
      if (file === `${stem}.csv`) sheets[""] = parseCsv(readFileSync(join(out, file), "utf8"));
      else if (file.startsWith(`${stem}-`)) sheets[file.slice(stem.length + 1, -4)] = parseCsv(readFileSync(join(out, file), "utf8"));
    }
    return sheets;
  });
  rmSync(out, { recursive: true, force: true });
  return result;
}

/**
 * As recalculateMany, split over `processes` LibreOffice processes running at the same time, each
 * with a profile of its own (two instances cannot share one). Many small workbooks recalculate far
 * faster than a few big ones: LibreOffice's cost grows faster than the number of sheets.
 */
export async function recalculateManyInParallel(xlsxPaths: string[], onlyFirstSheet = false, processes = 2): Promise<Record<string, string[][]>[]> {
  const shares = Array.from({ length: Math.min(processes, xlsxPaths.length) }, (_, p) => xlsxPaths.filter((_, i) => i % processes === p));
  const convert = (profile: string, out: string, paths: string[]) =>
    new Promise<void>((resolve, reject) =>
      execFile(
        "soffice",
        [
          `-env:UserInstallation=file://${profile}`,
          "--headless",
          "--convert-to",
          `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,${onlyFirstSheet ? 1 : -1}`,
          "--outdir",
          out,
          ...paths,
        ],
        { timeout: 1_200_000, maxBuffer: 64 * 1024 * 1024 },
        (error) => (error ? reject(error) : resolve()),
      ),
    );
  const stemOf = (path: string) => basename(path).replace(/\.xlsx$/, "");
  const converted = (out: string, path: string) => readdirSync(out).some((f) => f === `${stemOf(path)}.csv` || f.startsWith(`${stemOf(path)}-`));
  const results = await Promise.all(
    shares.map(async (paths) => {
      const own = newProfile();
      const out = mkdtempSync(join(tmpdir(), "lo-csv-"));
      try {
        // At most 100 workbooks per run; a workbook a run left without output (seen at the end of a
        // 250-workbook run on a loaded machine) is converted again once, then it is an error.
        for (let i = 0; i < paths.length; i += 100) await convert(own, out, paths.slice(i, i + 100));
        const missing = paths.filter((path) => !converted(out, path));
        if (missing.length > 0) await convert(own, out, missing);
        const still = paths.filter((path) => !converted(out, path));
        if (still.length > 0) throw new Error(`LibreOffice wrote nothing for ${still.map((p) => basename(p)).join(", ")}`);
        const files = readdirSync(out);
        return paths.map((path) => {
          const stem = stemOf(path);
          const sheets: Record<string, string[][]> = {};
          for (const file of files) {
            if (file === `${stem}.csv`) sheets[""] = parseCsv(readFileSync(join(out, file), "utf8"));
            else if (file.startsWith(`${stem}-`)) sheets[file.slice(stem.length + 1, -4)] = parseCsv(readFileSync(join(out, file), "utf8"));
          }
          return sheets;
        });
      } finally {
        rmSync(out, { recursive: true, force: true });
        rmSync(own, { recursive: true, force: true });
      }
    }),
  );
  return xlsxPaths.map((_, i) => results[i % processes][Math.floor(i / processes)]);
}

/** Prints the workbook to PDF in outDir as LibreOffice would (its page setup, fonts and row heights); returns the PDF's path. */
export function printToPdf(xlsxPath: string, outDir: string): string {
  execFileSync("soffice", [`-env:UserInstallation=file://${profileDir()}`, "--headless", "--convert-to", "pdf", "--outdir", outDir, xlsxPath], {
    stdio: "ignore",
    timeout: 120_000,
  });
  return join(outDir, basename(xlsxPath).replace(/\.xlsx$/, ".pdf"));
}
