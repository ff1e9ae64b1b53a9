"use server";

import { createMutation } from "@/lib/auth/safe-action";
import type { SessionUser } from "@/lib/auth/session";
import type { TerritoryTarget } from "@/lib/auth/permissions";
import { dateToDay, dayToDate } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { changeActionAudited } from "../write/audited-change";
import { resolveReferences } from "../write/reference-checks";
import { correctProgressInput, recordProgressInput, withdrawProgressInput } from "../schemas";
import { actionTarget } from "../targets";
import { claimVersion } from "../write/action-rows";

// Points d'avancement: the only way an action's progress and status change. A point is an
// observation (dated today or earlier); the action shows its latest point by date, then by
// recording time — kept by the database (trigger on ProgressUpdate, migration
// progress_points_state). A wrong point is corrected or withdrawn by whoever may record progress,
// and the history and the journal keep what it said before.

type PointValues = { date: string; progress: number; statusCode: string; comment: string };

function pointOf(row: { id: string; date: Date; progress: number; statusCode: string; comment: string }) {
  return {
    id: row.id,
    date: dateToDay(row.date),
    progress: row.progress,
    statusCode: row.statusCode,
    comment: row.comment,
  };
}

function pointData({ date, progress, statusCode, comment }: PointValues) {
  return { date: dayToDate(date), progress, statusCode, comment };
}

async function findPoint(tx: Prisma.TransactionClient, actionId: string, pointId: string) {
  const point = await tx.progressUpdate.findFirst({ where: { id: pointId, actionId } });
  if (!point) throw new AppError("NOT_FOUND", "Ce point d'avancement n'existe pas ou a déjà été retiré.");
  return point;
}

function changePoint(
  operation: "progress" | "progress.correct" | "progress.withdraw",
  user: SessionUser,
  target: TerritoryTarget,
  input: { actionId: string; version: number; statusCode?: string },
  apply: (tx: Prisma.TransactionClient) => Promise<Prisma.InputJsonObject>,
) {
  return changeActionAudited(
    user,
    { actionId: input.actionId, territoryId: target.territoryId, operation },
    async (tx) => {
      if (input.statusCode) await resolveReferences(tx, target.territoryId, { statusCode: input.statusCode });
      const details = await apply(tx);
      await claimVersion(tx, input.actionId, input.version);
      return details;
    },
  );
}

export const recordProgress = createMutation({
  schema: recordProgressInput,
  operation: "progress.record",
  target: (input) => actionTarget(input.actionId),
  handler: (input, user, target) =>
    changePoint("progress", user, target, input, async (tx) => {
      const created = await tx.progressUpdate.create({
        data: { actionId: input.actionId, authorId: user.id, ...pointData(input) },
      });
      return { progressUpdate: pointOf(created) };
    }),
});

export const correctProgress = createMutation({
  schema: correctProgressInput,
  operation: "progress.record",
  target: (input) => actionTarget(input.actionId),
  handler: (input, user, target) =>
    changePoint("progress.correct", user, target, input, async (tx) => {
      const before = await findPoint(tx, input.actionId, input.pointId);
      const after = await tx.progressUpdate.update({ where: { id: before.id }, data: pointData(input) });
      return { progressUpdate: pointOf(after), previousProgressUpdate: pointOf(before) };
    }),
});

export const withdrawProgress = createMutation({
  schema: withdrawProgressInput,
  operation: "progress.record",
  target: (input) => actionTarget(input.actionId),
  handler: (input, user, target) =>
    changePoint("progress.withdraw", user, target, input, async (tx) => {
      const point = await findPoint(tx, input.actionId, input.pointId);
      if ((await tx.progressUpdate.count({ where: { actionId: input.actionId } })) === 1) {
        throw new AppError(
          "VALIDATION",
          "C'est le seul point d'avancement de l'action : corrigez-le plutôt que de le retirer.",
        );
      }
      await tx.progressUpdate.delete({ where: { id: point.id } });
      return { previousProgressUpdate: pointOf(point) };
    }),
});
