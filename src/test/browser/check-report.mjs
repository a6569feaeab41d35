// Opens a veil scan report in headless Chromium and prints, as one JSON object, what a person
// would see: the totals, the chart bars, the table rows, and the table after sorting and
// filtering. Every request the page makes other than for the report file itself is aborted and
// listed under "requests", so the caller can assert that the page loads nothing.
//
// usage: node check-report.mjs REPORT.html SCREENSHOT.png [FILTER_WORD]
import { chromium } from "playwright-core";
import { pathToFileURL } from "node:url";
import path from "node:path";

const [reportPath, screenshotPath, filterWord = "pptx"] = process.argv.slice(2);
if (!reportPath || !screenshotPath) {
  console.error("usage: node check-report.mjs REPORT.html SCREENSHOT.png [FILTER_WORD]");
  process.exit(2);
}
const reportUrl = pathToFileURL(path.resolve(reportPath)).href;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  // No background connections: Chromium otherwise phones home at start.
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
});
const out = { requests: [], consoleErrors: [], pageErrors: [] };
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url === reportUrl) {
      return route.continue();
    }
    out.requests.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on("console", (m) => { if (m.type() === "error") { out.consoleErrors.push(m.text()); } });
  page.on("pageerror", (e) => out.pageErrors.push(String(e)));
  await page.goto(reportUrl, { waitUntil: "load" });

  out.title = await page.title();
  out.totals = await page.$$eval(".total .n", (ns) => Object.fromEntries(ns.map((n) => [n.id.replace("total-", ""), n.textContent])));
  out.typeBars = await page.$$eval("svg[aria-label='Findings by entity type'] g.bar",
    (gs) => gs.map((g) => [g.getAttribute("data-label"), Number(g.getAttribute("data-value"))]));
  out.levelBars = await page.$$eval("svg[aria-label='Objects by sensitivity'] g.bar",
    (gs) => gs.map((g) => [g.getAttribute("data-label"), Number(g.getAttribute("data-value"))]));
  out.svgVisible = await page.locator("svg.chart").first().isVisible();
  out.topCount = await page.locator("#top li:not(.none)").count();
  const keys = () => page.$$eval("#objects tbody tr:not(.hidden) td:first-child", (tds) => tds.map((td) => td.textContent));
  out.rows = await keys();

  // Sort by findings, most first (two clicks: ascending, then descending).
  const findingsHeader = page.locator("#objects th", { hasText: "findings" });
  await findingsHeader.click();
  await findingsHeader.click();
  out.sortedByFindingsDesc = await page.$$eval("#objects tbody tr td:nth-child(6)", (tds) => tds.map((td) => Number(td.textContent)));

  await page.fill("#filter", filterWord);
  out.filteredRows = await keys();
  out.shownAfterFilter = await page.textContent("#shown");
  await page.fill("#filter", "");
  await page.selectOption("#level-filter", "medium");
  out.mediumRows = await keys();
  await page.selectOption("#level-filter", "");

  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: screenshotPath, fullPage: false });
} finally {
  await browser.close();
}
console.log(JSON.stringify(out));
