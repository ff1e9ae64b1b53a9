import "server-only";
import { existsSync } from "node:fs";
import pLimit from "p-limit";
import { chromium } from "playwright-core";

// The committee report as a PDF file, printed from the report page itself by the Debian Chromium
// the end-to-end tests already use (playwright-core drives it; no browser is downloaded). Printing
// our own page keeps one chart library and one layout: a JavaScript PDF library would draw every
// chart a second time. The browser visits only our own origin, with the caller's session cookie.

const PDF_TIMEOUT_MS = 30_000;

// Each rendering runs a browser (some 200 MB and a core while it prints): one instance prints at
// most two reports at a time, the others wait their turn. This bounds the instance's own memory
// and CPU only; nothing about the reports is kept between requests.
const renderingTurns = pLimit(2);

function chromiumPath(): string {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return configured;
  if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  throw new Error("No Chromium to print the report: install Debian's chromium or set CHROMIUM_PATH.");
}

export type ReportPdfRequest = {
  /** The report page on this very server. */
  url: string;
  /** The caller's Cookie header: the page is read with their session and their rights. */
  cookie: string;
  /** Repeated at the top of every page. */
  heading: string;
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

export async function renderReportPdf(request: ReportPdfRequest): Promise<Buffer> {
  return renderingTurns(() => printReport(request));
}

async function printReport({ url, cookie, heading }: ReportPdfRequest): Promise<Buffer> {
  const origin = new URL(url).origin;
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  try {
    // A4 (210 mm) less the 15 mm side margins, at 96 dpi: the charts are measured at the width they
    // will print at.
    const context = await browser.newContext({
      viewport: { width: 680, height: 1000 },
      extraHTTPHeaders: { cookie },
      locale: "fr-FR",
      timezoneId: "Europe/Paris",
    });
    const page = await context.newPage();
    page.setDefaultTimeout(PDF_TIMEOUT_MS);
    await page.route("**/*", (route) =>
      new URL(route.request().url()).origin === origin ? route.continue() : route.abort(),
    );
    // Laid out for print from the start, so the charts are drawn for the page they land on (a
    // layout for the screen, reflowed at print time, left a blank last page).
    await page.emulateMedia({ media: "print" });
    const response = await page.goto(url, { waitUntil: "networkidle" });
    if (!response?.ok()) throw new Error(`The report page answered ${response?.status() ?? "nothing"}.`);
    // Every chart is drawn in the browser: wait until each drawing holds its SVG.
    await page.waitForFunction(() =>
      [...document.querySelectorAll(".ti-chart__drawing")].every((drawing) => drawing.querySelector("svg")),
    );
    await page.evaluate(() => document.fonts.ready);
    const small =
      'style="font-family: Marianne, Arial, sans-serif; font-size: 8px; width: 100%; margin: 0 15mm; color: #3a3a3a"';
    return await page.pdf({
      format: "A4",
      printBackground: true,
      margin: { top: "20mm", bottom: "18mm", left: "15mm", right: "15mm" },
      displayHeaderFooter: true,
      headerTemplate: `<div ${small}>${escapeHtml(heading)}</div>`,
      footerTemplate: `<div ${small}>TI Pilotage — page <span class="pageNumber"></span> sur <span class="totalPages"></span></div>`,
    });
  } finally {
    await browser.close();
  }
}
