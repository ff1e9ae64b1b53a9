"use server";

import { revalidatePath } from "next/cache";
import { recordAuditEvent } from "@/lib/audit/record";
import { createMutation } from "@/lib/auth/safe-action";
import { getPrisma } from "@/lib/db";
import { dayToDate } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { resolveReferences } from "./reference-checks";
import {
  archiveActionInput,
  createActionInput,
  institutionFunderByCollege,
  recordFundingInput,
  recordProgressInput,
  updateActionInput,
} from "./schemas";
import { actionSnapshot } from "./snapshot";
import { actionTarget, territoryTarget } from "./targets";
import { actionColumns, claimVersion, replaceActionChildren } from "./write";

async function territorySlug(territoryId: string): Promise<string> {
  return (await getPrisma().territory.findUniqueOrThrow({ where: { id: territoryId }, select: { slug: true } })).slug;
}

function revalidateActionPages(slug: string): void {
  revalidatePath(`/territoires/${slug}`, "layout");
}

export const createAction = createMutation({
  schema: createActionInput,
  operation: "action.create",
  target: (input) => territoryTarget(input.territoryId),
  handler: async (input, user) => {
    const action = await getPrisma().$transaction(async (tx) => {
      const references = await resolveReferences(tx, input.territoryId, input);
      const created = await tx.action.create({
        data: { territoryId: input.territoryId, createdById: user.id, ...actionColumns(input, references) },
      });
      await replaceActionChildren(tx, created.id, input);
      await recordAuditEvent(tx, {
        actorId: user.id,
        entityType: "action",
        entityId: created.id,
        territoryId: input.territoryId,
        operation: "create",
        after: await actionSnapshot(tx, created.id),
      });
      return created;
    });
    const slug = await territorySlug(action.territoryId);
    revalidateActionPages(slug);
    return { actionId: action.id, territorySlug: slug, version: action.version };
  },
});

export const updateAction = createMutation({
  schema: updateActionInput,
  operation: "action.update",
  target: (input) => actionTarget(input.actionId),
  handler: async (input, user, target) => {
    const territoryId = target.territoryId!;
    const version = await getPrisma().$transaction(async (tx) => {
      const before = await actionSnapshot(tx, input.actionId);
      const references = await resolveReferences(tx, territoryId, input);
      // The territory is not part of the update: an action never moves by accident.
      await claimVersion(tx, input.actionId, input.version, actionColumns(input, references));
      await replaceActionChildren(tx, input.actionId, input);
      const after = await actionSnapshot(tx, input.actionId);
      await recordAuditEvent(tx, {
        actorId: user.id,
        entityType: "action",
        entityId: input.actionId,
        territoryId,
        operation: "update",
        before,
        after,
      });
      return after.version as number;
    });
    const slug = await territorySlug(territoryId);
    revalidateActionPages(slug);
    return { actionId: input.actionId, territorySlug: slug, version };
  },
});

export const recordProgress = createMutation({
  schema: recordProgressInput,
  operation: "progress.record",
  target: (input) => actionTarget(input.actionId),
  handler: async (input, user, target) => {
    const territoryId = target.territoryId!;
    const version = await getPrisma().$transaction(async (tx) => {
      const before = await actionSnapshot(tx, input.actionId);
      await resolveReferences(tx, territoryId, { statusCode: input.statusCode });
      const update = await tx.progressUpdate.create({
        data: {
          actionId: input.actionId,
          date: dayToDate(input.date),
          progress: input.progress,
          statusCode: input.statusCode,
          comment: input.comment,
          authorId: user.id,
        },
      });
      // The action shows the latest dated update: a back-dated entry completes the history
      // without rolling the current state back.
      const latest = await tx.progressUpdate.findFirstOrThrow({
        where: { actionId: input.actionId },
        orderBy: [{ date: "desc" }, { createdAt: "desc" }],
      });
      await claimVersion(tx, input.actionId, input.version, {
        progress: latest.progress,
        statusCode: latest.statusCode,
      });
      const after = await actionSnapshot(tx, input.actionId);
      await recordAuditEvent(tx, {
        actorId: user.id,
        entityType: "action",
        entityId: input.actionId,
        territoryId,
        operation: "progress",
        before,
        after: {
          ...after,
          progressUpdate: {
            id: update.id,
            date: input.date,
            progress: input.progress,
            statusCode: input.statusCode,
            comment: input.comment,
          },
        },
      });
      return after.version as number;
    });
    const slug = await territorySlug(territoryId);
    revalidateActionPages(slug);
    return { actionId: input.actionId, territorySlug: slug, version };
  },
});

export const archiveAction = createMutation({
  schema: archiveActionInput,
  operation: "action.archive",
  target: (input) => actionTarget(input.actionId),
  handler: async (input, user, target) => {
    const territoryId = target.territoryId!;
    await getPrisma().$transaction(async (tx) => {
      const before = await actionSnapshot(tx, input.actionId);
      await claimVersion(tx, input.actionId, input.version, { archivedAt: new Date() });
      await recordAuditEvent(tx, {
        actorId: user.id,
        entityType: "action",
        entityId: input.actionId,
        territoryId,
        operation: "archive",
        before,
        after: await actionSnapshot(tx, input.actionId),
      });
    });
    const slug = await territorySlug(territoryId);
    revalidateActionPages(slug);
    return { actionId: input.actionId, territorySlug: slug };
  },
});

export const recordFunding = createMutation({
  schema: recordFundingInput,
  operation: "funding.record",
  target: (input) => actionTarget(input.actionId),
  handler: async (input, user, target) => {
    const institutionFunder = institutionFunderByCollege[user.college];
    if (institutionFunder && input.funderCode !== institutionFunder) {
      throw new AppError("FORBIDDEN", "Vous ne pouvez enregistrer que les engagements de votre institution.", {
        funderCode: ["Vous ne pouvez enregistrer que les engagements de votre institution."],
      });
    }
    const territoryId = target.territoryId!;
    const version = await getPrisma().$transaction(async (tx) => {
      const before = await actionSnapshot(tx, input.actionId);
      await resolveReferences(tx, territoryId, { fundingLines: [{ funderCode: input.funderCode }] });
      await claimVersion(tx, input.actionId, input.version);
      const amounts = { amountRequested: input.amountRequested, amountGranted: input.amountGranted };
      const existing = await tx.fundingLine.findFirst({
        where: { actionId: input.actionId, funderCode: input.funderCode },
        orderBy: { position: "asc" },
      });
      if (existing) await tx.fundingLine.update({ where: { id: existing.id }, data: amounts });
      else {
        const position = await tx.fundingLine.count({ where: { actionId: input.actionId } });
        await tx.fundingLine.create({
          data: { actionId: input.actionId, funderCode: input.funderCode, position, ...amounts },
        });
      }
      const after = await actionSnapshot(tx, input.actionId);
      await recordAuditEvent(tx, {
        actorId: user.id,
        entityType: "action",
        entityId: input.actionId,
        territoryId,
        operation: "funding",
        before,
        after,
      });
      return after.version as number;
    });
    const slug = await territorySlug(territoryId);
    revalidateActionPages(slug);
    return { actionId: input.actionId, territorySlug: slug, version };
  },
});
