import { expect, test } from "@playwright/test";

const REFUSAL = "Requête refusée : origine non autorisée.";

/** Splits a CSP header into its directives, e.g. `script-src` → `["'self'", "'nonce-…'"]`. */
function parseCsp(header: string): Map<string, string[]> {
  return new Map(
    header
      .split(";")
      .map((directive) => directive.trim().split(/\s+/))
      .filter((tokens) => tokens[0])
      .map(([name = "", ...values]) => [name, values]),
  );
}

test.describe("Security headers", () => {
  test("the home page is served with a strict nonce-based CSP and hardening headers", async ({ request }) => {
    const response = await request.get("/");
    expect(response.status()).toBe(200);
    const headers = response.headers();

    const csp = parseCsp(headers["content-security-policy"] ?? "");
    const scriptSrc = csp.get("script-src") ?? [];
    const nonce = scriptSrc.find((token) => token.startsWith("'nonce-"))?.slice("'nonce-".length, -1);
    expect(nonce).toMatch(/^[A-Za-z0-9+/=]{16,}$/);
    expect(scriptSrc).toContain("'strict-dynamic'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'none'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    // The test server speaks plain HTTP.
    expect(csp.has("upgrade-insecure-requests")).toBe(false);

    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");

    // With 'strict-dynamic' even same-origin script files need the nonce when written in the HTML.
    const scriptTags = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scriptTags.length).toBeGreaterThan(0);
    for (const tag of scriptTags) expect(tag).toContain(`nonce="${nonce}"`);
  });

  test("every response gets a fresh nonce", async ({ request }) => {
    const nonceOf = async () =>
      /'nonce-([^']+)'/.exec((await request.get("/")).headers()["content-security-policy"] ?? "")?.[1];
    const [first, second] = [await nonceOf(), await nonceOf()];
    expect(first).toBeTruthy();
    expect(second).toBeTruthy();
    expect(first).not.toBe(second);
  });

  test("the home page runs Next.js and the DSFR without any CSP violation", async ({ page }) => {
    const consoleViolations: string[] = [];
    page.on("console", (message) => {
      if (message.text().includes("Content Security Policy")) consoleViolations.push(message.text());
    });
    // The console can miss violations reported before the listener; the DOM event never does.
    await page.addInitScript(() => {
      const violations: string[] = [];
      Object.assign(window, { cspViolations: violations });
      document.addEventListener("securitypolicyviolation", (event) => {
        violations.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });

    await page.goto("/");
    // The DSFR marks the root element once its JavaScript has started.
    await expect(page.locator("html")).toHaveAttribute("data-fr-js", "true");
    await page.waitForLoadState("networkidle");

    const domViolations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    expect(domViolations).toEqual([]);
    expect(consoleViolations).toEqual([]);
  });
});

test.describe("Cross-origin requests", () => {
  test("a state-changing request from another origin is refused", async ({ request }) => {
    const response = await request.post("/", { headers: { Origin: "https://evil.example" } });
    expect(response.status()).toBe(403);
    expect(await response.text()).toBe(REFUSAL);
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  });

  test("a state-changing request that the browser flags as cross-site is refused", async ({ request }) => {
    const response = await request.post("/api/auth/signout", { headers: { "Sec-Fetch-Site": "cross-site" } });
    expect(response.status()).toBe(403);
  });

  test("a state-changing request from the app's own origin goes through", async ({ request, baseURL }) => {
    const response = await request.post("/", { headers: { Origin: new URL(baseURL ?? "").origin } });
    expect(response.status()).not.toBe(403);
  });

  test("a cross-origin read is not refused", async ({ request }) => {
    const response = await request.get("/", { headers: { Origin: "https://evil.example" } });
    expect(response.status()).toBe(200);
  });
});
