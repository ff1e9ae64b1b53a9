import type { PrismaClient } from "../../lib/generated/prisma/client";
import { dateToDay, todayInFrance } from "../../lib/dates";
import { compileMinutesContent } from "../../lib/meetings/minutes-content";

const summaries = [
  "Le comité a passé en revue l'avancement du plan ; les actions en retard ont été discutées une à une.",
  "La Région et l'État ont présenté l'état de leurs engagements ; deux dossiers restent à instruire.",
  "Pas d'autre question.",
];

/**
 * A past demo séance as its committee would have closed it: a summary for each point, the relevé
 * compiled from the séance as recorded, an avis of the Région, and (with `lock`) the binôme's two
 * validations, which lock it. Compiled with the application's own compiler.
 */
export async function seedDemoMinutes(
  prisma: PrismaClient,
  meetingId: string,
  { lock }: { lock: boolean },
): Promise<void> {
  const items = await prisma.agendaItem.findMany({ where: { meetingId }, orderBy: { position: "asc" } });
  for (const [index, item] of items.entries()) {
    await prisma.agendaItem.update({ where: { id: item.id }, data: { summary: summaries[index] ?? "" } });
  }
  const meeting = await prisma.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    include: {
      territory: { select: { name: true, id: true } },
      organiser: { select: { name: true } },
      participants: {
        include: { user: { select: { id: true, name: true, organisation: true, college: true, memberships: true } } },
      },
      agendaItems: {
        orderBy: { position: "asc" },
        include: {
          decisions: { orderBy: { createdAt: "asc" }, include: { responsible: { select: { name: true } } } },
          action: {
            select: {
              id: true,
              progress: true,
              plannedEndDate: true,
              status: { select: { label: true, isClosed: true } },
              progressUpdates: { orderBy: [{ date: "desc" }, { createdAt: "desc" }], take: 1, select: { date: true } },
            },
          },
        },
      },
    },
  });
  const participants = meeting.participants.map(({ user, response, representedBy, attended }) => ({
    id: user.id,
    name: user.name,
    organisation: user.organisation,
    college: user.college,
    isBinome: user.memberships.some((m) => m.territoryId === meeting.territoryId && m.isBinome),
    response,
    representedBy,
    attended,
  }));
  const content = compileMinutesContent({
    territory: meeting.territory,
    kind: meeting.kind,
    startsAt: meeting.startsAt,
    place: meeting.place,
    videoUrl: meeting.videoUrl,
    organiserName: meeting.organiser?.name ?? null,
    participants,
    agenda: meeting.agendaItems.map((item) => ({
      title: item.title,
      reason: item.reason,
      summary: item.summary,
      action: item.action && {
        id: item.action.id,
        statusLabel: item.action.status.label,
        progress: item.action.progress,
        isLate:
          !item.action.status.isClosed &&
          item.action.plannedEndDate !== null &&
          dateToDay(item.action.plannedEndDate) < todayInFrance(),
        plannedEndDate: item.action.plannedEndDate && dateToDay(item.action.plannedEndDate),
        lastPointDate: item.action.progressUpdates[0] ? dateToDay(item.action.progressUpdates[0].date) : null,
      },
      decisions: item.decisions.map((decision) => ({
        id: decision.id,
        kind: decision.kind,
        text: decision.text,
        responsibleName: decision.responsible?.name ?? null,
        dueDate: decision.dueDate ? dateToDay(decision.dueDate) : null,
        appliedStatusLabel: null,
      })),
    })),
  });
  const after = (days: number) => new Date(meeting.startsAt.getTime() + days * 86_400_000);
  const elu = participants.find((person) => person.isBinome && person.college === "ELU");
  const industriel = participants.find((person) => person.isBinome && person.college === "INDUSTRIEL");
  const region = participants.find((person) => person.college === "REGION");
  const minutes = await prisma.minutes.create({
    data: {
      meetingId,
      content,
      meetingVersion: meeting.version,
      compiledAt: after(2),
      compiledById: meeting.organiserId,
    },
  });
  if (region) {
    await prisma.minutesReview.create({
      data: {
        minutesId: minutes.id,
        authorId: region.id,
        institution: "REGION",
        text: "La Région partage les priorités retenues et instruira les demandes de financement annoncées.",
        createdAt: after(4),
      },
    });
  }
  // The validations are the binôme's to give: every demo territory has its élu and its industriel.
  if (lock && elu && industriel) {
    await prisma.minutes.update({
      where: { id: minutes.id },
      data: {
        eluValidatorId: elu.id,
        eluValidatedAt: after(5),
        industrielValidatorId: industriel.id,
        industrielValidatedAt: after(6),
        lockedAt: after(6),
        version: 3,
      },
    });
  }
}
