import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { DIST, ROOT, ensureBuilt } from "./build";

const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (name) =>
    ["bt:Image", "bt:Url", "bt:String", "bt:Override", "Override", "Set", "Runtime", "ExtensionPoint", "Control", "Group", "Host"].includes(name),
});
const manifest = parser.parse(xml).OfficeApp;
const overrides = manifest.VersionOverrides;
const workbook = overrides.Hosts.Host[0];
const resources = overrides.Resources;

const defined = new Map<string, string>();
for (const kind of ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"]) {
  const list = resources[kind][kind === "bt:Images" ? "bt:Image" : kind === "bt:Urls" ? "bt:Url" : "bt:String"];
  for (const item of list) defined.set(item["@id"], item["@DefaultValue"]);
}

beforeAll(() => ensureBuilt(), 180_000);

test("every resource id referenced is defined", () => {
  const referenced = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
  expect(referenced.length).toBeGreaterThan(10);
  for (const id of referenced) expect({ id, defined: defined.has(id) }).toEqual({ id, defined: true });
});

test("every URL points at a file the build emits", () => {
  const urls = [...xml.matchAll(/Value="(https:\/\/[^"]+)"/g)].map((m) => m[1]);
  expect(urls.length).toBeGreaterThan(8);
  for (const url of urls) {
    const path = new URL(url).pathname.replace(/^\//, "");
    expect({ url, exists: existsSync(join(DIST, path)) }).toEqual({ url, exists: true });
  }
});

test("icons 16, 32 and 80 exist at their sizes", () => {
  for (const [id, size] of [
    ["Icon.16x16", 16],
    ["Icon.32x32", 32],
    ["Icon.80x80", 80],
  ] as const) {
    const png = readFileSync(join(DIST, new URL(defined.get(id)!).pathname));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
  }
});

test("Workbook host, shared runtime with a long lifetime, ReadWriteDocument", () => {
  expect(manifest["@xsi:type"]).toBe("TaskPaneApp");
  expect(manifest.Hosts.Host.map((h: { "@Name": string }) => h["@Name"])).toEqual(["Workbook"]);
  expect(manifest.Requirements.Sets.Set).toContainEqual({ "@Name": "SharedRuntime", "@MinVersion": "1.1" });
  expect(workbook.Runtimes.Runtime).toEqual([{ "@resid": "Taskpane.Url", "@lifetime": "long" }]);
  expect(manifest.Permissions).toBe("ReadWriteDocument");
  expect(manifest.AppDomains).toBeUndefined();
});

test("custom functions: script, page, metadata and the BUDGET namespace", () => {
  const cf = workbook.AllFormFactors.ExtensionPoint.find((e: { "@xsi:type": string }) => e["@xsi:type"] === "CustomFunctions");
  expect(cf.Script.SourceLocation["@resid"]).toBe("Functions.Script.Url");
  expect(cf.Page.SourceLocation["@resid"]).toBe("Taskpane.Url");
  expect(cf.Metadata.SourceLocation["@resid"]).toBe("Functions.Metadata.Url");
  expect(defined.get(cf.Namespace["@resid"])).toBe("BUDGET");
  expect(defined.get("Functions.Metadata.Url")).toMatch(/\/functions\.json$/);
});

test("a Home-tab button opens the task pane, which is also the shared runtime page", () => {
  const ribbon = workbook.DesktopFormFactor.ExtensionPoint.find((e: { "@xsi:type": string }) => e["@xsi:type"] === "PrimaryCommandSurface");
  expect(ribbon.OfficeTab["@id"]).toBe("TabHome");
  const button = ribbon.OfficeTab.Group[0].Control[0];
  expect(button.Action["@xsi:type"]).toBe("ShowTaskpane");
  expect(button.Action.SourceLocation["@resid"]).toBe("Taskpane.Url");
  expect(workbook.DesktopFormFactor.FunctionFile["@resid"]).toBe("Taskpane.Url");
});

test("zh-CN display strings with en-US defaults", () => {
  expect(manifest.DefaultLocale).toBe("en-US");
  expect(manifest.DisplayName.Override[0]).toEqual({ "@Locale": "zh-CN", "@Value": "预算公开助手" });
  expect(manifest.Description.Override[0]["@Locale"]).toBe("zh-CN");
  const strings = [...resources["bt:ShortStrings"]["bt:String"], ...resources["bt:LongStrings"]["bt:String"]].filter(
    (s: { "@id": string }) => s["@id"] !== "Functions.Namespace",
  );
  for (const s of strings) expect(s["bt:Override"]?.[0]?.["@Locale"]).toBe("zh-CN");
});

test("a stable GUID", () => {
  expect(manifest.Id).toBe("b2f0aa9b-6e9b-49ae-8df8-fa65f81fb8d4");
});

test("the built manifest in dist is the source manifest (no production URL configured)", () => {
  expect(readFileSync(join(DIST, "manifest.xml"), "utf8")).toBe(xml);
});
