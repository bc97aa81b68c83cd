/**
 * LibreOffice headless as an independent spreadsheet engine: opens an .xlsx, recalculates every
 * formula (OOXMLRecalcMode 0 in a private profile, so cached values are never trusted) and exports
 * each sheet as UTF-8 CSV. CI installs Debian's libreoffice-calc-nogui (.ci/run).
 */
import { execFileSync, spawnSync } from "node:child_process";
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

let profile: string | null = null;
// The profile lives as long as the test file that imports this module (hooks registered at import).
afterAll(() => {
  if (profile) rmSync(profile, { recursive: true, force: true });
  profile = null;
});
function profileDir(): string {
  if (profile) return profile;
  profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), PROFILE);
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
