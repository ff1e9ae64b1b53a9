import type { PermissionUser } from "@/lib/auth/permissions";
import { getPrisma } from "@/lib/db";
import { createAction } from "@/lib/actions/mutations";
import { territoryId, type TestUser } from "./factories";
import { actAs } from "./session";

/** A valid createAction input for a territory, as a form would send it. */
export async function actionInput(slug: string, overrides: Record<string, unknown> = {}) {
  return {
    territoryId: await territoryId(slug),
    leverCode: "COMPETENCES",
    subThemeCode: "ACCES_COMPETENCES",
    title: "Parcours de reconversion vers la maintenance industrielle",
    description: "Former des demandeurs d'emploi aux métiers de la maintenance.",
    expectedResults: "60 personnes formées en deux ans.",
    statusCode: "EN_COURS",
    progress: "20",
    plannedStartDate: "2026-01-15",
    plannedEndDate: "2027-06-30",
    carrierCollege: "INDUSTRIEL",
    carrierOrganisation: "UIMM Rouen Dieppe",
    partners: "France Travail",
    plannedBudget: "250 000",
    pilotIds: [],
    fundingLines: [{ funderCode: "ETAT", amountRequested: "100000", amountGranted: "80000" }],
    indicators: [{ label: "Personnes formées", unit: "personnes", target: "60", latestValue: "12" }],
    ...overrides,
  };
}

/** A valid updateAction input: the form's fields without the territory and the state (points change it). */
export async function actionUpdateInput(
  slug: string,
  change: { actionId: string; version: number } & Record<string, unknown>,
) {
  const { territoryId, progress, statusCode, ...fields } = await actionInput(slug);
  void territoryId;
  void progress;
  void statusCode;
  return { ...fields, ...change };
}

/** Creates an action as this committee member; fails the test if the mutation refuses. */
export async function createActionAs(user: TestUser, slug: string, overrides: Record<string, unknown> = {}) {
  actAs(user);
  const result = await createAction(await actionInput(slug, overrides));
  if (!result.ok) throw new Error(`createAction failed: ${JSON.stringify(result)}`);
  return result.data;
}

/** What the queries take as "the user": the account with its committee seats, read from the database. */
export async function permissionUserOf(user: TestUser): Promise<PermissionUser> {
  const stored = await getPrisma().user.findUniqueOrThrow({
    where: { id: user.id },
    include: { memberships: { select: { territoryId: true, isBinome: true } } },
  });
  return { id: stored.id, college: stored.college, regionCode: stored.regionCode, memberships: stored.memberships };
}
