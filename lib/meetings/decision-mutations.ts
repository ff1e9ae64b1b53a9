"use server";

import { recordAuditEvent } from "@/lib/audit/record";
import { DONE_STATUS, NOT_STARTED_STATUS } from "@/lib/actions/status-rules";
import { changeActionAudited } from "@/lib/actions/write/audited-change";
import { claimVersion } from "@/lib/actions/write/action-rows";
import { resolveReferences } from "@/lib/actions/write/reference-checks";
import { createMutation } from "@/lib/auth/safe-action";
import type { SessionUser } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db";
import { dateToDay, dayToDate, todayInFrance } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { changeMeetingAudited, claimMeetingVersion, refreshMeetingPages } from "./audited-change";
import { decisionKindLabels, recordDecisionInput, recordPresenceInput, type RecordDecisionInput } from "./schemas";
import { meetingTarget } from "./targets";

/** Presence at the séance, taken by whoever records what the séance did. */
export const recordPresence = createMutation({
  schema: recordPresenceInput,
  operation: "meeting.record",
  target: (input) => meetingTarget(input.meetingId),
  handler: (input, user, target) =>
    changeMeetingAudited(
      user,
      {
        meetingId: input.meetingId,
        territoryId: target.territoryId,
        version: input.version,
        operation: "meeting.presence",
      },
      async (tx) => {
        const present = [...new Set(input.presentIds)];
        await tx.meetingParticipant.updateMany({
          where: { meetingId: input.meetingId, userId: { in: present } },
          data: { attended: true },
        });
        await tx.meetingParticipant.updateMany({
          where: { meetingId: input.meetingId, userId: { notIn: present } },
          data: { attended: false },
        });
      },
    ),
});

const UNKNOWN_POINT_MESSAGE = "Ce point n'est plus à l'ordre du jour : rechargez la page.";
const NO_ACTION_MESSAGE = "Ce point ne porte sur aucune action : il n'y a pas de statut à changer.";
const NOT_INVITED_MESSAGE = "Choisissez le ou la responsable parmi les participants de la séance.";

async function createDecision(
  tx: Prisma.TransactionClient,
  user: SessionUser,
  input: RecordDecisionInput,
  context: { territoryId: string; actionId: string | null },
): Promise<string> {
  await claimMeetingVersion(tx, input.meetingId, input.version);
  const decision = await tx.decision.create({
    data: {
      meetingId: input.meetingId,
      agendaItemId: input.agendaItemId,
      actionId: context.actionId,
      kind: input.kind,
      text: input.text,
      responsibleId: input.responsibleId ?? null,
      dueDate: input.dueDate ? dayToDate(input.dueDate) : null,
      appliedStatusCode: input.newStatusCode ?? null,
    },
  });
  await recordAuditEvent(tx, {
    actorId: user.id,
    entityType: "meeting",
    entityId: input.meetingId,
    territoryId: context.territoryId,
    operation: "meeting.decision",
    after: {
      decisionId: decision.id,
      kind: input.kind,
      text: input.text,
      actionId: context.actionId,
      responsibleId: input.responsibleId ?? null,
      dueDate: input.dueDate ?? null,
      appliedStatusCode: input.newStatusCode ?? null,
    },
  });
  return decision.id;
}

/**
 * Records a decision of the séance. One that gives the point's action a new status applies it in
 * the same transaction, through the action's audited change, as a point d'avancement dated today
 * whose comment quotes the decision, and whose journal entry names the decision.
 */
export const recordDecision = createMutation({
  schema: recordDecisionInput,
  operation: "meeting.record",
  target: (input) => meetingTarget(input.meetingId),
  handler: async (input, user, target) => {
    const prisma = getPrisma();
    const item = await prisma.agendaItem.findFirst({
      where: { id: input.agendaItemId, meetingId: input.meetingId },
      select: { actionId: true, action: { select: { archivedAt: true } } },
    });
    if (!item) throw new AppError("NOT_FOUND", UNKNOWN_POINT_MESSAGE);
    if (input.responsibleId) {
      const invited = await prisma.meetingParticipant.findUnique({
        where: { meetingId_userId: { meetingId: input.meetingId, userId: input.responsibleId } },
      });
      if (!invited) throw new AppError("VALIDATION", NOT_INVITED_MESSAGE, { responsibleId: [NOT_INVITED_MESSAGE] });
    }
    const actionId = item.action && !item.action.archivedAt ? item.actionId : null;
    const context = { territoryId: target.territoryId, actionId };
    let decisionId: string;
    if (input.newStatusCode) {
      if (!actionId) throw new AppError("VALIDATION", NO_ACTION_MESSAGE, { newStatusCode: [NO_ACTION_MESSAGE] });
      const statusCode = input.newStatusCode;
      await changeActionAudited(
        user,
        { actionId, territoryId: target.territoryId, operation: "progress" },
        async (tx) => {
          decisionId = await createDecision(tx, user, input, context);
          await resolveReferences(tx, target.territoryId, { statusCode });
          const action = await tx.action.findUniqueOrThrow({
            where: { id: actionId },
            select: { version: true, progress: true },
          });
          const progress = statusCode === DONE_STATUS ? 100 : statusCode === NOT_STARTED_STATUS ? 0 : action.progress;
          const point = await tx.progressUpdate.create({
            data: {
              actionId,
              authorId: user.id,
              date: dayToDate(todayInFrance()),
              progress,
              statusCode,
              comment: `Décision du comité (${decisionKindLabels[input.kind]}) : ${input.text}`.slice(0, 2000),
            },
          });
          await claimVersion(tx, actionId, action.version);
          // The same details as a point recorded by hand (the history shows them), and the decision.
          const progressUpdate = {
            id: point.id,
            date: dateToDay(point.date),
            progress: point.progress,
            statusCode: point.statusCode,
            comment: point.comment,
          };
          return { decisionId, progressUpdate };
        },
      );
    } else {
      decisionId = await prisma.$transaction((tx) => createDecision(tx, user, input, context));
    }
    const territorySlug = await refreshMeetingPages(target.territoryId);
    return { decisionId: decisionId!, meetingId: input.meetingId, territorySlug, version: input.version + 1 };
  },
});
