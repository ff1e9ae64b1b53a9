import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db";
import { createActionAs, permissionUserOf } from "@/tests/actions";
import { createUser, territoryId } from "@/tests/factories";
import { actAs } from "@/tests/session";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { todayInFrance } from "@/lib/dates";
import { exportActionsCsv } from "./csv";
import { listActionsForExport } from "./export-queries";
import { importActions } from "./import-mutations";
import { planColumnsFor } from "./plan-columns";
import { updateAction } from "../mutations";
import { listActionReferenceData } from "../queries";
import { actionFilters } from "../schemas";
import { exportActionsXlsx } from "./xlsx";

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
    version: action.version,
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

async function exportedPlan(member: Awaited<ReturnType<typeof createUser>>, slug: string, token: string) {
  const filters = actionFilters.parse({ q: token, sort: "title", order: "asc" });
  const plan = await listActionsForExport(await permissionUserOf(member), slug, filters);
  return { rows: plan!.rows, funders: (await listActionReferenceData()).funders };
}

async function exportCsv(member: Awaited<ReturnType<typeof createUser>>, slug: string, token: string) {
  const { rows, funders } = await exportedPlan(member, slug, token);
  return exportActionsCsv(rows, funders);
}

/** What the form sends: the file's name and its bytes in base64. */
const file = (text: string, fileName = "plan.csv") => ({
  fileName,
  content: Buffer.from(text, "utf-8").toString("base64"),
});

/** Changes cells of the CSV export, as a spreadsheet would: `edit(cells)` gets each row's cells by header. */
function editCsv(csv: string, edit: (cells: Record<string, string>) => void): string {
  const [names, ...rows] = parse(csv, { delimiter: ";", bom: true }) as string[][];
  const edited = rows.map((values) => {
    const cells = Object.fromEntries(values.map((value, index) => [names![index]!, value]));
    edit(cells);
    return names!.map((name) => cells[name] ?? "");
  });
  return stringify([names!, ...edited], { delimiter: ";", bom: true, record_delimiter: "windows" });
}

/** A file of valid rows, with cells to change on some lines (line 1 is the header). */
async function fileWithRows(token: string, changes: Record<number, Record<string, string>> = {}): Promise<string> {
  const headers = planColumnsFor((await listActionReferenceData()).funders, 1).map((column) => column.header);
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
    return headers.map((header) => cells[header] ?? "").join(";");
  });
  return `\ufeff${headers.join(";")}\r\n${lines.join("\r\n")}\r\n`;
}

const auditCount = (ids: string[]) =>
  getPrisma().auditEvent.count({ where: { entityType: "action", entityId: { in: ids } } });

describe("importActions", () => {
  it("copies a territory's export, identifiers cleared, into another territory: a preview first, then the same actions", async () => {
    const token = randomUUID().slice(0, 8);
    await createPlan("caen-industrie", token);
    const exporter = await createUser({ college: "ELU", territories: [{ slug: "caen-industrie" }] });
    const csv = editCsv(await exportCsv(exporter, "caen-industrie", token), (cells) => {
      cells.Identifiant = "";
      cells.Version = "";
    });

    const importer = await createUser({ college: "INDUSTRIEL", territories: [{ slug: "nord-cotentin" }] });
    actAs(importer);
    const territory = await territoryId("nord-cotentin");
    const preview = await importActions({ territoryId: territory, ...file(csv) });
    expect(preview).toMatchObject({
      ok: true,
      data: {
        applied: false,
        counts: { create: 3, update: 0, unchanged: 0, error: 0 },
        territorySlug: "nord-cotentin",
      },
    });
    expect(await actionsWithToken("nord-cotentin", token)).toEqual([]);

    const result = await importActions({ territoryId: territory, ...file(csv), apply: true });
    expect(result).toMatchObject({ ok: true, data: { applied: true, counts: { create: 3 } } });
    const original = await actionsWithToken("caen-industrie", token);
    const imported = await actionsWithToken("nord-cotentin", token);
    expect(imported.map((action) => action.fields)).toEqual(original.map((action) => action.fields));
    const campus = imported.find((action) => action.fields.title.includes("Campus"));
    expect(campus!.fields.fundingLines).toHaveLength(3);
    expect(campus!.fields.indicators[2]).toMatchObject({ label: "Ratio : alternants | stagiaires", unit: "m (net)" });

    const events = await getPrisma().auditEvent.findMany({
      where: { entityType: "action", entityId: { in: imported.map((action) => action.id) } },
    });
    expect(events).toHaveLength(3);
    for (const event of events) {
      expect(event).toMatchObject({ actorId: importer.id, operation: "create", territoryId: territory });
      expect(event.after).toMatchObject({ source: "import", title: expect.stringContaining(token) });
    }
  });

  it("round-trips: importing the export changes nothing, an edited export updates what changed, twice is once", async () => {
    const token = randomUUID().slice(0, 8);
    const member = await createPlan("cote-d-albatre", token);
    const before = await actionsWithToken("cote-d-albatre", token);
    const ids = before.map((action) => action.id);
    const territory = await territoryId("cote-d-albatre");
    const csv = await exportCsv(member, "cote-d-albatre", token);
    actAs(member);

    const same = await importActions({ territoryId: territory, ...file(csv), apply: true });
    expect(same).toMatchObject({ ok: true, data: { counts: { create: 0, update: 0, unchanged: 3, error: 0 } } });
    expect(await auditCount(ids)).toBe(3);
    expect(await actionsWithToken("cote-d-albatre", token)).toEqual(before);

    const campus = before.find((action) => action.fields.title.includes("Campus"))!;
    const edited = editCsv(csv, (cells) => {
      if (cells.Identifiant !== campus.id) return;
      cells["Avancement (%)"] = "60";
      cells["Accordé – Région (€)"] = "25000";
      cells.Partenaires = "France Travail, AFPA";
    });
    const preview = await importActions({ territoryId: territory, ...file(edited) });
    expect(preview).toMatchObject({ ok: true, data: { applied: false, counts: { update: 1, unchanged: 2 } } });
    const updateRow = preview.ok ? preview.data.rows.find((row) => row.outcome === "update") : undefined;
    expect(updateRow!.changes).toEqual(["Avancement", "Partenaires", "Financements"]);

    expect(await importActions({ territoryId: territory, ...file(edited), apply: true })).toMatchObject({
      ok: true,
      data: { applied: true, counts: { update: 1, unchanged: 2 } },
    });
    const after = (await actionsWithToken("cote-d-albatre", token)).find((action) => action.id === campus.id)!;
    expect(after.version).toBe(campus.version + 1);
    expect(after.fields).toMatchObject({ progress: 60, partners: "France Travail, AFPA" });
    expect(after.fields.fundingLines.find((line) => line.funderCode === "REGION")).toMatchObject({
      amountRequested: 50000,
      amountGranted: 25000,
    });
    const point = await getPrisma().progressUpdate.findFirst({
      where: { actionId: campus.id, comment: "Import du plan d'actions" },
    });
    expect(point).toMatchObject({ progress: 60, authorId: member.id, date: new Date(`${todayInFrance()}T00:00:00Z`) });
    expect(await getPrisma().actionPilot.count({ where: { actionId: campus.id } })).toBe(0);
    const events = await auditCount(ids);

    // The same file again: the campus is at version + 1 now, but nothing differs, so nothing is written.
    expect(await importActions({ territoryId: territory, ...file(edited), apply: true })).toMatchObject({
      ok: true,
      data: { counts: { update: 0, unchanged: 3, error: 0 } },
    });
    expect(await auditCount(ids)).toBe(events);
  });

  it("reports an action changed since the export, and writes nothing", async () => {
    const token = randomUUID().slice(0, 8);
    const member = await createPlan("pays-de-l-aigle", token);
    const [first] = await actionsWithToken("pays-de-l-aigle", token);
    const territory = await territoryId("pays-de-l-aigle");
    const csv = await exportCsv(member, "pays-de-l-aigle", token);
    actAs(member);
    const { id, version, fields } = first!;
    expect(
      await updateAction({
        actionId: id,
        version,
        title: fields.title,
        leverCode: fields.leverCode,
        carrierCollege: fields.carrierCollege,
        carrierOrganisation: "Changée entre-temps",
      }),
    ).toMatchObject({ ok: true });

    const edited = editCsv(csv, (cells) => {
      cells.Description = "Modifiée dans le fichier";
    });
    const result = await importActions({ territoryId: territory, ...file(edited), apply: true });
    expect(result).toMatchObject({ ok: true, data: { applied: false, counts: { error: 1, update: 2 } } });
    const stale = result.ok ? result.data.rows.find((row) => row.outcome === "error") : undefined;
    expect(stale!.errors).toEqual([
      { field: "Version", message: expect.stringContaining("modifiée depuis votre export") },
    ]);
    const now = await actionsWithToken("pays-de-l-aigle", token);
    expect(now.every((action) => action.fields.description !== "Modifiée dans le fichier")).toBe(true);
  });

  it("reads back the XLSX export, edited in Excel", async () => {
    const token = randomUUID().slice(0, 8);
    const member = await createPlan("sud-manche", token);
    const { rows, funders } = await exportedPlan(member, "sud-manche", token);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exportActionsXlsx(rows, funders)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const titleColumn = (sheet.getRow(1).values as string[]).indexOf("Titre");
    sheet.getRow(2).getCell(titleColumn).value = `${token} Titre modifié dans Excel`;
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());

    actAs(member);
    const xlsx = { fileName: "plan.xlsx", content: bytes.toString("base64") };
    const result = await importActions({ territoryId: await territoryId("sud-manche"), ...xlsx, apply: true });
    expect(result).toMatchObject({ ok: true, data: { applied: true, counts: { update: 1, unchanged: 2, error: 0 } } });
    const titles = (await actionsWithToken("sud-manche", token)).map((action) => action.fields.title);
    expect(titles).toContain(`${token} Titre modifié dans Excel`);
  });

  it("writes nothing when one row is invalid, and names the row and the column", async () => {
    const token = randomUUID().slice(0, 8);
    const member = await createUser({ college: "ELU", territories: [{ slug: "sud-manche" }] });
    actAs(member);
    const csv = await fileWithRows(token, { 3: { "Avancement (%)": "150" }, 4: { Levier: "Numérique" } });
    const result = await importActions({ territoryId: await territoryId("sud-manche"), ...file(csv), apply: true });

    expect(result).toEqual({
      ok: true,
      data: {
        applied: false,
        counts: { create: 1, update: 0, unchanged: 0, error: 2 },
        territorySlug: "sud-manche",
        rows: [
          { line: 2, outcome: "create", title: `${token} ligne 2`, changes: [], errors: [] },
          {
            line: 3,
            outcome: "error",
            title: `${token} ligne 3`,
            changes: [],
            errors: [{ field: "Avancement (%)", message: "L'avancement ne peut pas dépasser 100 %." }],
          },
          {
            line: 4,
            outcome: "error",
            title: `${token} ligne 4`,
            changes: [],
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
    const territory = await territoryId("sud-manche");
    expect(await importActions({ territoryId: territory, ...file("Titre;Levier\r\nA;B\r\n") })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { content: [expect.stringContaining("Colonnes obligatoires manquantes : Statut")] },
    });
    expect(await importActions({ territoryId: territory, ...file("pas un classeur", "plan.xlsx") })).toMatchObject({
      ok: false,
      fieldErrors: { content: [expect.stringContaining("ce n'est pas un classeur Excel")] },
    });
    expect(await importActions({ territoryId: territory, ...file("x", "plan.pdf") })).toMatchObject({
      ok: false,
      fieldErrors: { fileName: ["Choisissez un fichier Excel (.xlsx) ou CSV (.csv)."] },
    });
  });

  it("refuses an anonymous caller, a member of another territory and a regional user, and writes nothing", async () => {
    const token = randomUUID().slice(0, 8);
    const target = await territoryId("lisieux-industrie");
    const csv = file(await fileWithRows(token));

    actAs(null);
    expect(await importActions({ territoryId: target, ...csv, apply: true })).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
    });
    actAs(await createUser({ college: "ELU", territories: [{ slug: "axe-seine" }] }));
    expect(await importActions({ territoryId: target, ...csv, apply: true })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    actAs(await createUser({ college: "REGION", regionCode: "28" }));
    expect(await importActions({ territoryId: target, ...csv, apply: true })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });

    expect(await actionsWithToken("lisieux-industrie", token)).toEqual([]);
    actAs(await createUser({ college: "INDUSTRIEL", territories: [{ slug: "lisieux-industrie" }] }));
    expect(await importActions({ territoryId: target, ...csv, apply: true })).toMatchObject({
      ok: true,
      data: { applied: true, counts: { create: 3 } },
    });
  });
});
