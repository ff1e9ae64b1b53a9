// Screenshots of pages for the documentation, taken as a signed-in demo user against a running
// server (BASE_URL), in Debian's Chromium:
//   BASE_URL=http://127.0.0.1:3100 npx tsx scripts/screenshots.ts \
//     --page /territoires/axe-seine=docs/dashboard-territoire.png [--page …] [--as <email>]
//     [--section <heading id>]  (only the section that heading titles, e.g. carte-titre for the map)
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";

export type Shot = { path: string; file: string; section?: string };

export const DEMO_EMAIL = "elu.axe-seine@demo.ti-pilotage.fr";
const DEMO_PASSWORD = "Pilotage-Demo-2026";

export async function takeScreenshots({
  baseUrl,
  shots,
  email = DEMO_EMAIL,
  password = DEMO_PASSWORD,
  width = 1280,
}: {
  baseUrl: string;
  shots: Shot[];
  email?: string;
  password?: string;
  width?: number;
}): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu"],
  });
  try {
    const page = await browser.newPage({ baseURL: baseUrl, viewport: { width, height: 900 }, locale: "fr-FR" });
    await page.goto("/connexion");
    await page.getByRole("textbox", { name: /Adresse électronique/ }).fill(email);
    await page.getByLabel("Mot de passe", { exact: true }).fill(password);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/connexion"));
    for (const shot of shots) {
      await page.goto(shot.path, { waitUntil: "networkidle" });
      // Charts are drawn on the client once their container is measured.
      await page
        .locator(".recharts-surface")
        .first()
        .waitFor({ timeout: 10_000 })
        .catch(() => undefined);
      await mkdir(dirname(shot.file), { recursive: true });
      if (shot.section)
        await page.locator(`section[aria-labelledby="${shot.section}"]`).screenshot({ path: shot.file });
      else await page.screenshot({ path: shot.file, fullPage: true });
      console.log(`${shot.path} → ${shot.file}`);
    }
  } finally {
    await browser.close();
  }
}

function parseShot(value: string): Shot {
  const separator = value.lastIndexOf("=");
  if (separator <= 0) throw new Error(`--page attend « /chemin=fichier.png », reçu « ${value} »`);
  return { path: value.slice(0, separator), file: value.slice(separator + 1) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { page: { type: "string", multiple: true }, as: { type: "string" }, section: { type: "string" } },
  });
  const baseUrl = process.env.BASE_URL;
  if (!baseUrl || !values.page?.length) {
    console.error(
      "Usage: BASE_URL=http://127.0.0.1:3100 tsx scripts/screenshots.ts --page /chemin=fichier.png [--as email]",
    );
    process.exit(1);
  }
  const shots = values.page.map((value) => ({ ...parseShot(value), section: values.section }));
  await takeScreenshots({ baseUrl, shots, email: values.as });
}
