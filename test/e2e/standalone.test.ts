/**
 * End to end in real Chromium (Debian's, driven by playwright-core; no browser download): the built
 * task pane opened as a plain web page, as a user without Microsoft 365 would. CI installs chromium.
 */
import { createServer, type Server } from "node:http";
import { existsSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { spawnSync } from "node:child_process";
import ExcelJS from "exceljs";
import { chromium, type Browser } from "playwright-core";
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

    await page.getByRole("textbox").fill(seedText("000_206854ab748b39c9.txt"));
    await page.getByRole("button", { name: "读取并检查" }).click();
    await page.getByText("一般公共预算基本支出：表6合计为438.68，表5基本支出合计为172.13，相差266.55").waitFor();
    await page.getByText("参公事业单位的机关运行经费：表11机关运行经费为15.98，表6公用经费合计为14.24，相差1.74").waitFor();
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
    expect(workbook.getWorksheet("表06 基本支出经济科目表")!.getCell("C5").value).toBe(438.68);

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
    await page.getByText("未找到表1", { exact: false }).first().waitFor({ timeout: 90_000 });
    const elapsed = Date.now() - started;
    console.log(`standalone page, Chromium: 33-page PDF (${pdf.split("/").pop()}) from file to findings in ${elapsed} ms`);
    // The extracted lines are shown for the user to see what was read, cells TAB-separated.
    expect(await page.getByRole("textbox").inputValue()).toContain("201\t05\t07\t专项普查活动\t257,700\t257,700\t0\t0\t0");

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
    await page.getByRole("textbox").fill("会议通知\n请各科室参加。");
    await page.getByRole("button", { name: "读取并检查" }).click();
    await page.getByText("这似乎不是预算公开文件", { exact: false }).waitFor();
    await context.close();
  });

  test("in an English browser the page speaks English", async () => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await page.route(/appsforoffice\.microsoft\.com/, (route) => route.abort());
    await page.goto(`${origin}/taskpane.html`);
    await page.getByRole("button", { name: "Read and check" }).waitFor();
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
