import "server-only";
import { getPrisma } from "@/lib/db";
import { formatDate } from "@/lib/format";
import { deliverNotifications, type NotificationDraft } from "@/lib/notifications/deliver";

// Who hears of a campaign's steps, in the app and by e-mail (their "Campagnes de suivi" preference):
// the territory's chef·fe de projet and binôme when the campaign opens and when their report is
// returned or accepted; the officer who opened the campaign when a report is submitted. Sent after
// the step is committed; a failure to notify never undoes the step.

export type CampaignEvent =
  { type: "opened"; campaignId: string } | { type: "submitted" | "returned" | "accepted"; submissionId: string };

/** The chef·fe(s) de projet and binôme of each territory, with accounts still active, in one read. */
async function territoryFollowers(territoryIds: readonly string[]): Promise<Map<string, string[]>> {
  const memberships = await getPrisma().membership.findMany({
    where: {
      territoryId: { in: [...territoryIds] },
      user: { disabledAt: null },
      OR: [{ isBinome: true }, { user: { college: "CHEF_DE_PROJET" } }],
    },
    select: { userId: true, territoryId: true },
  });
  const followers = new Map<string, string[]>();
  for (const { territoryId, userId } of memberships) {
    followers.set(territoryId, [...(followers.get(territoryId) ?? []), userId]);
  }
  return followers;
}

async function openedDrafts(campaignId: string): Promise<NotificationDraft[]> {
  const campaign = await getPrisma().campaign.findUniqueOrThrow({
    where: { id: campaignId },
    select: {
      name: true,
      asOf: true,
      deadline: true,
      region: { select: { name: true } },
      reports: { select: { id: true, territoryId: true, territory: { select: { slug: true, name: true } } } },
    },
  });
  const followers = await territoryFollowers(campaign.reports.map((report) => report.territoryId));
  const drafts: NotificationDraft[] = [];
  for (const report of campaign.reports) {
    for (const userId of followers.get(report.territoryId) ?? []) {
      drafts.push({
        userId,
        rule: "campaign.opened",
        dedupeKey: `campaign.opened:${report.id}`,
        title: `Campagne de suivi « ${campaign.name} » ouverte`,
        body: `La campagne « ${campaign.name} » (${campaign.region.name}) demande le bilan de ${report.territory.name}, chiffres arrêtés au ${formatDate(campaign.asOf)}, pour le ${formatDate(campaign.deadline)}. Mettez à jour les actions, puis un membre du binôme transmet le bilan.`,
        href: `/campagnes/${campaignId}/territoires/${report.territory.slug}`,
        linkLabel: "Ouvrir le bilan du territoire",
      });
    }
  }
  return drafts;
}

async function rulingDrafts(
  type: "submitted" | "returned" | "accepted",
  submissionId: string,
): Promise<NotificationDraft[]> {
  const submission = await getPrisma().campaignSubmission.findUniqueOrThrow({
    where: { id: submissionId },
    select: {
      rulingComment: true,
      report: {
        select: {
          territoryId: true,
          territory: { select: { slug: true, name: true } },
          campaign: { select: { id: true, name: true, deadline: true, openedById: true } },
        },
      },
    },
  });
  const { territory, campaign, territoryId } = submission.report;
  const href = `/campagnes/${campaign.id}/territoires/${territory.slug}`;
  const base = { rule: `campaign.${type}` as const, dedupeKey: `campaign.${type}:${submissionId}`, href };
  if (type === "submitted") {
    return campaign.openedById
      ? [
          {
            ...base,
            userId: campaign.openedById,
            title: `Bilan de ${territory.name} transmis`,
            body: `${territory.name} a transmis son bilan pour la campagne « ${campaign.name} » : acceptez-le ou renvoyez-le pour compléments.`,
            linkLabel: "Lire le bilan",
          },
        ]
      : [];
  }
  const texts = {
    returned: {
      title: `Bilan de ${territory.name} renvoyé pour compléments`,
      body: `Le bilan de ${territory.name} pour la campagne « ${campaign.name} » est renvoyé pour compléments : « ${submission.rulingComment} ». Complétez-le et transmettez-le à nouveau avant le ${formatDate(campaign.deadline)}.`,
    },
    accepted: {
      title: `Bilan de ${territory.name} accepté`,
      body: `Le bilan de ${territory.name} pour la campagne « ${campaign.name} » est accepté.`,
    },
  }[type];
  return ((await territoryFollowers([territoryId])).get(territoryId) ?? []).map((userId) => ({
    ...base,
    userId,
    ...texts,
    linkLabel: "Ouvrir le bilan du territoire",
  }));
}

export async function notifyCampaignEvent(event: CampaignEvent): Promise<void> {
  try {
    const drafts =
      event.type === "opened"
        ? await openedDrafts(event.campaignId)
        : await rulingDrafts(event.type, event.submissionId);
    await deliverNotifications(drafts);
  } catch (error) {
    console.error(`[campaigns] notifying ${event.type} failed`, error);
  }
}
