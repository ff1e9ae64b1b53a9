import type { PrismaClient } from "../../lib/generated/prisma/client";
import { instantInFrance, todayInFrance } from "../../lib/dates";
import { proposeAgenda, takeUpDiscussionFlags } from "../../lib/meetings/agenda";
import { seedDemoMinutes } from "./demo-minutes";

function dayFromToday(days: number): string {
  const date = new Date(`${todayInFrance()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const pastAgenda = [
  "Point d'étape du plan d'actions",
  "Financements : état des engagements de la Région et de l'État",
  "Questions diverses",
];

/**
 * The committee's life in every demo territory: the Région and État demo officers as contacts of the
 * territories of their region, two past séances (presence taken, two decisions each: the older
 * séance's first one overdue; the later séance's first one on an action, still open) and one coming
 * in three weeks, whose ordre du jour is proposed from the plan as the application would, with an
 * action flagged "à discuter en séance" by the chef·fe de projet (the planning takes the flag up).
 * The past séances have their relevé de décisions, locked by the binôme. A territory that already
 * has séances is left alone (a locked relevé cannot be deleted, by design), so that running the
 * demo seed again changes nothing.
 */
export async function seedDemoMeetings(prisma: PrismaClient): Promise<void> {
  const officers = await prisma.user.findMany({
    where: { email: { endsWith: "@demo.ti-pilotage.fr" }, college: { in: ["REGION", "ETAT"] } },
    select: { id: true, regionCode: true },
  });
  const territories = await prisma.territory.findMany({
    select: {
      id: true,
      slug: true,
      regions: { select: { regionCode: true } },
      memberships: { select: { userId: true, user: { select: { college: true } } } },
    },
  });
  for (const territory of territories) {
    const regionCodes = territory.regions.map((region) => region.regionCode);
    const contacts = officers.filter((officer) => officer.regionCode && regionCodes.includes(officer.regionCode));
    await prisma.territoryContact.createMany({
      data: contacts.map((contact) => ({ territoryId: territory.id, userId: contact.id })),
      skipDuplicates: true,
    });
    if (await prisma.meeting.count({ where: { territoryId: territory.id } })) continue;
    const organiserId =
      territory.memberships.find((membership) => membership.user.college === "CHEF_DE_PROJET")?.userId ?? null;
    const participantIds = [
      ...territory.memberships.map((membership) => membership.userId),
      ...contacts.map((c) => c.id),
    ];
    const plan = async (day: string, kind: "COMITE_PROJET" | "COMITE_PILOTAGE") =>
      prisma.meeting.create({
        data: {
          territoryId: territory.id,
          kind,
          startsAt: instantInFrance(day, "14:00"),
          place: "Salle du conseil communautaire",
          organiserId,
          participants: { create: participantIds.map((userId) => ({ userId })) },
        },
      });
    for (const [days, kind] of [
      [-120, "COMITE_PILOTAGE"],
      [-45, "COMITE_PROJET"],
    ] as const) {
      const meeting = await plan(dayFromToday(days), kind);
      // The later séance also discussed an action the plan put forward (not a late one: those stay
      // "late or blocked" on the coming agenda), and its first decision is about that action.
      const actionPoint =
        days === -45
          ? (await proposeAgenda(prisma, territory.id, meeting.startsAt, todayInFrance())).find(
              (point) => point.actionId !== null && point.reason !== "LATE_OR_BLOCKED",
            )
          : undefined;
      await prisma.agendaItem.createMany({
        data: [
          ...(actionPoint ? [actionPoint] : []),
          ...pastAgenda.map((title) => ({ reason: "FREE" as const, title })),
        ].map((point, position) => ({ meetingId: meeting.id, position, ...point })),
      });
      await prisma.meetingParticipant.updateMany({ where: { meetingId: meeting.id }, data: { attended: true } });
      const points = await prisma.agendaItem.findMany({
        where: { meetingId: meeting.id },
        orderBy: { position: "asc" },
      });
      const firstPoint = points[0];
      const fundingPoint = points.find((point) => point.title === pastAgenda[1]);
      // Decisions followed up since: one due before today (overdue), one due later.
      await prisma.decision.createMany({
        data: [
          {
            meetingId: meeting.id,
            agendaItemId: firstPoint!.id,
            actionId: firstPoint!.actionId,
            kind: "VALIDER" as const,
            text: "Valider le plan d'actions révisé et le présenter aux intercommunalités.",
            responsibleId: organiserId,
            dueDate: new Date(`${dayFromToday(days + 30)}T00:00:00Z`),
          },
          {
            meetingId: meeting.id,
            agendaItemId: fundingPoint!.id,
            kind: "FINANCER" as const,
            text: "Solliciter la Région et l'État sur le financement des actions prioritaires.",
            responsibleId: organiserId,
            dueDate: new Date(`${dayFromToday(days + 90)}T00:00:00Z`),
          },
        ],
      });
      // Caen Industrie's last relevé still awaits its binôme: the comparison shows who needs a nudge.
      await seedDemoMinutes(prisma, meeting.id, { lock: !(territory.slug === "caen-industrie" && days === -45) });
    }
    const upcoming = await plan(dayFromToday(21), "COMITE_PILOTAGE");
    await flagOneAction(prisma, territory.id, upcoming.startsAt, organiserId);
    const proposed = await proposeAgenda(prisma, territory.id, upcoming.startsAt, todayInFrance());
    await prisma.agendaItem.createMany({
      data: proposed.map((point, position) => ({ meetingId: upcoming.id, position, ...point })),
    });
    await takeUpDiscussionFlags(
      prisma,
      proposed.map((point) => point.actionId),
    );
  }
}

/** Flags "à discuter en séance" a live action the coming séance would not otherwise take up. */
async function flagOneAction(
  prisma: PrismaClient,
  territoryId: string,
  startsAt: Date,
  raisedById: string | null,
): Promise<void> {
  const proposed = new Set(
    (await proposeAgenda(prisma, territoryId, startsAt, todayInFrance())).map((point) => point.actionId),
  );
  const live = await prisma.action.findMany({
    where: { territoryId, archivedAt: null },
    orderBy: { title: "asc" },
    select: { id: true },
  });
  const action = live.find((candidate) => !proposed.has(candidate.id)) ?? live[0];
  if (!action) return;
  await prisma.actionDiscussionFlag.upsert({
    where: { actionId: action.id },
    create: {
      actionId: action.id,
      raisedById,
      reason: "Le porteur demande l'avis du comité sur le calendrier.",
    },
    update: {},
  });
}
