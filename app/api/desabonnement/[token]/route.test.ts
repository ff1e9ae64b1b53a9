import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db";
import { signUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";
import { createUser } from "@/tests/factories";
import { POST } from "./route";

beforeAll(() => {
  process.env.NEXTAUTH_SECRET ??= "secret-de-test-des-notifications";
});

// What a mail client sends for RFC 8058 one-click unsubscribe: a POST, no cookie, no Origin.
function oneClick(token: string) {
  const request = new Request(`http://localhost/api/desabonnement/${token}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: "List-Unsubscribe=One-Click",
  });
  return POST(request, { params: Promise.resolve({ token }) });
}

describe("POST /api/desabonnement/[token]", () => {
  it("turns the link's kind off, and refuses a forged link with a French message", async () => {
    const user = await createUser();
    const response = await oneClick(signUnsubscribeToken({ userId: user.id, kind: "CAMPAIGN" }));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("« Campagnes de suivi »");
    const preferences = () => getPrisma().notificationPreference.findMany({ where: { userId: user.id } });
    expect((await preferences()).map(({ kind, mode }) => [kind, mode])).toEqual([["CAMPAIGN", "OFF"]]);

    const forged = await oneClick(signUnsubscribeToken({ userId: user.id, kind: "DIGEST" }, "une-autre-clé"));
    expect(forged.status).toBe(404);
    expect(await forged.text()).toContain("n'est pas valide");
    expect(await preferences()).toHaveLength(1);
  });
});
