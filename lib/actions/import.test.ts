import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db";
import { createActionAs, permissionUserOf } from "@/tests/actions";
import { createUser, territoryId } from "@/tests/factories";
import { actAs } from "@/tests/session";
import { exportActionsCsv } from "./csv";
import { listActionsForExport } from "./export-queries";
import { importActions } from "./import-mutations";
import { planHeaders } from "./plan-columns";
import { actionFilters } from "./schemas";

// Other test files write actions in the same territories at the same time: every action here
// carries a token of its own in its title, and the test only looks at those.

async function actionsWithToken(slug: string, token: string) {
  const actions = await getPrisma().action.findMany({
    where: { territory: { slug }, title: { contains: token } },
    orderBy: { title: "asc" },
    include: {
      lever: { select: { code: true } },
      subTheme: { select: { code: true } },
      fundingLines: { orderBy: { position: "asc" } },
      indicators: { orderBy: { position: "asc" } },
    },
  });
  return actions.map((action) => ({
    id: action.id,
    fields: {
      title: action.title,
      leverCode: action.lever.code,
      subThemeCode: action.subTheme?.code ?? null,
      statusCode: action.statusCode,
      progress: action.progress,
      plannedStartDate: action.plannedStartDate,
      plannedEndDate: action.plannedEndDate,
      carrierCollege: action.carrierCollege,
      carrierOrganisation: action.carrierOrganisation,
      partners: action.partners,
      plannedBudget: action.plannedBudget,
      description: action.description,
      expectedResults: action.expectedResults,
      archivedAt: action.archivedAt,
      fundingLines: action.fundingLines.map(({ funderCode, amountRequested, amountGranted, position }) => ({
        funderCode,
        amountRequested,
        amountGranted,
        position,
      })),
      indicators: action.indicators.map(({ label, unit, target, latestValue, position }) => ({
        label,
        unit,
        target,
        latestValue,
        position,
      })),
    },
  }));
}

async function createPlan(slug: string, token: string) {
  const member = await createUser({ college: "ELU", territories: [{ slug }] });
  await createActionAs(member, slug, {
    title: `${token} Campus « industrie du futur » ; site "Est"`,
    description: "Première étape ;\nDeuxième étape, avec des accents : éèàçœ.",
    fundingLines: [
      { funderCode: "ETAT", amountRequested: "150000", amountGranted: "100000" },
      { funderCode: "REGION", amountRequested: "50000", amountGranted: "0" },
      { funderCode: "BANQUE_DES_TERRITOIRES", amountRequested: "1 250 000", amountGranted: "" },
    ],
    indicators: [
      { label: "Personnes formées", unit: "personnes", target: "120", latestValue: "45" },
      { label: "Taux d'insertion (jeunes)", unit: "", target: "62,5", latestValue: "" },
      { label: "Ratio : alternants | stagiaires", unit: "m (net)", target: "", latestValue: "-1.25" },
    ],
  });
  await createActionAs(member, slug, {
    title: `=${token} Foncier portuaire`,
    leverCode: "INFRASTRUCTURES",
    subThemeCode: "",
    statusCode: "A_VENIR",
    progress: "0",
    plannedStartDate: "",
    plannedEndDate: "",
    carrierCollege: "ELU",
    plannedBudget: "",
    partners: "",
    expectedResults: "",
    fundingLines: [],
    indicators: [],
  });
  await createActionAs(member, slug, {
    title: `${token} Maison de l'attractivité`,
    leverCode: "ATTRACTIVITE",
    subThemeCode: "ATTRACTIVITE_TERRITOIRE",
    statusCode: "REALISEE",
    progress: "100",
    carrierCollege: "REGION",
  });
  return member;
}

async function exportCsv(member: Awaited<ReturnType<typeof createUser>>, slug: string, token: string) {
  const filters = actionFilters.parse({ q: token, sort: "title", order: "asc" });
  const plan = await listActionsForExport(await permissionUserOf(member), slug, filters);
  return exportActionsCsv(plan!.rows);
}

/** A file of valid rows, with cells to change on some lines (line 1 is the header). */
function fileWithRows(token: string, changes: Record<number, Record<string, string>> = {}): string {
  const valid: Record<string, string> = {
    Titre: "",
    Levier: "Compétences",
    Statut: "En cours",
    "Avancement (%)": "20",
    "Collège du porteur": "Industriels",
    "Organisation porteuse": "UIMM Rouen Dieppe",
  };
  const lines = [2, 3, 4].map((line) => {
    const cells: Record<string, string> = { ...valid, Titre: `${token} ligne ${line}`, ...changes[line] };
    return planHeaders.map((header) => cells[header] ?? "").join(";");
  });
  return `\ufeff${planHeaders.join(";")}\r\n${lines.join("\r\n")}\r\n`;
}

describe("importActions", () => {
  it("imports a territory's export into another territory unchanged, with one audit event per action", async () => {
    const token = randomUUID().slice(0, 8);
    await createPlan("caen-industrie", token);
    const exporter = await createUser({ college: "ELU", territories: [{ slug: "caen-industrie" }] });
    const csv = await exportCsv(exporter, "caen-industrie", token);

    const importer = await createUser({ college: "INDUSTRIEL", territories: [{ slug: "nord-cotentin" }] });
    actAs(importer);
    const result = await importActions({ territoryId: await territoryId("nord-cotentin"), csv });

    expect(result).toMatchObject({ ok: true, data: { imported: 3, territorySlug: "nord-cotentin" } });
    const rows = result.ok ? result.data.rows : [];
    expect(rows.map(({ status, errors }) => ({ status, errors }))).toEqual(Array(3).fill({ status: "ok", errors: [] }));
    expect(rows[0]!.line).toBe(2);
    const original = await actionsWithToken("caen-industrie", token);
    const imported = await actionsWithToken("nord-cotentin", token);
    expect(imported.map((action) => action.fields)).toEqual(original.map((action) => action.fields));
    // Sorted by title, the campus is not always first: collations order "=" differently.
    const campus = imported.find((action) => action.fields.title.includes("Campus"));
    expect(campus!.fields.fundingLines).toHaveLength(3);
    expect(campus!.fields.indicators[2]).toMatchObject({
      label: "Ratio : alternants | stagiaires",
      unit: "m (net)",
    });

    const events = await getPrisma().auditEvent.findMany({
      where: { entityType: "action", entityId: { in: imported.map((action) => action.id) } },
    });
    expect(events).toHaveLength(3);
    for (const event of events) {
      expect(event).toMatchObject({
        actorId: importer.id,
        operation: "create",
        territoryId: await territoryId("nord-cotentin"),
      });
      expect(event.after).toMatchObject({ source: "import", title: expect.stringContaining(token) });
    }
  });

  it("writes nothing when one row is invalid, and names the row and the column", async () => {
    const token = randomUUID().slice(0, 8);
    const member = await createUser({ college: "ELU", territories: [{ slug: "sud-manche" }] });
    actAs(member);
    const csv = fileWithRows(token, { 3: { "Avancement (%)": "150" }, 4: { Levier: "Numérique" } });
    const result = await importActions({ territoryId: await territoryId("sud-manche"), csv });

    expect(result).toEqual({
      ok: true,
      data: {
        imported: 0,
        territorySlug: "sud-manche",
        rows: [
          { line: 2, status: "ok", title: `${token} ligne 2`, errors: [] },
          {
            line: 3,
            status: "error",
            title: `${token} ligne 3`,
            errors: [{ field: "Avancement (%)", message: "L'avancement ne peut pas dépasser 100 %." }],
          },
          {
            line: 4,
            status: "error",
            title: `${token} ligne 4`,
            errors: [{ field: "Levier", message: expect.stringContaining("Levier inconnu : « Numérique »") }],
          },
        ],
      },
    });
    expect(await actionsWithToken("sud-manche", token)).toEqual([]);
  });

  it("refuses a file it cannot read, with the reason on the file field", async () => {
    const member = await createUser({ college: "ELU", territories: [{ slug: "sud-manche" }] });
    actAs(member);
    const result = await importActions({
      territoryId: await territoryId("sud-manche"),
      csv: "Titre;Levier\r\nA;B\r\n",
    });
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { csv: [expect.stringContaining("Colonnes obligatoires manquantes : Statut")] },
    });
  });

  it("refuses an anonymous caller, a member of another territory and a regional user, and writes nothing", async () => {
    const token = randomUUID().slice(0, 8);
    const target = await territoryId("lisieux-industrie");
    const csv = fileWithRows(token);

    actAs(null);
    expect(await importActions({ territoryId: target, csv })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    actAs(await createUser({ college: "ELU", territories: [{ slug: "axe-seine" }] }));
    expect(await importActions({ territoryId: target, csv })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(await createUser({ college: "REGION", regionCode: "28" }));
    expect(await importActions({ territoryId: target, csv })).toMatchObject({ ok: false, code: "FORBIDDEN" });

    expect(await actionsWithToken("lisieux-industrie", token)).toEqual([]);
    actAs(await createUser({ college: "INDUSTRIEL", territories: [{ slug: "lisieux-industrie" }] }));
    expect(await importActions({ territoryId: target, csv })).toMatchObject({ ok: true, data: { imported: 3 } });
  });
});
