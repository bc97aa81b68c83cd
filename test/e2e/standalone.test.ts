/**
 * End to end in real Chromium (Debian's, driven by playwright-core; no browser download): the built
 * task pane opened as a plain web page, as a user without Microsoft 365 would. CI installs chromium.
 */
import { CJK, withoutQuotes } from "../../src/core/messages";
import { createServer, type Server } from "node:http";
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { spawnSync } from "node:child_process";
import ExcelJS from "exceljs";
import { chromium, type Browser, type Page } from "playwright-core";
import { DIST, ROOT, ensureBuilt } from "../build";
import { scannedPdf } from "../support/pdfFixtures";
import { seedText } from "../helpers";
import { tempDir } from "../support/tempDir";

const CHROMIUM = "/usr/bin/chromium";
const available = existsSync(CHROMIUM) && spawnSync(CHROMIUM, ["--version"], { stdio: "ignore" }).status === 0;
const describeInChromium = available || process.env.CI ? describe : describe.skip;
const screenshots = tempDir("budget-disclosure-screenshots-");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "text/xml",
};

describeInChromium("the standalone page in Chromium", () => {
  let server: Server;
  let browser: Browser;
  let origin = "";
  jest.setTimeout(120_000);

  beforeAll(async () => {
    ensureBuilt();
    server = createServer((req, res) => {
      const path = join(DIST, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
      if (!path.startsWith(DIST) || !existsSync(path)) return void res.writeHead(404).end();
      res.writeHead(200, { "Content-Type": TYPES[extname(path)] ?? "application/octet-stream" }).end(readFileSync(path));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    origin = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  test("paste seed 000: its two table errors appear; the .xlsx downloads and reads back; no data leaves the page", async () => {
    const context = await browser.newContext({ acceptDownloads: true, locale: "zh-CN" });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    // Office.js comes from Microsoft's CDN inside Office; a plain browser here has no network, so refuse it at once.
    await page.route(/appsforoffice\.microsoft\.com/, (route) => route.abort());
    await page.goto(`${origin}/taskpane.html`);
    await page.getByRole("heading", { name: "预算公开助手" }).waitFor();
    const pageRequests = requests.length;

    await page.getByRole("textbox").first().fill(seedText("000_206854ab748b39c9.txt"));
    await page.getByRole("button", { name: "读取并检查" }).click();
    await page.getByText("一般公共预算基本支出：表6合计为438.68，表5基本支出合计为172.13，相差266.55").first().waitFor();
    await page.getByText("参公事业单位的机关运行经费：表11机关运行经费为15.98，表6公用经费合计为14.24，相差1.74").first().waitFor();
    await page.getByText("错误 2").waitFor();
    await page.getByText("大同市政务服务中心").first().waitFor();

    const shots = screenshots;
    await page.screenshot({ path: join(shots, "standalone-seed000.png"), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载 Excel 工作簿" }).click()]);
    expect(download.suggestedFilename()).toBe("大同市政务服务中心2025年度预算公开（核对）.xlsx");
    const saved = join(shots, "downloaded.xlsx");
    await download.saveAs(saved);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved);
    expect(workbook.worksheets.map((s) => s.name)).toContain("表06 基本支出经济科目表");
    const t6 = workbook.getWorksheet("表06 基本支出经济科目表")!;
    expect(t6.getCell("C5").value).toBe(438.68);
    // Print-ready (item 1): A4 landscape, one page wide, header rows repeated, title and unit in the page header.
    expect(t6.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "3:4" });
    expect(t6.headerFooter.oddHeader).toContain("基本支出分经济科目表");
    expect(t6.headerFooter.oddHeader).toContain("&R单位：万元");

    // After the page itself loaded: nothing but its own lazily loaded chunk, and never to another host.
    const later = requests.slice(pageRequests);
    for (const url of later) expect(url.startsWith(origin) || url.startsWith("blob:")).toBe(true);
    for (const url of requests) expect(url.startsWith(origin) || url.startsWith("blob:") || /appsforoffice\.microsoft\.com/.test(url)).toBe(true);
    await context.close();
  });

  test("open a 33-page published PDF: read in the page (worker from the origin), findings shown, timed; a scanned PDF is refused", async () => {
    const context = await browser.newContext({ locale: "zh-CN" });
    const page = await context.newPage();
    const requests: string[] = [];
    const blocked: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    page.on("console", (m) => m.type() === "error" && /Content Security Policy|Refused to/.test(m.text()) && blocked.push(m.text()));
    await page.route(/appsforoffice\.microsoft\.com/, (route) => route.abort());
    await page.goto(`${origin}/taskpane.html`);
    await page.getByRole("heading", { name: "预算公开助手" }).waitFor();

    const pdf = join(ROOT, "test", "fixtures", "corpus", "shanghai-budget", "putuo-wanli-2024-dept.pdf");
    const started = Date.now();
    await page.getByTestId("file-input").setInputFiles(pdf);
    // Read completely by the Shanghai template: what its checks leave out is said above the findings.
    await page.getByText("上海9张表格式已检查", { exact: false }).first().waitFor({ timeout: 90_000 });
    expect(await page.getByText("未能完整读取", { exact: false }).count()).toBe(0);
    const elapsed = Date.now() - started;
    console.log(`standalone page, Chromium: 33-page PDF (${pdf.split("/").pop()}) from file to findings in ${elapsed} ms`);
    // The extracted lines are shown for the user to see what was read, cells TAB-separated.
    expect(await page.getByRole("textbox").first().inputValue()).toContain("201\t05\t07\t专项普查活动\t257,700\t257,700\t0\t0\t0");

    await page.getByTestId("file-input").setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: Buffer.from(scannedPdf()) });
    await page.getByText("这是扫描件，没有文字层", { exact: false }).waitFor();

    expect(blocked).toEqual([]);
    expect(requests.some((url) => url.endsWith("/pdf.worker.min.js"))).toBe(true);
    for (const url of requests)
      expect(url.startsWith(origin) || url.startsWith("blob:") || url.startsWith("data:") || /appsforoffice\.microsoft\.com/.test(url)).toBe(true);
    await context.close();
  });

  test("bad input: a clear message in Chinese, nothing crashes", async () => {
    const context = await browser.newContext({ locale: "zh-CN" });
    const page = await context.newPage();
    await page.route(/appsforoffice\.microsoft\.com/, (route) => route.abort());
    await page.goto(`${origin}/taskpane.html`);
    await page.getByRole("textbox").first().fill("会议通知\n请各科室参加。");
    await page.getByRole("button", { name: "读取并检查" }).click();
    await page.getByText("这似乎不是预算公开文件", { exact: false }).waitFor();
    await context.close();
  });

  test("in an English browser the page speaks English, findings included: no Chinese outside quoted document text", async () => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await page.route(/appsforoffice\.microsoft\.com/, (route) => route.abort());
    await page.goto(`${origin}/taskpane.html`);
    await page.getByRole("button", { name: "Read and check" }).waitFor();
    await page.getByRole("textbox").first().fill(seedText("000_206854ab748b39c9.txt"));
    await page.getByRole("button", { name: "Read and check" }).click();
    await page.getByRole("heading", { name: "Verdict" }).waitFor();
    const findings = await page.getByRole("region", { name: "Findings by table" }).innerText();
    expect(findings).toContain("172.13 (10k yuan)"); // the table 5/6 basic expenditure error, in English
    const verdict = await page.getByRole("region", { name: "Verdict" }).innerText();
    const chinese = `${verdict}\n${findings}`.split("\n").filter((line) => CJK.test(withoutQuotes(line)));
    expect(chinese).toEqual([]);
    await context.close();
  });

  /** A page at task-pane size with Office.js refused (no network here). */
  async function openPane(width: number, options: { bypassCSP?: boolean; locale?: string } = {}) {
    const context = await browser.newContext({
      acceptDownloads: true,
      locale: options.locale ?? "zh-CN",
      viewport: { width, height: 800 },
      bypassCSP: options.bypassCSP,
    });
    const page = await context.newPage();
    await page.route(/appsforoffice\.microsoft\.com/, (route) => route.abort());
    await page.goto(`${origin}/taskpane.html`);
    await page.getByRole("heading", { name: "预算公开助手" }).waitFor();
    return { context, page };
  }

  async function readSeedInto(page: Page, file: string) {
    await page.getByRole("textbox").first().fill(seedText(file));
    await page.getByRole("button", { name: "读取并检查" }).click();
    await page.getByRole("heading", { name: "检查结论" }).waitFor();
  }

  /** Screenshots are test artifacts in screenshots/ (git-ignored); UPDATE_SCREENSHOTS=1 also refreshes the README's. */
  const SHOTS = join(ROOT, "screenshots");
  async function keepScreenshot(page: Page, name: string, forReadme: boolean) {
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, name) });
    if (forReadme && process.env.UPDATE_SCREENSHOTS) copyFileSync(join(SHOTS, name), join(ROOT, "docs", "screenshots", name));
  }

  /** axe-core in the page: the serious and critical violations, by rule and element. */
  async function seriousViolations(page: Page): Promise<string[]> {
    await page.addScriptTag({ path: join(ROOT, "node_modules", "axe-core", "axe.min.js") });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }
      ).axe;
      return (await axe.run(document)).violations;
    });
    return violations.filter((v) => v.impact === "serious" || v.impact === "critical").flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
  }

  test.each([
    ["000_206854ab748b39c9.txt", "pane-350-seed000.png", "错误 2提示 5尾差 1说明 0"],
    ["002_5fdab3ab01a01bfd.txt", "pane-350-seed002.png", "错误 0提示 1尾差 2说明 0"],
  ])("at 350 px the verdict of %s is right under the input, above the fold", async (file, shot, counts) => {
    const { context, page } = await openPane(350);
    await readSeedInto(page, file);
    const verdict = page.getByRole("region", { name: "检查结论" });
    expect(await verdict.getByTestId("verdict-counts").textContent()).toBe(counts);
    const box = (await verdict.boundingBox())!;
    const input = (await page.getByRole("textbox").first().boundingBox())!;
    expect(box.y).toBeGreaterThan(input.y + input.height);
    expect(box.y + Math.min(box.height, 120)).toBeLessThan(800); // counts and the first error visible without scrolling
    expect(box.width).toBeLessThanOrEqual(350);
    // Nothing wider than the pane: no horizontal scrolling at task-pane width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(350);
    // The preview is there but collapsed.
    expect(
      await page
        .locator("details")
        .first()
        .evaluate((d) => (d as HTMLDetailsElement).open),
    ).toBe(false);
    await keepScreenshot(page, shot, true);
    await context.close();
  });

  test("each finding says 万元, expected, actual and difference; 尾差 only within the allowance; places are text outside Excel", async () => {
    const { context, page } = await openPane(1280);
    await readSeedInto(page, "000_206854ab748b39c9.txt");
    const findings = page.getByRole("region", { name: "检查结果（按表）" });
    const items = findings.getByRole("listitem");
    const first = await items.first().innerText();
    expect(first).toContain("应为 172.13万元 · 实际 438.68万元 · 相差 266.55万元");
    expect(first).toContain("原文第232、258行");
    // The 29.69万元 pension difference is a 提示 that says it is not rounding; the 0.02 is the only 尾差.
    const pension = findings.getByRole("listitem").filter({ hasText: "机关事业单位基本养老保险缴费”45.97" });
    expect(await pension.innerText()).toMatch(/^提示[\s\S]*相差29\.69万元（不是四舍五入的尾差/);
    const rounding = findings.getByRole("listitem").filter({ hasText: /^尾差/ });
    expect(await rounding.count()).toBe(1);
    expect(await rounding.innerText()).toContain("相差 0.02万元");
    expect(await rounding.innerText()).toContain("共2处：合计");
    // Groups in table order.
    const groups = await findings.getByRole("heading", { level: 3 }).allInnerTexts();
    expect(groups).toEqual(["表5、表6（5）", "表6（1）", "表6、表11（1）", "绩效目标表（1）"]);
    expect(await findings.locator("a").count()).toBe(0);
    await keepScreenshot(page, "pane-1280-seed000.png", false);
    await context.close();
  });

  test("no stale state: a changed text disables 下载 until re-read; a refused file leaves the box; an empty box says why", async () => {
    const { context, page } = await openPane(350);
    const read = page.getByRole("button", { name: "读取并检查" });
    expect(await read.getAttribute("aria-disabled")).toBe("true");
    await page.getByText("先打开预算公开的PDF文件或粘贴其文字，才能读取并检查。").waitFor();
    await readSeedInto(page, "000_206854ab748b39c9.txt");
    const text = await page.getByRole("textbox").first().inputValue();
    await page.getByTestId("file-input").setInputFiles({
      name: "chart.png",
      mimeType: "image/png",
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
    });
    await page
      .getByRole("alert")
      .getByText(/文件不是文本/)
      .waitFor();
    expect(await page.getByRole("textbox").first().inputValue()).toBe(text);
    expect(await page.getByRole("region", { name: "检查结论" }).isVisible()).toBe(true);

    await page.getByRole("textbox").first().fill(seedText("002_5fdab3ab01a01bfd.txt"));
    const download = page.getByRole("button", { name: "下载 Excel 工作簿" });
    expect(await download.getAttribute("aria-disabled")).toBe("true");
    expect(await page.getByRole("region", { name: "检查结论" }).count()).toBe(0);
    let downloads = 0;
    page.on("download", () => downloads++);
    await download.click({ force: true });
    await page.waitForTimeout(300);
    expect(downloads).toBe(0);
    await page.getByText("文字已改动：请重新读取并检查，再生成工作簿。").waitFor();
    await read.click();
    await page
      .getByRole("region", { name: "检查结论" })
      .getByText(/大同市行政审批服务管理局/)
      .waitFor();
    const [saved] = await Promise.all([page.waitForEvent("download"), download.click()]);
    expect(saved.suggestedFilename()).toBe("大同市行政审批服务管理局2026年度预算公开（核对）.xlsx");
    await context.close();
  });

  test("the text box takes a click anywhere in its frame", async () => {
    const { context, page } = await openPane(350);
    const frame = page.locator(".fui-Textarea").first();
    const box = (await frame.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(120);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height - 8);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("TEXTAREA");
    await context.close();
  });

  test("keyboard only: paste, read, reach 下载 and download, with no dead tab stops on the way", async () => {
    const { context, page } = await openPane(350);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("TEXTAREA");
    await page.keyboard.insertText(seedText("000_206854ab748b39c9.txt"));
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("读取并检查");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "检查结论" }).waitFor();
    // Tab on until 下载, noting every stop: each must be a control with a name that does something.
    const stops: string[] = [];
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press("Tab");
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const role = el.getAttribute("role") ?? el.tagName.toLowerCase();
        return `${role}:${el.getAttribute("aria-label") ?? el.textContent?.trim() ?? ""}`;
      });
      stops.push(stop);
      if (stop.includes("下载 Excel 工作簿")) break;
    }
    expect(stops).toEqual(["button:打开PDF或文本文件…", "button:清空", "button:下载 Excel 工作簿"]);
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(download.suggestedFilename()).toBe("大同市政务服务中心2025年度预算公开（核对）.xlsx");
    // Past 下载: the draft, the filter, the reviewer's and 对比上年 controls, then the preview's summary; all reachable, none dead.
    const after: string[] = [];
    for (let i = 0; i < 15 && after[after.length - 1] !== "summary"; i++) {
      await page.keyboard.press("Tab");
      after.push(await page.evaluate(() => (document.activeElement?.getAttribute("role") ?? document.activeElement?.tagName.toLowerCase()) + ""));
    }
    expect(after.slice(0, 2)).toEqual(["button", "combobox"]);
    expect(after[after.length - 1]).toBe("summary");
    for (const stop of after) expect(["button", "combobox", "select", "input", "textbox", "textarea", "summary"]).toContain(stop);
    await page.keyboard.press("Enter");
    expect(
      await page
        .locator("details")
        .first()
        .evaluate((d) => (d as HTMLDetailsElement).open),
    ).toBe(true);
    await context.close();
  });

  test.each(["000_206854ab748b39c9.txt", "002_5fdab3ab01a01bfd.txt"])(
    "axe-core: no serious or critical violation with %s read, in both widths",
    async (file) => {
      for (const width of [350, 1280]) {
        const { context, page } = await openPane(width, { bypassCSP: true });
        expect(await seriousViolations(page)).toEqual([]); // the empty page
        await readSeedInto(page, file);
        await page.locator("details summary").first().click(); // the preview open too
        expect(await seriousViolations(page)).toEqual([]);
        await context.close();
      }
    },
  );

  test("results and errors are announced: a status region with the verdict, an alert region with the error", async () => {
    const { context, page } = await openPane(350);
    await readSeedInto(page, "002_5fdab3ab01a01bfd.txt");
    expect(await page.getByRole("status").first().textContent()).toBe("大同市行政审批服务管理局 2026：未发现错误。发现错误0条、提示1条、尾差2条、说明0条。");
    await page.getByRole("textbox").first().fill("会议通知");
    await page.getByRole("button", { name: "读取并检查" }).click();
    await page
      .getByRole("alert")
      .getByText(/这似乎不是预算公开文件/)
      .waitFor();
    await context.close();
  });

  test("the page's Content-Security-Policy forbids every connection", () => {
    const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
    const csp = /Content-Security-Policy"? content="([^"]+)"/.exec(html)![1];
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/form-action 'none'/);
  });
});
