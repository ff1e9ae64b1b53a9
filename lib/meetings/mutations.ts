"use server";

import { revalidatePath } from "next/cache";
import { recordAuditEvent } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session";
import { createMutation } from "@/lib/auth/safe-action";
import { getPrisma } from "@/lib/db";
import { instantInFrance, todayInFrance } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { territoryTarget } from "@/lib/territories/access";
import { proposeAgenda } from "./agenda";
import { listInvitableIds } from "./participants";
import {
  addAgendaItemInput,
  moveAgendaItemInput,
  planMeetingInput,
  removeAgendaItemInput,
  type AgendaReason,
} from "./schemas";
import { meetingTarget } from "./targets";

const STALE_MEETING_MESSAGE =
  "Cette séance a été modifiée par quelqu'un d'autre depuis que vous l'avez ouverte : rechargez la page pour voir la dernière version.";
const NOT_INVITABLE_MESSAGE = "Choisissez les participants dans la liste proposée pour ce territoire.";

/** A séance as the journal records it: plain JSON, people by their id. */
async function meetingSnapshot(tx: Prisma.TransactionClient, meetingId: string): Promise<Prisma.InputJsonObject> {
  const meeting = await tx.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    include: {
      participants: { orderBy: { userId: "asc" }, select: { userId: true } },
      agendaItems: { orderBy: { position: "asc" }, select: { reason: true, actionId: true, title: true } },
    },
  });
  return {
    kind: meeting.kind,
    startsAt: meeting.startsAt.toISOString(),
    place: meeting.place,
    videoUrl: meeting.videoUrl,
    participantIds: meeting.participants.map((participant) => participant.userId),
    agenda: meeting.agendaItems.map((item) => ({ reason: item.reason, actionId: item.actionId, title: item.title })),
    version: meeting.version,
  };
}

/** Takes the séance's next version, or refuses: two edits racing on one version cannot both pass. */
async function claimMeetingVersion(tx: Prisma.TransactionClient, meetingId: string, version: number): Promise<void> {
  const claimed = await tx.meeting.updateMany({
    where: { id: meetingId, version },
    data: { version: { increment: 1 } },
  });
  if (claimed.count !== 1) throw new AppError("CONFLICT", STALE_MEETING_MESSAGE);
}

async function refreshMeetingPages(territoryId: string): Promise<string> {
  const { slug } = await getPrisma().territory.findUniqueOrThrow({
    where: { id: territoryId },
    select: { slug: true },
  });
  revalidatePath(`/territoires/${slug}/seances`, "layout");
  return slug;
}

/** The one shape of a change to a séance: version claimed, change applied, journal entry, in one transaction. */
async function changeMeetingAudited(
  user: SessionUser,
  change: { meetingId: string; territoryId: string; version: number; operation: string },
  apply: (tx: Prisma.TransactionClient) => Promise<void>,
) {
  const version = await getPrisma().$transaction(async (tx) => {
    const before = await meetingSnapshot(tx, change.meetingId);
    await claimMeetingVersion(tx, change.meetingId, change.version);
    await apply(tx);
    const after = await meetingSnapshot(tx, change.meetingId);
    await recordAuditEvent(tx, {
      actorId: user.id,
      entityType: "meeting",
      entityId: change.meetingId,
      territoryId: change.territoryId,
      operation: change.operation,
      before,
      after,
    });
    return after.version as number;
  });
  const territorySlug = await refreshMeetingPages(change.territoryId);
  return { meetingId: change.meetingId, territorySlug, version };
}

/**
 * Plans a séance: its participants (chosen among the territory's committee and the Région and État
 * officers who follow it) and its ordre du jour, proposed from the state of the plan that day.
 */
export const planMeeting = createMutation({
  schema: planMeetingInput,
  operation: "meeting.prepare",
  target: (input) => territoryTarget(input.territoryId),
  handler: async (input, user, target) => {
    const invitable = new Set(await listInvitableIds(target.territoryId));
    if (input.participantIds.some((id) => !invitable.has(id))) {
      throw new AppError("VALIDATION", NOT_INVITABLE_MESSAGE, { participantIds: [NOT_INVITABLE_MESSAGE] });
    }
    const startsAt = instantInFrance(input.day, input.time);
    const meetingId = await getPrisma().$transaction(async (tx) => {
      const meeting = await tx.meeting.create({
        data: {
          territoryId: target.territoryId,
          kind: input.kind,
          startsAt,
          place: input.place,
          videoUrl: input.videoUrl,
          organiserId: user.id,
          participants: { create: [...new Set(input.participantIds)].map((userId) => ({ userId })) },
        },
      });
      const proposed = await proposeAgenda(tx, target.territoryId, startsAt, todayInFrance());
      await tx.agendaItem.createMany({
        data: proposed.map((point, position) => ({ meetingId: meeting.id, position, ...point })),
      });
      await recordAuditEvent(tx, {
        actorId: user.id,
        entityType: "meeting",
        entityId: meeting.id,
        territoryId: target.territoryId,
        operation: "meeting.plan",
        after: await meetingSnapshot(tx, meeting.id),
      });
      return meeting.id;
    });
    const territorySlug = await refreshMeetingPages(target.territoryId);
    return { meetingId, territorySlug, version: 1 };
  },
});

export const addAgendaItem = createMutation({
  schema: addAgendaItemInput,
  operation: "meeting.prepare",
  target: (input) => meetingTarget(input.meetingId),
  handler: (input, user, target) =>
    changeMeetingAudited(
      user,
      {
        meetingId: input.meetingId,
        territoryId: target.territoryId,
        version: input.version,
        operation: "meeting.agenda",
      },
      async (tx) => {
        const last = await tx.agendaItem.aggregate({ where: { meetingId: input.meetingId }, _max: { position: true } });
        const reason: AgendaReason = "FREE";
        await tx.agendaItem.create({
          data: { meetingId: input.meetingId, position: (last._max.position ?? -1) + 1, reason, title: input.title },
        });
      },
    ),
});

async function orderedItems(tx: Prisma.TransactionClient, meetingId: string) {
  return tx.agendaItem.findMany({ where: { meetingId }, orderBy: { position: "asc" }, select: { id: true } });
}

async function writeOrder(tx: Prisma.TransactionClient, ids: string[]) {
  for (const [position, id] of ids.entries()) await tx.agendaItem.update({ where: { id }, data: { position } });
}

const UNKNOWN_ITEM_MESSAGE = "Ce point n'est plus à l'ordre du jour : rechargez la page.";

export const moveAgendaItem = createMutation({
  schema: moveAgendaItemInput,
  operation: "meeting.prepare",
  target: (input) => meetingTarget(input.meetingId),
  handler: (input, user, target) =>
    changeMeetingAudited(
      user,
      {
        meetingId: input.meetingId,
        territoryId: target.territoryId,
        version: input.version,
        operation: "meeting.agenda",
      },
      async (tx) => {
        const ids = (await orderedItems(tx, input.meetingId)).map((item) => item.id);
        const from = ids.indexOf(input.itemId);
        if (from === -1) throw new AppError("NOT_FOUND", UNKNOWN_ITEM_MESSAGE);
        const to = input.direction === "up" ? from - 1 : from + 1;
        if (to < 0 || to >= ids.length) return;
        [ids[from], ids[to]] = [ids[to]!, ids[from]!];
        await writeOrder(tx, ids);
      },
    ),
});

export const removeAgendaItem = createMutation({
  schema: removeAgendaItemInput,
  operation: "meeting.prepare",
  target: (input) => meetingTarget(input.meetingId),
  handler: (input, user, target) =>
    changeMeetingAudited(
      user,
      {
        meetingId: input.meetingId,
        territoryId: target.territoryId,
        version: input.version,
        operation: "meeting.agenda",
      },
      async (tx) => {
        const removed = await tx.agendaItem.deleteMany({ where: { id: input.itemId, meetingId: input.meetingId } });
        if (removed.count !== 1) throw new AppError("NOT_FOUND", UNKNOWN_ITEM_MESSAGE);
        await writeOrder(
          tx,
          (await orderedItems(tx, input.meetingId)).map((item) => item.id),
        );
      },
    ),
});
