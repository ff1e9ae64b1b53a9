import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/territoires/[slug]/rapport/pdf/route";
import { ATTEMPT_LIMITS } from "@/lib/auth/attempt-limits";
import { createUser } from "@/tests/factories";
import { actAs } from "@/tests/session";

// The browser itself is exercised end to end (e2e/dashboard/territory-dashboard.spec.ts); here,
// what the route decides before starting one, and how many it runs at a time.
const printing = vi.hoisted(() => ({ inProgress: 0, most: 0 }));
vi.mock("playwright-core", () => ({
  chromium: {
    launch: async () => ({
      newContext: async () => ({
        newPage: async () => ({
          setDefaultTimeout: () => {},
          emulateMedia: async () => {},
          route: async () => {},
          goto: async () => {
            printing.inProgress++;
            printing.most = Math.max(printing.most, printing.inProgress);
            await new Promise((resolve) => setTimeout(resolve, 20));
            return { ok: () => true, status: () => 200 };
          },
          waitForFunction: async () => {},
          evaluate: async () => {},
          pdf: async () => {
            printing.inProgress--;
            return Buffer.from("%PDF-1.7 rapport");
          },
        }),
      }),
      close: async () => {},
    }),
  },
}));

function pdfRequest(slug: string, query = "") {
  return GET(new Request(`http://localhost/territoires/${slug}/rapport/pdf${query}`), {
    params: Promise.resolve({ slug }),
  });
}

describe("GET /territoires/[slug]/rapport/pdf", () => {
  beforeEach(() => {
    printing.inProgress = 0;
    printing.most = 0;
  });

  it("answers a committee member with a PDF attachment named after the territory", async () => {
    actAs(await createUser({ college: "ELU", territories: [{ slug: "vallee-de-la-bresle" }] }));
    const response = await pdfRequest("vallee-de-la-bresle");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(response.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="rapport-vallee-de-la-bresle-\d{4}-\d{2}-\d{2}\.pdf"$/,
    );
    expect(new TextDecoder().decode(await response.arrayBuffer())).toMatch(/^%PDF-/);
  });

  it("starts no browser without a session, outside the caller's scope, or for a hostile parameter", async () => {
    actAs(null);
    expect((await pdfRequest("vallee-de-la-bresle")).status).toBe(401);
    actAs(await createUser({ college: "ELU", territories: [{ slug: "pays-de-l-aigle" }] }));
    expect((await pdfRequest("vallee-de-la-bresle")).status).toBe(404);
    expect((await pdfRequest("pays-de-l-aigle", "?months=%00")).status).toBe(400);
    expect(printing.most).toBe(0);
  });

  it("prints at most two reports at a time and refuses an account that asks for too many", async () => {
    actAs(await createUser({ college: "INDUSTRIEL", territories: [{ slug: "vallee-de-la-bresle" }] }));
    const allowance = ATTEMPT_LIMITS["report-pdf"].points;
    const responses = await Promise.all(Array.from({ length: allowance }, () => pdfRequest("vallee-de-la-bresle")));
    expect(responses.map((response) => response.status)).toEqual(Array(allowance).fill(200));
    expect(printing.most).toBe(2);

    const refused = await pdfRequest("vallee-de-la-bresle");
    expect(refused.status).toBe(429);
    expect(await refused.text()).toMatch(/réessayez dans quelques minutes/);
  });
});
