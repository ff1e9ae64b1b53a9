import "server-only";
import { can, type PermissionUser } from "@/lib/auth/permissions";
import { campaignScope, territoryScope } from "@/lib/auth/scope";
import { dateToDay } from "@/lib/dates";
import { getPrisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { findTerritoryAccess, type TerritoryAccess } from "@/lib/territories/access";
import { isUuid } from "@/lib/validation/fields";
import { completionRowsSql, toCompletionRows, type CompletionRow } from "./completion-sql";
import { actionConcerned, actionUpdatedWithin } from "./period-sql";
import type { CompletionState } from "./schemas";
import { parseSnapshot, type CampaignSnapshot } from "./snapshot";

export type CampaignSummary = {
  id: string;
  name: string;
  asOf: string;
  deadline: string;
  regionName: string;
  /** Reports of the territories the user reads, and how many of them are submitted or accepted. */
  reportCount: number;
  submittedCount: number;
};

/** The campaigns the user may open, newest first. */
export async function listCampaigns(user: PermissionUser): Promise<CampaignSummary[]> {
  const campaigns = await getPrisma().campaign.findMany({
    where: campaignScope(user),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: {
      id: true,
      name: true,
      asOf: true,
      deadline: true,
      region: { select: { name: true } },
      reports: { where: { territory: territoryScope(user) }, select: { state: true } },
    },
  });
  return campaigns.map((campaign) => ({
    id: campaign.id,
    name: campaign.name,
    asOf: dateToDay(campaign.asOf),
    deadline: dateToDay(campaign.deadline),
    regionName: campaign.region.name,
    reportCount: campaign.reports.length,
    submittedCount: campaign.reports.filter((report) => report.state === "SUBMITTED" || report.state === "ACCEPTED")
      .length,
  }));
}

export type CampaignDetail = Omit<CampaignSummary, "reportCount" | "submittedCount"> & {
  regionCode: string;
  openedByName: string | null;
  createdAt: Date;
  /** Whether the user manages the campaign (returns and accepts reports, exports the snapshots). */
  isManager: boolean;
  rows: CompletionRow[];
};

async function findCampaign(user: PermissionUser, campaignId: string) {
  if (!isUuid(campaignId)) return null;
  return getPrisma().campaign.findFirst({
    where: { id: campaignId, ...campaignScope(user) },
    select: {
      id: true,
      name: true,
      asOf: true,
      deadline: true,
      regionCode: true,
      createdAt: true,
      region: { select: { name: true } },
      openedBy: { select: { name: true } },
    },
  });
}

/** A campaign with the completion of each territory the user reads; null when out of reach. */
export async function getCampaign(user: PermissionUser, campaignId: string): Promise<CampaignDetail | null> {
  const campaign = await findCampaign(user, campaignId);
  if (!campaign) return null;
  const territories = await getPrisma().territory.findMany({
    where: { ...territoryScope(user), campaignReports: { some: { campaignId } } },
    select: { id: true },
  });
  const rows = toCompletionRows(
    await getPrisma().$queryRaw<unknown[]>(
      completionRowsSql(
        campaignId,
        territories.map((territory) => territory.id),
      ),
    ),
  );
  return {
    id: campaign.id,
    name: campaign.name,
    asOf: dateToDay(campaign.asOf),
    deadline: dateToDay(campaign.deadline),
    regionCode: campaign.regionCode,
    regionName: campaign.region.name,
    openedByName: campaign.openedBy?.name ?? null,
    createdAt: campaign.createdAt,
    isManager: can(user, "campaign.manage", { regionCodes: [campaign.regionCode] }),
    rows,
  };
}

/** The territories where the user may open a campaign (their region's, for an officer). */
export function listCampaignTerritories(user: PermissionUser) {
  return getPrisma().territory.findMany({
    where: territoryScope(user, "campaign.manage"),
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

export type ConcernedAction = {
  id: string;
  title: string;
  leverLabel: string;
  statusLabel: string;
  progress: number;
  lastPointDate: string | null;
  updatedInPeriod: boolean;
};

export type SubmissionView = {
  id: string;
  submittedAt: Date;
  submittedByName: string | null;
  ruling: "RETURNED" | "ACCEPTED" | null;
  rulingComment: string;
  ruledAt: Date | null;
  ruledByName: string | null;
  snapshot: CampaignSnapshot;
};

export type CampaignReportDetail = {
  campaign: Pick<CampaignDetail, "id" | "name" | "asOf" | "deadline" | "regionName" | "isManager">;
  territory: TerritoryAccess;
  completion: CompletionRow;
  actions: ConcernedAction[];
  /** Newest first. */
  submissions: SubmissionView[];
};

function concernedActionsSql(territoryId: string, periodStart: string, asOf: string): Prisma.Sql {
  const start = Prisma.sql`${periodStart}::date`;
  const end = Prisma.sql`${asOf}::date`;
  return Prisma.sql`
    SELECT a.id, a.title, l.label AS "leverLabel", s.label AS "statusLabel", a.progress,
      (SELECT to_char(max(p.date), 'YYYY-MM-DD') FROM "ProgressUpdate" p WHERE p."actionId" = a.id) AS "lastPointDate",
      ${actionUpdatedWithin("a", start, end)} AS "updatedInPeriod"
    FROM "Action" a
    JOIN "ActionStatus" s ON s.code = a."statusCode"
    JOIN "Lever" l ON l.id = a."leverId"
    WHERE a."territoryId" = ${territoryId}::uuid AND ${actionConcerned("a", "s", start, end)}
    ORDER BY "updatedInPeriod", l.position, a.title, a.id`;
}

/** A territory's report in a campaign, for the territory's members and the campaign's officers. */
export async function getCampaignReport(
  user: PermissionUser,
  campaignId: string,
  slug: string,
): Promise<CampaignReportDetail | null> {
  const [campaign, territory] = await Promise.all([findCampaign(user, campaignId), findTerritoryAccess(user, slug)]);
  if (!campaign || !territory) return null;
  const [completion] = toCompletionRows(
    await getPrisma().$queryRaw<unknown[]>(completionRowsSql(campaignId, [territory.id])),
  );
  if (!completion) return null;
  const [actions, submissions] = await Promise.all([
    getPrisma().$queryRaw<ConcernedAction[]>(
      concernedActionsSql(territory.id, completion.periodStart, dateToDay(campaign.asOf)),
    ),
    getPrisma().campaignSubmission.findMany({
      where: { reportId: completion.reportId },
      orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
      select: {
        id: true,
        submittedAt: true,
        submittedBy: { select: { name: true } },
        ruling: true,
        rulingComment: true,
        ruledAt: true,
        ruledBy: { select: { name: true } },
        snapshot: true,
      },
    }),
  ]);
  return {
    campaign: {
      id: campaign.id,
      name: campaign.name,
      asOf: dateToDay(campaign.asOf),
      deadline: dateToDay(campaign.deadline),
      regionName: campaign.region.name,
      isManager: can(user, "campaign.manage", { regionCodes: [campaign.regionCode] }),
    },
    territory,
    completion,
    actions: actions.map((action) => ({ ...action, progress: Number(action.progress) })),
    submissions: submissions.map((submission) => ({
      id: submission.id,
      submittedAt: submission.submittedAt,
      submittedByName: submission.submittedBy?.name ?? null,
      ruling: submission.ruling === "RETURNED" || submission.ruling === "ACCEPTED" ? submission.ruling : null,
      rulingComment: submission.rulingComment,
      ruledAt: submission.ruledAt,
      ruledByName: submission.ruledBy?.name ?? null,
      snapshot: parseSnapshot(submission.snapshot),
    })),
  };
}

export type AcceptedSnapshot = { territoryName: string; acceptedAt: Date; snapshot: CampaignSnapshot };

/** The accepted reports' snapshots, for the campaign's officers only (null otherwise). */
export async function listAcceptedSnapshots(
  user: PermissionUser,
  campaignId: string,
): Promise<{ campaign: { name: string; asOf: string }; snapshots: AcceptedSnapshot[] } | null> {
  const campaign = await findCampaign(user, campaignId);
  if (!campaign || !can(user, "campaign.manage", { regionCodes: [campaign.regionCode] })) return null;
  const submissions = await getPrisma().campaignSubmission.findMany({
    where: { ruling: "ACCEPTED", report: { campaignId, territory: territoryScope(user) } },
    orderBy: { report: { territory: { name: "asc" } } },
    select: { ruledAt: true, snapshot: true, report: { select: { territory: { select: { name: true } } } } },
  });
  return {
    campaign: { name: campaign.name, asOf: dateToDay(campaign.asOf) },
    snapshots: submissions.map((submission) => ({
      territoryName: submission.report.territory.name,
      acceptedAt: submission.ruledAt ?? new Date(0),
      snapshot: parseSnapshot(submission.snapshot),
    })),
  };
}

export type { CompletionRow, CompletionState };
