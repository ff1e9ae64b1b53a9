import { headers } from "next/headers";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as postProgress } from "@/app/api/v1/actions/[id]/progress/route";
import { GET as getAction, PATCH as patchAction } from "@/app/api/v1/actions/[id]/route";
import { GET as listActions, POST as postAction } from "@/app/api/v1/territories/[slug]/actions/route";
import { hashPassword } from "@/lib/auth/password";
import type { MutationResult } from "@/lib/auth/safe-action";
import { getPrisma } from "@/lib/db";
import { signUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";
import { createOneTimeToken } from "@/lib/users/one-time-link";
import { actionInput, actionUpdateInput, createActionAs } from "@/tests/actions";
import { actionBody, apiRequest, routeContext } from "@/tests/api";
import { createUser, territoryId, type TestUser } from "@/tests/factories";
import { actAs } from "@/tests/session";

// Every mutation — each exported server action, and each API route that writes — is driven with
// hostile values in each of its fields in turn: a NUL byte, an over-long string, an out-of-range
// number and, for dates, an impossible one. Each must be refused as a field error in French
// (400 for the API), never a 500, and write nothing.

// Creating an API token looks at the request's Authorization header (a token may not mint tokens).
vi.mock("next/headers", () => ({ headers: vi.fn() }));
beforeEach(() => {
  vi.mocked(headers).mockResolvedValue(new Headers() as Awaited<ReturnType<typeof headers>>);
});

const mutationModules = import.meta.glob("/lib/**/*mutations.ts", { eager: true }) as Record<
  string,
  Record<string, unknown>
>;

type Mutation = (input: unknown) => Promise<MutationResult<unknown>>;

const mutations: Record<string, Mutation> = Object.fromEntries(
  Object.values(mutationModules).flatMap((module) =>
    Object.entries(module).filter((entry): entry is [string, Mutation] => typeof entry[1] === "function"),
  ),
);

const prisma = getPrisma();
const PASSWORD = "une phrase de passe solide";

/** The rows a case could write to; compared before and after each hostile call. */
type Sandbox = { userIds: string[]; actionIds: string[]; emails: string[] };

async function fingerprint({ userIds, actionIds, emails }: Sandbox): Promise<string> {
  const [
    events,
    actions,
    points,
    fundingLines,
    flags,
    users,
    memberships,
    contacts,
    invitations,
    tokens,
    resets,
    mails,
    meetings,
    campaigns,
  ] = await Promise.all([
    prisma.auditEvent.count({
      where: { OR: [{ actorId: { in: userIds } }, { entityId: { in: [...userIds, ...actionIds] } }] },
    }),
    prisma.action.findMany({
      where: { OR: [{ id: { in: actionIds } }, { createdById: { in: userIds } }] },
      select: { id: true, version: true, title: true, progress: true, archivedAt: true },
      orderBy: { id: "asc" },
    }),
    prisma.progressUpdate.count({ where: { OR: [{ actionId: { in: actionIds } }, { authorId: { in: userIds } }] } }),
    prisma.fundingLine.count({ where: { actionId: { in: actionIds } } }),
    prisma.actionDiscussionFlag.count({ where: { actionId: { in: actionIds } } }),
    prisma.user.findMany({
      where: { OR: [{ id: { in: userIds } }, { email: { in: emails } }] },
      select: {
        id: true,
        passwordHash: true,
        sessionVersion: true,
        disabledAt: true,
        college: true,
        regionCode: true,
      },
      orderBy: { id: "asc" },
    }),
    prisma.membership.count({ where: { userId: { in: userIds } } }),
    prisma.territoryContact.count({ where: { userId: { in: userIds } } }),
    prisma.invitation.count({ where: { userId: { in: userIds } } }),
    prisma.apiToken.count({ where: { userId: { in: userIds } } }),
    prisma.passwordReset.count({ where: { userId: { in: userIds } } }),
    prisma.outboxEmail.count({ where: { to: { in: emails } } }),
    prisma.meeting.findMany({
      where: { organiserId: { in: userIds } },
      select: {
        id: true,
        version: true,
        place: true,
        convokedAt: true,
        participants: { select: { response: true, representedBy: true, attended: true } },
        decisions: { select: { id: true, closedAt: true, closingNote: true } },
        agendaItems: { select: { summary: true } },
        minutes: {
          select: { version: true, lockedAt: true, _count: { select: { reviews: true, amendments: true } } },
        },
      },
      orderBy: { id: "asc" },
    }),
    prisma.campaign.findMany({
      where: { openedById: { in: userIds } },
      select: {
        id: true,
        name: true,
        reports: {
          select: { state: true, version: true, submissions: { select: { ruling: true, rulingComment: true } } },
        },
      },
      orderBy: { id: "asc" },
    }),
  ]);
  return JSON.stringify({
    campaigns,
    events,
    actions,
    points,
    fundingLines,
    flags,
    users,
    memberships,
    contacts,
    invitations,
    tokens,
    resets,
    mails,
    meetings,
  });
}

/** A campaign of the State for Côte d'Albâtre, and the territory's report in it. */
async function openedCampaignReport() {
  const etat = await createUser({ college: "ETAT", regionCode: "28" });
  actAs(etat);
  const opened = await mutations.openCampaign!({
    name: "Bilan",
    asOf: "2027-06-30",
    deadline: "2027-07-15",
    territoryIds: [await territoryId("cote-d-albatre")],
  });
  if (!opened.ok) throw new Error(opened.message);
  const { campaignId } = opened.data as { campaignId: string };
  const report = await prisma.campaignReport.findFirstOrThrow({ where: { campaignId } });
  return { etat, reportId: report.id };
}

/** The same report, submitted by a member of the binôme. */
async function submittedCampaignReport() {
  const { etat, reportId } = await openedCampaignReport();
  actAs(await createUser({ college: "INDUSTRIEL", territories: [{ slug: "cote-d-albatre", isBinome: true }] }));
  const submitted = await mutations.submitReport!({ reportId, version: 1 });
  if (!submitted.ok) throw new Error(submitted.message);
  return { etat, submissionId: (submitted.data as { submissionId: string }).submissionId };
}

type Case = {
  actor: TestUser | null;
  input: Record<string, unknown>;
  sandbox: Sandbox;
  /** Fields that carry no user text (a CSV file is checked row by row, see importActions). */
  skip?: string[];
};

/** A séance of Collines de Normandie planned by its chef·fe de projet, with one free point. */
async function plannedMeeting() {
  const chef = await createUser({ college: "CHEF_DE_PROJET", territories: [{ slug: "collines-de-normandie" }] });
  actAs(chef);
  const planned = await mutations.planMeeting!(await meetingInput());
  if (!planned.ok) throw new Error(planned.message);
  const { meetingId } = planned.data as { meetingId: string };
  const added = await mutations.addAgendaItem!({ meetingId, version: 1, title: "Questions diverses" });
  if (!added.ok) throw new Error(added.message);
  const item = await prisma.agendaItem.findFirstOrThrow({ where: { meetingId, reason: "FREE" } });
  return { chef, meetingId, itemId: item.id, version: 2 };
}

/** The same séance with its relevé de décisions compiled (version 1). */
async function compiledMinutes() {
  const planned = await plannedMeeting();
  const compiled = await mutations.compileMinutes!({ meetingId: planned.meetingId, version: planned.version });
  if (!compiled.ok) throw new Error(compiled.message);
  return planned;
}

async function meetingInput() {
  return {
    territoryId: await territoryId("collines-de-normandie"),
    kind: "COMITE_PROJET",
    day: "2027-03-12",
    time: "14:30",
    place: "Salle du conseil, Flers",
    videoUrl: "https://webconf.numerique.gouv.fr/seance",
    participantIds: [],
  };
}

const cases: Record<string, () => Promise<Case>> = {
  async planMeeting() {
    const chef = await createUser({ college: "CHEF_DE_PROJET", territories: [{ slug: "collines-de-normandie" }] });
    return { actor: chef, input: await meetingInput(), sandbox: { userIds: [chef.id], actionIds: [], emails: [] } };
  },
  async addAgendaItem() {
    const { chef, meetingId, version } = await plannedMeeting();
    return {
      actor: chef,
      input: { meetingId, version, title: "Point d'information" },
      sandbox: { userIds: [chef.id], actionIds: [], emails: [] },
    };
  },
  async moveAgendaItem() {
    const { chef, meetingId, itemId, version } = await plannedMeeting();
    return {
      actor: chef,
      input: { meetingId, version, itemId, direction: "up" },
      sandbox: { userIds: [chef.id], actionIds: [], emails: [] },
    };
  },
  async sendConvocation() {
    const { chef, meetingId, version } = await plannedMeeting();
    return {
      actor: chef,
      input: { meetingId, version },
      sandbox: { userIds: [chef.id], actionIds: [], emails: [chef.email] },
    };
  },
  async answerConvocation() {
    const chef = await createUser({ college: "CHEF_DE_PROJET", territories: [{ slug: "collines-de-normandie" }] });
    actAs(chef);
    const planned = await mutations.planMeeting!({ ...(await meetingInput()), participantIds: [chef.id] });
    if (!planned.ok) throw new Error(planned.message);
    const { meetingId } = planned.data as { meetingId: string };
    return {
      actor: chef,
      input: { meetingId, response: "REPRESENTE", representedBy: "Anne Roy" },
      sandbox: { userIds: [chef.id], actionIds: [], emails: [] },
    };
  },
  async recordPresence() {
    const { chef, meetingId, version } = await plannedMeeting();
    return {
      actor: chef,
      input: { meetingId, version, presentIds: [chef.id] },
      sandbox: { userIds: [chef.id], actionIds: [], emails: [] },
    };
  },
  async recordDecision() {
    const { chef, meetingId, itemId, version } = await plannedMeeting();
    return {
      actor: chef,
      input: {
        meetingId,
        version,
        agendaItemId: itemId,
        kind: "VALIDER",
        text: "Poursuivre l'action",
        dueDate: "2027-03-31",
      },
      sandbox: { userIds: [chef.id], actionIds: [], emails: [] },
    };
  },
  async removeAgendaItem() {
    const { chef, meetingId, itemId, version } = await plannedMeeting();
    return {
      actor: chef,
      input: { meetingId, version, itemId },
      sandbox: { userIds: [chef.id], actionIds: [], emails: [] },
    };
  },
  async createAction() {
    const member = await createUser({ college: "ELU", territories: [{ slug: "collines-de-normandie" }] });
    return {
      actor: member,
      input: await actionInput("collines-de-normandie"),
      sandbox: { userIds: [member.id], actionIds: [], emails: [] },
    };
  },
  async updateAction() {
    const member = await createUser({ college: "ELU", territories: [{ slug: "collines-de-normandie" }] });
    const { actionId, version } = await createActionAs(member, "collines-de-normandie");
    const input = await actionUpdateInput("collines-de-normandie", { actionId, version });
    return { actor: member, input, sandbox: { userIds: [member.id], actionIds: [actionId], emails: [] } };
  },
  async flagActionForDiscussion() {
    const member = await createUser({ college: "ELU", territories: [{ slug: "collines-de-normandie" }] });
    const { actionId } = await createActionAs(member, "collines-de-normandie");
    return {
      actor: member,
      input: { actionId, reason: "Le calendrier glisse" },
      sandbox: { userIds: [member.id], actionIds: [actionId], emails: [] },
    };
  },
  async clearActionFlag() {
    const member = await createUser({ college: "ELU", territories: [{ slug: "collines-de-normandie" }] });
    const { actionId } = await createActionAs(member, "collines-de-normandie");
    actAs(member);
    const flagged = await mutations.flagActionForDiscussion!({ actionId, reason: "" });
    if (!flagged.ok) throw new Error(flagged.message);
    return { actor: member, input: { actionId }, sandbox: { userIds: [member.id], actionIds: [actionId], emails: [] } };
  },
  async recordProgress() {
    const member = await createUser({ college: "ELU", territories: [{ slug: "collines-de-normandie" }] });
    const { actionId, version } = await createActionAs(member, "collines-de-normandie");
    return {
      actor: member,
      input: { actionId, version, date: "2026-06-01", progress: "40", statusCode: "EN_COURS", comment: "Bien avancé" },
      sandbox: { userIds: [member.id], actionIds: [actionId], emails: [] },
    };
  },
  async correctProgress() {
    const member = await createUser({ college: "ELU", territories: [{ slug: "collines-de-normandie" }] });
    const { actionId, version } = await createActionAs(member, "collines-de-normandie");
    const point = await prisma.progressUpdate.findFirstOrThrow({ where: { actionId } });
    return {
      actor: member,
      input: {
        actionId,
        version,
        pointId: point.id,
        date: "2026-06-01",
        progress: "25",
        statusCode: "EN_COURS",
        comment: "",
      },
      sandbox: { userIds: [member.id], actionIds: [actionId], emails: [] },
    };
  },
  async withdrawProgress() {
    const member = await createUser({ college: "ELU", territories: [{ slug: "collines-de-normandie" }] });
    const { actionId } = await createActionAs(member, "collines-de-normandie");
    actAs(member);
    const recorded = await mutations.recordProgress!({
      actionId,
      version: 1,
      date: "2026-06-01",
      progress: "25",
      statusCode: "EN_COURS",
    });
    if (!recorded.ok) throw new Error(recorded.message);
    const point = await prisma.progressUpdate.findFirstOrThrow({ where: { actionId, date: new Date("2026-06-01") } });
    return {
      actor: member,
      input: { actionId, version: 2, pointId: point.id },
      sandbox: { userIds: [member.id], actionIds: [actionId], emails: [] },
    };
  },
  async archiveAction() {
    const binome = await createUser({
      college: "ELU",
      territories: [{ slug: "collines-de-normandie", isBinome: true }],
    });
    const { actionId, version } = await createActionAs(binome, "collines-de-normandie");
    return {
      actor: binome,
      input: { actionId, version },
      sandbox: { userIds: [binome.id], actionIds: [actionId], emails: [] },
    };
  },
  async recordFunding() {
    const member = await createUser({ college: "ELU", territories: [{ slug: "collines-de-normandie" }] });
    const { actionId, version } = await createActionAs(member, "collines-de-normandie");
    const region = await createUser({ college: "REGION", regionCode: "28" });
    return {
      actor: region,
      input: { actionId, version, funderCode: "REGION", amountRequested: "50000", amountGranted: "20000" },
      sandbox: { userIds: [member.id, region.id], actionIds: [actionId], emails: [] },
    };
  },
  async importActions() {
    const member = await createUser({ college: "ELU", territories: [{ slug: "collines-de-normandie" }] });
    const csv =
      "Titre;Levier;Statut;Avancement (%);Collège du porteur;Organisation porteuse\r\n" +
      "Atelier de découverte des métiers;Compétences;En cours;10;Industriels;UIMM\r\n";
    return {
      actor: member,
      input: {
        territoryId: await territoryId("collines-de-normandie"),
        fileName: "plan.csv",
        content: Buffer.from(csv).toString("base64"),
        apply: true,
      },
      sandbox: { userIds: [member.id], actionIds: [], emails: [] },
    };
  },
  async inviteUser() {
    const etat = await createUser({ college: "ETAT", regionCode: "28" });
    const email = `hostile-${crypto.randomUUID()}@exemple.fr`;
    return {
      actor: etat,
      input: {
        email,
        name: "Camille Petit",
        organisation: "CC Cœur du Perche",
        college: "ELU",
        territoryIds: [await territoryId("vallee-de-l-huisne")],
        binomeTerritoryIds: [],
      },
      sandbox: { userIds: [etat.id], actionIds: [], emails: [email] },
    };
  },
  async resendInvitation() {
    const etat = await createUser({ college: "ETAT", regionCode: "28" });
    const pending = await createUser({ college: "ELU", territories: [{ slug: "vallee-de-l-huisne" }] });
    return {
      actor: etat,
      input: { userId: pending.id },
      sandbox: { userIds: [etat.id, pending.id], actionIds: [], emails: [pending.email] },
    };
  },
  async updateUserAccess() {
    const etat = await createUser({ college: "ETAT", regionCode: "28" });
    const member = await createUser({ college: "ELU", territories: [{ slug: "vallee-de-l-huisne" }] });
    const huisne = await territoryId("vallee-de-l-huisne");
    return {
      actor: etat,
      input: { userId: member.id, college: "INDUSTRIEL", territoryIds: [huisne], binomeTerritoryIds: [huisne] },
      sandbox: { userIds: [etat.id, member.id], actionIds: [], emails: [] },
    };
  },
  async setTerritoryContacts() {
    const etat = await createUser({ college: "ETAT", regionCode: "28" });
    const officer = await createUser({ college: "REGION", regionCode: "28" });
    return {
      actor: etat,
      input: { userId: officer.id, territoryIds: [await territoryId("vallee-de-l-huisne")] },
      sandbox: { userIds: [etat.id, officer.id], actionIds: [], emails: [] },
    };
  },
  async setUserDisabled() {
    const etat = await createUser({ college: "ETAT", regionCode: "28" });
    const member = await createUser({ college: "ELU", territories: [{ slug: "vallee-de-l-huisne" }] });
    return {
      actor: etat,
      input: { userId: member.id, disabled: true },
      sandbox: { userIds: [etat.id, member.id], actionIds: [], emails: [] },
    };
  },
  async changeOwnPassword() {
    const user = await createUser({ college: "ELU", passwordHash: await hashPassword(PASSWORD) });
    const next = "une nouvelle phrase solide";
    return {
      actor: user,
      input: { currentPassword: PASSWORD, newPassword: next, confirmation: next },
      sandbox: { userIds: [user.id], actionIds: [], emails: [] },
    };
  },
  async acceptInvitation() {
    const invited = await createUser({ college: "ELU", territories: [{ slug: "pays-de-l-aigle" }] });
    const { token, tokenHash } = createOneTimeToken();
    await prisma.invitation.create({
      data: { tokenHash, userId: invited.id, expiresAt: new Date(Date.now() + 3600_000) },
    });
    return {
      actor: null,
      input: { token, newPassword: PASSWORD, confirmation: PASSWORD },
      sandbox: { userIds: [invited.id], actionIds: [], emails: [] },
    };
  },
  async requestPasswordReset() {
    const user = await createUser({ college: "ELU", passwordHash: await hashPassword(PASSWORD) });
    return {
      actor: null,
      input: { email: user.email },
      sandbox: { userIds: [user.id], actionIds: [], emails: [user.email] },
    };
  },
  async resetPassword() {
    const user = await createUser({ college: "ELU", passwordHash: await hashPassword(PASSWORD) });
    const { token, tokenHash } = createOneTimeToken();
    await prisma.passwordReset.create({
      data: { tokenHash, userId: user.id, expiresAt: new Date(Date.now() + 3600_000) },
    });
    const next = "une nouvelle phrase solide";
    return {
      actor: null,
      input: { token, newPassword: next, confirmation: next },
      sandbox: { userIds: [user.id], actionIds: [], emails: [] },
    };
  },
  async createApiToken() {
    const user = await createUser({ college: "ELU" });
    return {
      actor: user,
      input: { name: "Tableur de suivi" },
      sandbox: { userIds: [user.id], actionIds: [], emails: [] },
    };
  },
  async revokeApiToken() {
    const user = await createUser({ college: "ELU" });
    const { tokenHash } = createOneTimeToken();
    const token = await prisma.apiToken.create({
      data: { userId: user.id, name: "Script", tokenHash, prefix: "tip_test" },
    });
    return { actor: user, input: { tokenId: token.id }, sandbox: { userIds: [user.id], actionIds: [], emails: [] } };
  },
  async updateNotificationPreferences() {
    const user = await createUser({ college: "ELU" });
    return {
      actor: user,
      input: { REMINDER: "DIGEST", CAMPAIGN: "OFF", DECISION: "IMMEDIATE", DIGEST: "OFF" },
      sandbox: { userIds: [user.id], actionIds: [], emails: [] },
    };
  },
  async markNotificationRead() {
    const user = await createUser({ college: "ELU" });
    const notification = await prisma.notification.create({
      data: {
        userId: user.id,
        kind: "REMINDER",
        rule: "action.stale",
        dedupeKey: "hostile",
        title: "Rappel",
        href: "/",
      },
    });
    return {
      actor: user,
      input: { notificationId: notification.id },
      sandbox: { userIds: [user.id], actionIds: [], emails: [] },
    };
  },
  async markAllNotificationsRead() {
    const user = await createUser({ college: "ELU" });
    return { actor: user, input: {}, sandbox: { userIds: [user.id], actionIds: [], emails: [] } };
  },
  async confirmUnsubscribe() {
    // The link signs with the auth secret, which no other test of this file needs.
    process.env.NEXTAUTH_SECRET ??= "secret-de-test-des-notifications";
    const user = await createUser({ college: "ELU" });
    return {
      actor: null,
      input: { token: signUnsubscribeToken({ userId: user.id, kind: "DIGEST" }) },
      sandbox: { userIds: [user.id], actionIds: [], emails: [] },
    };
  },
  async closeDecision() {
    const { chef, meetingId, itemId, version } = await plannedMeeting();
    const recorded = await mutations.recordDecision!({
      meetingId,
      version,
      agendaItemId: itemId,
      kind: "AUTRE",
      text: "Relancer les entreprises",
    });
    if (!recorded.ok) throw new Error(recorded.message);
    const { decisionId } = recorded.data as { decisionId: string };
    return {
      actor: chef,
      input: { decisionId, closingNote: "Les entreprises ont été relancées." },
      sandbox: { userIds: [chef.id], actionIds: [], emails: [] },
    };
  },
  async recordPointSummary() {
    const { chef, meetingId, itemId, version } = await plannedMeeting();
    return {
      actor: chef,
      input: { meetingId, version, itemId, summary: "Le comité a fait le point." },
      sandbox: { userIds: [chef.id], actionIds: [], emails: [] },
    };
  },
  async compileMinutes() {
    const { chef, meetingId, version } = await plannedMeeting();
    return {
      actor: chef,
      input: { meetingId, version },
      sandbox: { userIds: [chef.id], actionIds: [], emails: [] },
    };
  },
  async validateMinutes() {
    const { chef, meetingId } = await compiledMinutes();
    const elu = await createUser({ college: "ELU", territories: [{ slug: "collines-de-normandie", isBinome: true }] });
    return {
      actor: elu,
      input: { meetingId, minutesVersion: 1 },
      sandbox: { userIds: [chef.id, elu.id], actionIds: [], emails: [] },
    };
  },
  async reviewMinutes() {
    const { chef, meetingId } = await compiledMinutes();
    const region = await createUser({ college: "REGION", regionCode: "28" });
    return {
      actor: region,
      input: { meetingId, minutesVersion: 1, text: "La Région soutient ces décisions." },
      sandbox: { userIds: [chef.id, region.id], actionIds: [], emails: [] },
    };
  },
  async unlinkOwnProConnect() {
    const user = await createUser({ college: "ETAT", regionCode: "28" });
    await prisma.proConnectIdentity.create({
      data: { userId: user.id, issuer: "https://proconnect.test/api/v2", sub: crypto.randomUUID(), email: user.email },
    });
    return { actor: user, input: {}, sandbox: { userIds: [user.id], actionIds: [], emails: [] } };
  },
  async openCampaign() {
    const etat = await createUser({ college: "ETAT", regionCode: "28" });
    return {
      actor: etat,
      input: {
        name: "Bilan semestriel",
        asOf: "2027-06-30",
        deadline: "2027-07-15",
        territoryIds: [await territoryId("cote-d-albatre")],
      },
      sandbox: { userIds: [etat.id], actionIds: [], emails: [] },
    };
  },
  async submitReport() {
    const { etat, reportId } = await openedCampaignReport();
    const binome = await createUser({ college: "ELU", territories: [{ slug: "cote-d-albatre", isBinome: true }] });
    return {
      actor: binome,
      input: { reportId, version: 1 },
      sandbox: { userIds: [etat.id], actionIds: [], emails: [] },
    };
  },
  async returnSubmission() {
    const { etat, submissionId } = await submittedCampaignReport();
    return {
      actor: etat,
      input: { submissionId, comment: "Ajoutez les indicateurs." },
      sandbox: { userIds: [etat.id], actionIds: [], emails: [] },
    };
  },
  async acceptSubmission() {
    const { etat, submissionId } = await submittedCampaignReport();
    return { actor: etat, input: { submissionId }, sandbox: { userIds: [etat.id], actionIds: [], emails: [] } };
  },
  async amendMinutes() {
    const { chef, meetingId } = await compiledMinutes();
    for (const college of ["ELU", "INDUSTRIEL"] as const) {
      actAs(await createUser({ college, territories: [{ slug: "collines-de-normandie", isBinome: true }] }));
      const validated = await mutations.validateMinutes!({ meetingId, minutesVersion: college === "ELU" ? 1 : 2 });
      if (!validated.ok) throw new Error(validated.message);
    }
    return {
      actor: chef,
      input: { meetingId, minutesVersion: 3, text: "Le lieu de la séance était la salle des fêtes." },
      sandbox: { userIds: [chef.id], actionIds: [], emails: [] },
    };
  },
};
const OUT_OF_RANGE = 2 ** 53;

/** Each field (and each field of the first element of a list of objects), with its hostile values. */
function hostileVariants(input: Record<string, unknown>, skip: string[] = []) {
  const variants: { label: string; input: Record<string, unknown> }[] = [];
  const hostileValuesFor = (field: string, value: unknown): [string, unknown][] => [
    [
      "a NUL byte",
      typeof value === "string" && value.length > 1 ? `${value.slice(0, 1)}\u0000${value.slice(1)}` : "\u0000",
    ],
    ["an over-long string", "x".repeat(field === "csv" ? 2_000_001 : 100_001)],
    ["an out-of-range number", OUT_OF_RANGE],
    ...(/date/i.test(field) ? ([["an impossible date", "2026-02-30"]] as [string, unknown][]) : []),
  ];
  for (const [field, value] of Object.entries(input)) {
    if (skip.includes(field)) continue;
    for (const [label, hostile] of hostileValuesFor(field, value)) {
      variants.push({ label: `${field}: ${label}`, input: { ...input, [field]: hostile } });
    }
    const first = Array.isArray(value) ? value[0] : undefined;
    if (first && typeof first === "object") {
      for (const [inner, innerValue] of Object.entries(first as Record<string, unknown>)) {
        for (const [label, hostile] of hostileValuesFor(inner, innerValue)) {
          variants.push({
            label: `${field}.0.${inner}: ${label}`,
            input: {
              ...input,
              [field]: [{ ...(first as object), [inner]: hostile }, ...(value as unknown[]).slice(1)],
            },
          });
        }
      }
    }
  }
  return variants;
}

const ENGLISH = /\b(invalid|expected|received|required|too (big|small)|must|string|number|array|object)\b/i;

function expectFrenchFieldErrors(fieldErrors: Record<string, string[]> | undefined, label: string) {
  const messages = Object.values(fieldErrors ?? {}).flat();
  expect(messages.length, `${label}: at least one field error`).toBeGreaterThan(0);
  for (const message of messages) expect(message, label).not.toMatch(ENGLISH);
}

describe("hostile input to every mutation", () => {
  it("covers every exported mutation", () => {
    expect(Object.keys(mutations).sort()).toEqual(Object.keys(cases).sort());
  });

  for (const [name, setup] of Object.entries(cases)) {
    it(`${name}: refuses each hostile field as a French field error and writes nothing`, async () => {
      const mutation = mutations[name]!;
      const { actor, input, sandbox, skip } = await setup();
      const before = await fingerprint(sandbox);
      for (const variant of hostileVariants(input, skip)) {
        actAs(actor);
        const result = await mutation(variant.input);
        if (name === "importActions" && result.ok) {
          // A file is judged row by row: a hostile cell is a French error on its row, nothing imported.
          const report = result.data as { applied: boolean; rows: { errors: { message: string }[] }[] };
          expect(report.applied, variant.label).toBe(false);
          const messages = report.rows.flatMap((row) => row.errors.map((error) => error.message));
          expect(messages.length, variant.label).toBeGreaterThan(0);
          for (const message of messages) expect(message, variant.label).not.toMatch(ENGLISH);
          continue;
        }
        expect(result, variant.label).toMatchObject({ ok: false, code: "VALIDATION" });
        if (!result.ok) expectFrenchFieldErrors(result.fieldErrors, `${name} ${variant.label}`);
      }
      expect(await fingerprint(sandbox)).toBe(before);
      // The untouched input still goes through: the refusals were the hostile values' doing.
      actAs(actor);
      expect(await mutation(input)).toMatchObject({ ok: true });
    });
  }
});

describe("hostile input to the API", () => {
  let member: TestUser;
  let actionId: string;
  let version: number;

  beforeAll(async () => {
    member = await createUser({ college: "INDUSTRIEL", territories: [{ slug: "lisieux-industrie" }] });
    ({ actionId, version } = await createActionAs(member, "lisieux-industrie"));
  });

  const writes = {
    "POST /territories/{slug}/actions": (json: unknown) =>
      postAction(
        apiRequest("/api/v1/territories/lisieux-industrie/actions", { method: "POST", json }),
        routeContext({ slug: "lisieux-industrie" }),
      ),
    "PATCH /actions/{id}": (json: unknown) =>
      patchAction(apiRequest(`/api/v1/actions/${actionId}`, { method: "PATCH", json }), routeContext({ id: actionId })),
    "POST /actions/{id}/progress": (json: unknown) =>
      postProgress(
        apiRequest(`/api/v1/actions/${actionId}/progress`, { method: "POST", json }),
        routeContext({ id: actionId }),
      ),
  };
  const bodies: Record<keyof typeof writes, () => Record<string, unknown>> = {
    "POST /territories/{slug}/actions": () => actionBody(),
    "PATCH /actions/{id}": () => ({ ...actionBody(), version }),
    "POST /actions/{id}/progress": () => ({ version, date: "2026-06-01", progress: 40, statusCode: "EN_COURS" }),
  };

  for (const [route, send] of Object.entries(writes)) {
    it(`${route}: answers 400 with French field errors, writes nothing`, async () => {
      const sandbox = { userIds: [member.id], actionIds: [actionId], emails: [] };
      const before = await fingerprint(sandbox);
      for (const variant of hostileVariants(bodies[route as keyof typeof writes]())) {
        actAs(member);
        const response = await send(variant.input);
        expect(response.status, variant.label).toBe(400);
        const body = (await response.json()) as { error: { message: string; fieldErrors?: Record<string, string[]> } };
        expect(body.error.message, variant.label).not.toMatch(ENGLISH);
        expectFrenchFieldErrors(body.error.fieldErrors, `${route} ${variant.label}`);
      }
      expect(await fingerprint(sandbox)).toBe(before);
    });
  }

  it("answers 400 to hostile filters and ids in the path, 404 to a hostile slug, never 500", async () => {
    actAs(member);
    for (const query of ["q=a%00b", "lever=%00", "status=x%00", `q=${"x".repeat(5000)}`, "page=%00", "%00=1"]) {
      const response = await listActions(
        apiRequest(`/api/v1/territories/lisieux-industrie/actions?${query}`),
        routeContext({ slug: "lisieux-industrie" }),
      );
      expect(response.status, query).toBe(400);
    }
    expect((await getAction(apiRequest("/api/v1/actions/x"), routeContext({ id: "a\u0000b" }))).status).toBe(400);
    const hostileSlug = await listActions(
      apiRequest("/api/v1/territories/x/actions"),
      routeContext({ slug: "axe\u0000seine" }),
    );
    expect(hostileSlug.status).toBe(404);
  });
});
