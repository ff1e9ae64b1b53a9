import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/territoires/[slug]/decisions/export/route";
import { todayInFrance } from "@/lib/dates";
import { closeDecision } from "@/lib/meetings/follow-up-mutations";
import { createActionAs } from "@/tests/actions";
import { createUser } from "@/tests/factories";
import { planMeetingAs, recordDecisionOn } from "@/tests/meetings";
import { actAs } from "@/tests/session";

const SLUG = "sud-manche";

function exportRequest(slug: string, query: string) {
  return GET(new Request(`http://localhost/territoires/${slug}/decisions/export?${query}`), {
    params: Promise.resolve({ slug }),
  });
}

/** A séance with an open decision whose text starts like a formula, and a closed one. */
async function meetingWithDecisions() {
  const chef = await createUser({ college: "CHEF_DE_PROJET", territories: [{ slug: SLUG }] });
  const action = await createActionAs(chef, SLUG, {
    title: `Action exportée ${crypto.randomUUID()}`,
    plannedEndDate: "2026-10-01",
  });
  const meetingId = await planMeetingAs(chef, SLUG, [chef.id], "2026-11-05");
  await recordDecisionOn(meetingId, action.actionId, 1, {
    text: "=Relancer le financeur",
    responsibleId: chef.id,
    dueDate: "2027-01-15",
  });
  const closed = await recordDecisionOn(meetingId, action.actionId, 2, { kind: "VALIDER", text: "Poursuivre" });
  expect(
    await closeDecision({ decisionId: closed, closingNote: "Poursuivie ; point fait en décembre." }),
  ).toMatchObject({
    ok: true,
  });
  return { chef, meetingId, action };
}

describe("GET /territoires/[slug]/decisions/export", () => {
  it("exports the filtered log as a CSV attachment with French headers, named after the territory and the day", async () => {
    const { chef, meetingId } = await meetingWithDecisions();
    actAs(chef);
    const response = await exportRequest(SLUG, `format=csv&seance=${meetingId}&state=open&responsable=nimporte`);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe(
      `attachment; filename="decisions-${SLUG}-${todayInFrance()}.csv"`,
    );
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder()
      .decode(bytes)
      .replace(/^\ufeff/, "")
      .split("\r\n")
      .filter(Boolean);
    expect(lines[0]).toBe(
      "Date de la séance;Séance;Point de l'ordre du jour;Action;Type de décision;Décision;Statut donné à l'action;Responsable;Échéance;État;Soldée le;Note de clôture",
    );
    // The malformed responsable filter is ignored; the state filter keeps the open decision only.
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(
      /^05\/11\/2026;Comité de pilotage;.*;Autre;'=Relancer le financeur;;Test CHEF_DE_PROJET;15\/01\/2027;En cours;;$/,
    );
  });

  it("exports an XLSX workbook with the closing note and typed dates", async () => {
    const { chef, meetingId } = await meetingWithDecisions();
    actAs(chef);
    const response = await exportRequest(SLUG, `format=xlsx&seance=${meetingId}&state=done`);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Disposition")).toMatch(/filename="decisions-sud-manche-[\d-]{10}\.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(2);
    const row = sheet.getRow(2).values as unknown[];
    expect(row[1]).toEqual(new Date("2026-11-05T00:00:00Z"));
    expect(row.slice(5, 7)).toEqual(["Valider", "Poursuivre"]);
    expect(row[10]).toBe("Soldée");
    expect(row[12]).toBe("Poursuivie ; point fait en décembre.");
  });

  it("answers 401 without a session, 404 outside the user's scope and 400 for an unknown format", async () => {
    actAs(null);
    const anonymous = await exportRequest(SLUG, "format=csv");
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).toBe("Connectez-vous pour exporter le suivi des décisions.");

    actAs(await createUser({ college: "ELU", territories: [{ slug: "axe-seine" }] }));
    const outOfScope = await exportRequest(SLUG, "format=csv");
    expect(outOfScope.status).toBe(404);
    expect(await outOfScope.text()).toBe("Territoire introuvable.");
    expect((await exportRequest(SLUG, "format=pdf")).status).toBe(400);

    actAs(await createUser({ college: "ETAT", regionCode: "28" }));
    expect((await exportRequest(SLUG, "format=csv")).status).toBe(200);
  });
});
