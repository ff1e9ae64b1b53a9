"use server";

import { recordAuditEvent } from "@/lib/audit/record";
import type { PermissionTarget, TerritoryTarget } from "@/lib/auth/permissions";
import { createMutation } from "@/lib/auth/safe-action";
import { addDays, dateToDay, dayToDate, todayInFrance } from "@/lib/dates";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { acceptSubmissionInput, openCampaignInput, returnSubmissionInput, submitReportInput } from "./schemas";
import { notifyCampaignEvent } from "./notify";
import { compileSnapshot } from "./snapshot";

// A campaign's life: a Région or État officer opens it for territories of their region; in each
// territory a member of the binôme submits the report (its snapshot is frozen by the database);
// the officer returns it with a comment (it reopens) or accepts it. Every step is in the journal.

const STALE_MESSAGE = "Ce bilan a changé entre-temps : rechargez la page.";
const NOT_SUBMITTABLE_MESSAGE = "Ce bilan a déjà été transmis : il attend l'avis de la Région ou de l'État.";
const NOT_PENDING_MESSAGE = "Ce bilan n'attend plus d'avis : rechargez la page.";

/** The regions every chosen territory spans: the officer's region must be one of them. */
async function commonRegionsTarget(territoryIds: readonly string[]): Promise<PermissionTarget | null> {
  const territories = await getPrisma().territory.findMany({
    where: { id: { in: [...territoryIds] } },
    select: { regions: { select: { regionCode: true } } },
  });
  if (territories.length !== territoryIds.length) return null;
  const [first, ...rest] = territories.map((territory) => territory.regions.map((region) => region.regionCode));
  const common = (first ?? []).filter((code) => rest.every((codes) => codes.includes(code)));
  // One territory: the target is that territory, so that its committee members are told "forbidden".
  return territoryIds.length === 1 ? { territoryId: territoryIds[0], regionCodes: common } : { regionCodes: common };
}

/**
 * First day of a territory's report period: the day after its previous campaign's as-of date, else
 * the opening day — or, when the campaign reports on a day already past at its opening, the
 * territory's update interval before that day (an empty period would ask for nothing).
 */
async function periodStartOf(
  tx: Prisma.TransactionClient,
  territory: { id: string; updateIntervalDays: number },
  asOf: string,
  openingDay: string,
): Promise<string> {
  const previous = await tx.campaign.findFirst({
    where: { asOf: { lt: dayToDate(asOf) }, reports: { some: { territoryId: territory.id } } },
    orderBy: { asOf: "desc" },
    select: { asOf: true },
  });
  if (previous) return addDays(dateToDay(previous.asOf), 1);
  return openingDay <= asOf ? openingDay : addDays(asOf, 1 - territory.updateIntervalDays);
}

export const openCampaign = createMutation({
  schema: openCampaignInput,
  operation: "campaign.manage",
  target: (input) => commonRegionsTarget(input.territoryIds),
  handler: async (input, user) => {
    const regionCode = user.regionCode;
    if (!regionCode) throw new AppError("FORBIDDEN");
    const openingDay = todayInFrance();
    const opened = await getPrisma().$transaction(async (tx) => {
      const campaign = await tx.campaign.create({
        data: {
          name: input.name,
          asOf: dayToDate(input.asOf),
          deadline: dayToDate(input.deadline),
          regionCode,
          openedById: user.id,
        },
      });
      const territories = await tx.territory.findMany({
        where: { id: { in: input.territoryIds } },
        select: { id: true, updateIntervalDays: true },
      });
      for (const territory of territories) {
        const periodStart = await periodStartOf(tx, territory, input.asOf, openingDay);
        await tx.campaignReport.create({
          data: { campaignId: campaign.id, territoryId: territory.id, periodStart: dayToDate(periodStart) },
        });
      }
      await recordAuditEvent(tx, {
        actorId: user.id,
        entityType: "campaign",
        entityId: campaign.id,
        territoryIds: input.territoryIds,
        regionCodes: [regionCode],
        operation: "campaign.open",
        after: { name: input.name, asOf: input.asOf, deadline: input.deadline, territoryIds: input.territoryIds },
      });
      return { campaignId: campaign.id };
    });
    await notifyCampaignEvent({ type: "opened", campaignId: opened.campaignId });
    return opened;
  },
});

type ReportTarget = TerritoryTarget & { reportId: string };

async function reportTarget(reportId: string): Promise<ReportTarget | null> {
  const report = await getPrisma().campaignReport.findUnique({
    where: { id: reportId },
    select: { id: true, territoryId: true, territory: { select: { regions: { select: { regionCode: true } } } } },
  });
  if (!report) return null;
  return {
    reportId: report.id,
    territoryId: report.territoryId,
    regionCodes: report.territory.regions.map((region) => region.regionCode),
  };
}

export const submitReport = createMutation({
  schema: submitReportInput,
  operation: "campaign.submit",
  target: (input) => reportTarget(input.reportId),
  handler: async (input, user, target) => {
    const submitted = await getPrisma().$transaction(async (tx) => {
      // The row held until commit: two members of the binôme submitting at once make one submission.
      const [report] = await tx.$queryRaw<
        { state: string; version: number; periodStart: string; asOf: string; name: string }[]
      >`
        SELECT r.state::text, r.version, to_char(r."periodStart", 'YYYY-MM-DD') AS "periodStart",
               to_char(c."asOf", 'YYYY-MM-DD') AS "asOf", c.name
        FROM "CampaignReport" r JOIN "Campaign" c ON c.id = r."campaignId"
        WHERE r.id = ${input.reportId}::uuid FOR UPDATE OF r`;
      if (!report) throw new AppError("NOT_FOUND");
      if (report.state === "SUBMITTED" || report.state === "ACCEPTED") {
        throw new AppError("CONFLICT", NOT_SUBMITTABLE_MESSAGE);
      }
      if (report.version !== input.version) throw new AppError("CONFLICT", STALE_MESSAGE);
      const snapshot = await compileSnapshot(
        tx,
        { territoryId: target.territoryId, periodStart: report.periodStart, asOf: report.asOf },
        todayInFrance(),
      );
      const submission = await tx.campaignSubmission.create({
        data: { reportId: input.reportId, snapshot, submittedById: user.id },
      });
      await tx.campaignReport.update({
        where: { id: input.reportId },
        data: { state: "SUBMITTED", version: { increment: 1 } },
      });
      await recordAuditEvent(tx, {
        actorId: user.id,
        entityType: "campaign",
        entityId: input.reportId,
        territoryId: target.territoryId,
        operation: "campaign.submit",
        after: { name: report.name, submissionId: submission.id, completion: snapshot.completion },
      });
      return { submissionId: submission.id };
    });
    await notifyCampaignEvent({ type: "submitted", submissionId: submitted.submissionId });
    return submitted;
  },
});

type SubmissionTarget = PermissionTarget & { territoryId: string };

/**
 * Rulings belong to the officers of the campaign's region (a territory spanning two regions is
 * ruled on by the region that asked): the target is the campaign's region, read from the database.
 */
async function submissionTarget(submissionId: string): Promise<SubmissionTarget | null> {
  const submission = await getPrisma().campaignSubmission.findUnique({
    where: { id: submissionId },
    select: { report: { select: { territoryId: true, campaign: { select: { regionCode: true } } } } },
  });
  if (!submission) return null;
  return { territoryId: submission.report.territoryId, regionCodes: [submission.report.campaign.regionCode] };
}

function rule(ruling: "RETURNED" | "ACCEPTED") {
  return async (
    input: { submissionId: string; comment?: string },
    user: { id: string },
    target: SubmissionTarget,
  ): Promise<{ reportId: string }> => {
    const ruled = await getPrisma().$transaction(async (tx) => {
      const [pending] = await tx.$queryRaw<{ reportId: string; state: string }[]>`
        SELECT s."reportId", r.state::text FROM "CampaignSubmission" s
        JOIN "CampaignReport" r ON r.id = s."reportId"
        WHERE s.id = ${input.submissionId}::uuid AND s.ruling IS NULL
        FOR UPDATE OF r`;
      if (!pending || pending.state !== "SUBMITTED") throw new AppError("CONFLICT", NOT_PENDING_MESSAGE);
      const comment = input.comment ?? "";
      await tx.campaignSubmission.update({
        where: { id: input.submissionId },
        data: { ruling, rulingComment: comment, ruledAt: new Date(), ruledById: user.id },
      });
      const report = await tx.campaignReport.update({
        where: { id: pending.reportId },
        data: { state: ruling, version: { increment: 1 } },
        select: { campaign: { select: { name: true } } },
      });
      await recordAuditEvent(tx, {
        actorId: user.id,
        entityType: "campaign",
        entityId: pending.reportId,
        territoryId: target.territoryId,
        operation: ruling === "RETURNED" ? "campaign.return" : "campaign.accept",
        after: { name: report.campaign.name, submissionId: input.submissionId, comment },
      });
      return { reportId: pending.reportId };
    });
    await notifyCampaignEvent({
      type: ruling === "RETURNED" ? "returned" : "accepted",
      submissionId: input.submissionId,
    });
    return ruled;
  };
}

export const returnSubmission = createMutation({
  schema: returnSubmissionInput,
  operation: "campaign.manage",
  target: (input) => submissionTarget(input.submissionId),
  handler: rule("RETURNED"),
});

export const acceptSubmission = createMutation({
  schema: acceptSubmissionInput,
  operation: "campaign.manage",
  target: (input) => submissionTarget(input.submissionId),
  handler: rule("ACCEPTED"),
});
