import { describe, expect, it } from "vitest";
import { inviteUser } from "@/lib/users/mutations";
import { createUser, territoryId } from "@/tests/factories";
import { actAs } from "@/tests/session";
import { GET } from "./route";

const exportJournal = (query: string) => GET(new Request(`http://localhost/admin/journal/export?${query}`));

describe("GET /admin/journal/export", () => {
  it("exports the filtered journal the reader may see, as CSV for Excel", async () => {
    const etat = await createUser({ college: "ETAT", regionCode: "28" });
    actAs(etat);
    const name = `Dominique ${crypto.randomUUID().slice(0, 8)}`;
    const invited = await inviteUser({
      email: `export-${crypto.randomUUID()}@exemple.fr`,
      name,
      organisation: "CC de la Côte d'Albâtre",
      college: "ELU",
      territoryIds: [await territoryId("vallee-de-la-bresle")],
      binomeTerritoryIds: [],
    });
    if (!invited.ok) throw new Error(invited.message);

    const response = await exportJournal(`person=${invited.data.userId}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="journal-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const text = new TextDecoder().decode(await response.arrayBuffer());
    const lines = text
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe("Date;Auteur;Opération;Élément;Territoire;Détails");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`Test ETAT;Invitation;${name};Vallée de la Bresle;Collège : (aucun) → Élu·e`);

    // Another region's State reads nothing of it.
    actAs(await createUser({ college: "ETAT", regionCode: "24" }));
    const elsewhere = new TextDecoder().decode(
      await (await exportJournal(`person=${invited.data.userId}`)).arrayBuffer(),
    );
    expect(
      elsewhere
        .replace(/^\uFEFF/, "")
        .trim()
        .split("\r\n"),
    ).toHaveLength(1);
  });

  it("answers 401 without a session, 404 to who may not read the journal, 400 on a hostile parameter", async () => {
    actAs(null);
    expect((await exportJournal("")).status).toBe(401);
    actAs(await createUser({ college: "ELU", territories: [{ slug: "axe-seine", isBinome: true }] }));
    expect((await exportJournal("")).status).toBe(404);
    actAs(await createUser({ college: "ADMIN" }));
    const hostile = await exportJournal("person=%00");
    expect(hostile.status).toBe(400);
    expect(await hostile.text()).toContain("Paramètre « person »");
  });
});
