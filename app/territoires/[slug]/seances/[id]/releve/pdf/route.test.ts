import { describe, expect, it, vi } from "vitest";
import { GET as getConvocation } from "@/app/territoires/[slug]/seances/[id]/convocation/pdf/route";
import { GET } from "@/app/territoires/[slug]/seances/[id]/releve/pdf/route";
import { compileMinutes } from "@/lib/meetings/minutes-mutations";
import { planMeeting } from "@/lib/meetings/mutations";
import { createUser, territoryId } from "@/tests/factories";
import { actAs } from "@/tests/session";

// The browser itself is exercised end to end (e2e/meetings/minutes.spec.ts); here, what the route
// decides before starting one, and which page it prints.
const printed = vi.hoisted(() => ({ urls: [] as string[] }));
vi.mock("playwright-core", () => ({
  chromium: {
    launch: async () => ({
      newContext: async () => ({
        newPage: async () => ({
          setDefaultTimeout: () => {},
          emulateMedia: async () => {},
          route: async () => {},
          goto: async (url: string) => {
            printed.urls.push(url);
            return { ok: () => true, status: () => 200 };
          },
          waitForFunction: async () => {},
          evaluate: async () => {},
          pdf: async () => Buffer.from("%PDF-1.7 relevé"),
        }),
      }),
      close: async () => {},
    }),
  },
}));

const SLUG = "caen-industrie";

function pdfRequest(slug: string, id: string) {
  return GET(new Request(`http://localhost/territoires/${slug}/seances/${id}/releve/pdf`), {
    params: Promise.resolve({ slug, id }),
  });
}

describe("GET /territoires/[slug]/seances/[id]/{releve,convocation}/pdf", () => {
  it("prints the relevé page once it is established, and the convocation, for whoever reads the territory only", async () => {
    const chef = await createUser({ college: "CHEF_DE_PROJET", territories: [{ slug: SLUG }] });
    actAs(chef);
    const planned = await planMeeting({
      territoryId: await territoryId(SLUG),
      kind: "COMITE_PILOTAGE",
      day: "2026-11-02",
      time: "10:00",
      place: "Caen",
      participantIds: [chef.id],
    });
    if (!planned.ok) throw new Error(planned.message);
    const { meetingId } = planned.data;

    expect((await pdfRequest(SLUG, meetingId)).status).toBe(404);
    expect(await compileMinutes({ meetingId, version: 1 })).toMatchObject({ ok: true });

    actAs(null);
    expect((await pdfRequest(SLUG, meetingId)).status).toBe(401);
    actAs(await createUser({ college: "ELU", territories: [{ slug: "sud-manche" }] }));
    expect((await pdfRequest(SLUG, meetingId)).status).toBe(404);
    expect((await pdfRequest("sud-manche", meetingId)).status).toBe(404);
    expect(printed.urls).toEqual([]);

    actAs(await createUser({ college: "REGION", regionCode: "28" }));
    const response = await pdfRequest(SLUG, meetingId);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Disposition")).toBe(`attachment; filename="releve-${SLUG}-2026-11-02.pdf"`);
    expect(new TextDecoder().decode(await response.arrayBuffer())).toMatch(/^%PDF-/);
    expect(printed.urls).toEqual([
      expect.stringMatching(new RegExp(`/territoires/${SLUG}/seances/${meetingId}/releve$`)),
    ]);

    const convocation = await getConvocation(
      new Request(`http://localhost/territoires/${SLUG}/seances/${meetingId}/convocation/pdf`),
      { params: Promise.resolve({ slug: SLUG, id: meetingId }) },
    );
    expect(convocation.headers.get("Content-Disposition")).toBe(
      `attachment; filename="convocation-${SLUG}-2026-11-02.pdf"`,
    );
    expect(printed.urls[1]).toMatch(new RegExp(`/territoires/${SLUG}/seances/${meetingId}/convocation$`));
  });
});
