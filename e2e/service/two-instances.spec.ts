import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { promisify } from "node:util";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { startAppInstances, startReverseProxy, type RunningProcess } from "../../scripts/app-instances";
import { createFreshPostgresDatabase, type FreshDatabase } from "../../scripts/db/fresh-database";
import { accounts, DEMO_PASSWORD } from "../fixtures/accounts";
import { signInFrom } from "../fixtures/scripted-sign-in";
import { ActionPlanPage } from "../pages/action-plan.pom";
import { ActionPage } from "../pages/action.pom";
import { DashboardPage } from "../pages/dashboard.pom";
import { SiteHeader } from "../pages/header.pom";
import { LoginPage } from "../pages/login.pom";

// Two production instances on one PostgreSQL behind the reverse proxy of deploy/Caddyfile (Debian's
// caddy), as docker-compose.yml deploys them. They share nothing but the database: this test checks
// that they behave as one. Its own database, instances and proxy, on the ports after E2E_PORT's.
const basePort = Number(process.env.E2E_PORT ?? 3100);
const origins = {
  proxy: `http://127.0.0.1:${basePort + 1}`,
  a: `http://127.0.0.1:${basePort + 2}`,
  b: `http://127.0.0.1:${basePort + 3}`,
};
const INVALID = "Adresse électronique ou mot de passe incorrect.";
const THROTTLED = "Trop de tentatives de connexion. Réessayez dans 15 minutes.";

let database: FreshDatabase | undefined;
let instances: RunningProcess[] = [];
let proxy: RunningProcess | undefined;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  database = await createFreshPostgresDatabase("two_instances");
  // Both instances start together on the empty database, as `docker compose up` starts them, and
  // so does the demo seed (accounts and plans): each prepares the database first (migrations,
  // reference data), in turn, under the lock of scripts/db/prepare.ts.
  const seeding = promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/seed.ts", "--demo"], {
    env: { ...process.env, NODE_ENV: "test", DATABASE_URL: database.url },
  });
  const starting = startAppInstances({
    ports: [basePort + 2, basePort + 3],
    databaseUrl: database.url,
    publicUrl: origins.proxy,
    secret: randomBytes(32).toString("base64url"),
    // The proxy connects from 127.0.0.1: the address it forwards is the client's.
    env: { TRUSTED_PROXIES: "127.0.0.1" },
  }).then((started) => (instances = started));
  const failure = (await Promise.allSettled([seeding, starting])).find((result) => result.status === "rejected");
  if (failure) throw failure.reason;
  proxy = await startReverseProxy({
    port: basePort + 1,
    upstreams: instances.map(({ origin }) => new URL(origin).host),
  });
});

let contexts: BrowserContext[] = [];

test.afterEach(async ({}, testInfo) => {
  await Promise.all(contexts.map((context) => context.close()));
  contexts = [];
  if (testInfo.status === testInfo.expectedStatus) return;
  for (const [name, running] of [
    ["instance A", instances[0]],
    ["instance B", instances[1]],
    ["proxy", proxy],
  ] as const) {
    if (running) await testInfo.attach(name, { body: running.output(), contentType: "text/plain" });
  }
});

test.afterAll(async () => {
  await proxy?.stop();
  await Promise.all(instances.map((instance) => instance.stop()));
  await database?.drop();
});

async function openOn(browser: Browser, origin: string, from?: BrowserContext): Promise<Page> {
  const context = await browser.newContext({
    baseURL: origin,
    locale: "fr-FR",
    storageState: from ? await from.storageState() : undefined,
  });
  contexts.push(context);
  return context.newPage();
}

/** A wrong password, submitted and answered (the next attempt then sees it counted). */
async function failSignIn(page: Page, email: string, attempt: number): Promise<void> {
  const login = new LoginPage(page);
  const answered = page.waitForResponse((response) => response.url().includes("/api/auth/callback/credentials"));
  await login.submit(email, `mauvais mot de passe ${attempt}`);
  await answered;
  await expect(login.error()).toHaveText(INVALID);
}

async function openFirstActionInProgress(page: Page): Promise<void> {
  const plan = new ActionPlanPage(page);
  await plan.goto("axe-seine");
  await plan.chooseFilter("Statut", "En cours");
  await plan.applyFilters();
  await plan.table().getByRole("rowheader").getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

test.describe("Two instances on one database", () => {
  test("a session opened on one instance works on the other, and signing out of one ends it on both", async ({
    browser,
  }) => {
    const onA = await openOn(browser, origins.a);
    await new LoginPage(onA).signIn(accounts.eluAxeSeine);

    // The session cookie A set, sent to B.
    const onB = await openOn(browser, origins.b, onA.context());
    await onB.goto("/territoires/axe-seine");
    await expect(onB.getByRole("heading", { level: 1, name: "Axe Seine" })).toBeVisible();
    const kept = await onB.context().storageState();

    await new SiteHeader(onB).signOut();
    // A was never told, and its browser still sends the cookie: the database says the session is over.
    await onA.goto("/territoires/axe-seine");
    await expect(onA).toHaveURL(/\/connexion/);
    const replayOnB = await openOn(browser, origins.b);
    await replayOnB.context().addCookies(kept.cookies);
    await replayOnB.goto("/territoires/axe-seine");
    await expect(replayOnB).toHaveURL(/\/connexion/);
  });

  test("failed sign-ins on both instances count together", async ({ browser }) => {
    const onA = await openOn(browser, origins.a);
    const onB = await openOn(browser, origins.b);
    await new LoginPage(onA).goto();
    await new LoginPage(onB).goto();
    for (let attempt = 1; attempt <= 5; attempt++) {
      await failSignIn(attempt % 2 ? onA : onB, accounts.eluBresle, attempt);
    }
    // Three failures on A, two on B: the sixth attempt is refused on either, right password or not.
    for (const page of [onA, onB]) {
      const login = new LoginPage(page);
      await login.submit(accounts.eluBresle, DEMO_PASSWORD);
      await expect(login.error()).toHaveText(THROTTLED);
    }
  });

  test("a progress point recorded on one instance shows at once on the other's dashboard", async ({ browser }) => {
    const onA = await openOn(browser, origins.a);
    await new LoginPage(onA).signIn(accounts.industrielAxeSeine);
    const onB = await openOn(browser, origins.b, onA.context());
    const dashboard = new DashboardPage(onB);
    await dashboard.goto("axe-seine", "Axe Seine");
    const [done, total] = (
      await dashboard
        .tile("Réalisées")
        .getByText(/^\d+ sur \d+$/)
        .innerText()
    )
      .split(" sur ")
      .map(Number) as [number, number];

    await openFirstActionInProgress(onA);
    await new ActionPage(onA).recordProgress("100", "Réalisée", "Atelier livré et réceptionné.");

    await dashboard.goto("axe-seine", "Axe Seine");
    await expect(dashboard.tile("Réalisées")).toContainText(`${done + 1} sur ${total}`);
  });

  test("through the proxy: forms pass the origin check, and sign-ins count against the client's address", async ({
    browser,
  }) => {
    // Another client of this machine (127.0.0.2) guesses a password through the proxy, making up a
    // new X-Forwarded-For each time: the proxy replaces it, the app counts one address and blocks it.
    const credentials = { email: accounts.chefAxeSeine, password: "pas le bon mot de passe" };
    for (let attempt = 1; attempt <= 5; attempt++) {
      const forged = { "x-forwarded-for": `198.51.100.${attempt}` };
      expect(await signInFrom("127.0.0.2", origins.proxy, credentials, forged)).toBe("CredentialsSignin");
    }
    expect(await signInFrom("127.0.0.2", origins.proxy, { ...credentials, password: DEMO_PASSWORD })).toMatch(
      /^THROTTLED:/,
    );

    // The browser, at 127.0.0.1, is not that client: through the same proxy it signs in to the same
    // account, then records a point with a server action (its Origin matched against the Host the
    // proxy passed on and its X-Forwarded-Host).
    const page = await openOn(browser, origins.proxy);
    await new LoginPage(page).signIn(accounts.chefAxeSeine);
    await expect(page.getByRole("heading", { level: 1, name: "Axe Seine" })).toBeVisible();
    await openFirstActionInProgress(page);
    await new ActionPage(page).recordProgress("60", "En cours", "Point saisi à travers le proxy.");
  });
});
