"use server";

import { recordAuditEvent } from "@/lib/audit/record";
import { createMutation } from "@/lib/auth/safe-action";
import { getPrisma } from "@/lib/db";
import { instantInFrance, todayInFrance } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { z } from "@/lib/validation/zod";
import { meetingSnapshot, refreshMeetingPages, changeMeetingAudited } from "./audited-change";
import { territoryTarget } from "@/lib/territories/access";
import { proposeAgenda, takeUpDiscussionFlags } from "./agenda";
import { listInvitableIds } from "./participants";
import {
  addAgendaItemInput,
  moveAgendaItemInput,
  planMeetingInput,
  removeAgendaItemInput,
  type AgendaReason,
} from "./schemas";
import { meetingTarget } from "./targets";

const NOT_INVITABLE_MESSAGE = "Choisissez les participants dans la liste proposée pour ce territoire.";

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
      const takenUpFlags = await takeUpDiscussionFlags(
        tx,
        proposed.map((point) => point.actionId),
      );
      await recordAuditEvent(tx, {
        actorId: user.id,
        entityType: "meeting",
        entityId: meeting.id,
        territoryId: target.territoryId,
        operation: "meeting.plan",
        after: { ...(await meetingSnapshot(tx, meeting.id)), takenUpFlags },
      });
      return meeting.id;
    });
    const territorySlug = await refreshMeetingPages(target.territoryId);
    return { meetingId, territorySlug, version: 1 };
  },
});

/** A change to the ordre du jour: by whoever prepares the séance, versioned and journaled. */
function agendaMutation<Schema extends z.ZodType<{ meetingId: string; version: number }>>(
  schema: Schema,
  apply: (tx: Prisma.TransactionClient, input: z.output<Schema>) => Promise<void>,
) {
  return createMutation({
    schema,
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
        (tx) => apply(tx, input),
      ),
  });
}

async function orderedItems(tx: Prisma.TransactionClient, meetingId: string) {
  return tx.agendaItem.findMany({ where: { meetingId }, orderBy: { position: "asc" }, select: { id: true } });
}

async function writeOrder(tx: Prisma.TransactionClient, ids: string[]) {
  for (const [position, id] of ids.entries()) await tx.agendaItem.update({ where: { id }, data: { position } });
}

const UNKNOWN_ITEM_MESSAGE = "Ce point n'est plus à l'ordre du jour : rechargez la page.";

export const addAgendaItem = agendaMutation(addAgendaItemInput, async (tx, input) => {
  const last = await tx.agendaItem.aggregate({ where: { meetingId: input.meetingId }, _max: { position: true } });
  const reason: AgendaReason = "FREE";
  await tx.agendaItem.create({
    data: { meetingId: input.meetingId, position: (last._max.position ?? -1) + 1, reason, title: input.title },
  });
});

export const moveAgendaItem = agendaMutation(moveAgendaItemInput, async (tx, input) => {
  const ids = (await orderedItems(tx, input.meetingId)).map((item) => item.id);
  const from = ids.indexOf(input.itemId);
  if (from === -1) throw new AppError("NOT_FOUND", UNKNOWN_ITEM_MESSAGE);
  const to = input.direction === "up" ? from - 1 : from + 1;
  if (to < 0 || to >= ids.length) return;
  [ids[from], ids[to]] = [ids[to]!, ids[from]!];
  await writeOrder(tx, ids);
});

export const removeAgendaItem = agendaMutation(removeAgendaItemInput, async (tx, input) => {
  // A point's decisions are the committee's record (the log, an action's history): they stay.
  if (await tx.decision.count({ where: { agendaItemId: input.itemId } })) {
    throw new AppError("CONFLICT", "Ce point porte des décisions de la séance : il ne peut plus être retiré.");
  }
  const removed = await tx.agendaItem.deleteMany({ where: { id: input.itemId, meetingId: input.meetingId } });
  if (removed.count !== 1) throw new AppError("NOT_FOUND", UNKNOWN_ITEM_MESSAGE);
  await writeOrder(
    tx,
    (await orderedItems(tx, input.meetingId)).map((item) => item.id),
  );
});
