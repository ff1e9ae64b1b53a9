"use server";

import { recordAuditEvent } from "@/lib/audit/record";
import { createMutation } from "@/lib/auth/safe-action";
import type { SessionUser } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { changeMeetingAudited, claimMeetingVersion, refreshMeetingPages } from "./audited-change";
import { compileMinutesContent } from "./minutes-content";
import {
  amendMinutesInput,
  compileMinutesInput,
  recordPointSummaryInput,
  reviewMinutesInput,
  validateMinutesInput,
} from "./minutes-schemas";
import { getMeetingById } from "./queries";
import { meetingTarget } from "./targets";

const STALE_MESSAGE =
  "Le relevé a changé depuis que vous l'avez ouvert : rechargez la page et relisez-le avant de continuer.";
const OUTDATED_MESSAGE =
  "La séance a changé depuis que le relevé a été établi : établissez-le à nouveau pour qu'il la reprenne, puis validez-le.";
const REVIEW_LOCKED_MESSAGE = "Le relevé est validé par le binôme : il ne peut plus recevoir d'avis.";
const NOT_COMPILED_MESSAGE = "Le relevé de décisions de cette séance n'a pas encore été établi.";
const UNKNOWN_POINT_MESSAGE = "Ce point n'est plus à l'ordre du jour : rechargez la page.";

/** What the séance said of one point of its ordre du jour. */
export const recordPointSummary = createMutation({
  schema: recordPointSummaryInput,
  operation: "meeting.record",
  target: (input) => meetingTarget(input.meetingId),
  handler: (input, user, target) =>
    changeMeetingAudited(
      user,
      {
        meetingId: input.meetingId,
        territoryId: target.territoryId,
        version: input.version,
        operation: "meeting.summary",
      },
      async (tx) => {
        const updated = await tx.agendaItem.updateMany({
          where: { id: input.itemId, meetingId: input.meetingId },
          data: { summary: input.summary },
        });
        if (updated.count !== 1) throw new AppError("NOT_FOUND", UNKNOWN_POINT_MESSAGE);
      },
    ),
});

async function audit(
  tx: Prisma.TransactionClient,
  user: SessionUser,
  change: { meetingId: string; territoryId: string; operation: string; after: Prisma.InputJsonObject },
) {
  await recordAuditEvent(tx, {
    actorId: user.id,
    entityType: "meeting",
    entityId: change.meetingId,
    territoryId: change.territoryId,
    operation: change.operation,
    after: change.after,
  });
}

/**
 * Compiles the relevé from the séance as recorded (taking the séance's version: what was read is
 * what is compiled). Compiling again before it is locked replaces the text and clears the
 * validations already given: the binôme validates the text as it stands.
 */
export const compileMinutes = createMutation({
  schema: compileMinutesInput,
  operation: "meeting.record",
  target: (input) => meetingTarget(input.meetingId),
  handler: async (input, user, target) => {
    const prisma = getPrisma();
    const meeting = await getMeetingById(user, input.meetingId);
    if (!meeting) throw new AppError("NOT_FOUND");
    const content = compileMinutesContent(meeting);
    const minutesVersion = await prisma.$transaction(async (tx) => {
      await claimMeetingVersion(tx, input.meetingId, meeting.version === input.version ? input.version : -1);
      const existing = await tx.minutes.findUnique({ where: { meetingId: input.meetingId } });
      const compiled = { content, meetingVersion: input.version + 1, compiledAt: new Date(), compiledById: user.id };
      const minutes = existing
        ? await tx.minutes.update({
            where: { id: existing.id },
            data: {
              ...compiled,
              eluValidatorId: null,
              eluValidatedAt: null,
              industrielValidatorId: null,
              industrielValidatedAt: null,
              version: { increment: 1 },
            },
          })
        : await tx.minutes.create({ data: { ...compiled, meetingId: input.meetingId } });
      await audit(tx, user, {
        meetingId: input.meetingId,
        territoryId: target.territoryId,
        operation: "meeting.minutes.compile",
        after: { minutesVersion: minutes.version, points: content.points.length },
      });
      return minutes.version;
    });
    const territorySlug = await refreshMeetingPages(target.territoryId);
    return { meetingId: input.meetingId, territorySlug, minutesVersion };
  },
});

/**
 * One élu and one industriel of the binôme each validate the relevé; the second validation locks
 * it. Validations are of a version: a text compiled again since the page was read is refused.
 */
export const validateMinutes = createMutation({
  schema: validateMinutesInput,
  operation: "minutes.validate",
  target: (input) => meetingTarget(input.meetingId),
  handler: async (input, user, target) => {
    const slot = user.college === "ELU" ? "elu" : user.college === "INDUSTRIEL" ? "industriel" : null;
    if (!slot) throw new AppError("FORBIDDEN");
    const locked = await getPrisma().$transaction(async (tx) => {
      // The séance's row is held until commit: no change to the séance can slip in before the lock.
      const [meeting] = await tx.$queryRaw<{ version: number }[]>`
        SELECT version FROM "Meeting" WHERE id = ${input.meetingId}::uuid FOR UPDATE`;
      const minutes = await tx.minutes.findUnique({ where: { meetingId: input.meetingId } });
      if (!minutes || !meeting) throw new AppError("NOT_FOUND", NOT_COMPILED_MESSAGE);
      if (minutes.meetingVersion !== meeting.version) throw new AppError("CONFLICT", OUTDATED_MESSAGE);
      if (minutes.lockedAt) throw new AppError("CONFLICT", "Ce relevé est déjà validé et verrouillé.");
      if (minutes[`${slot}ValidatedAt`]) {
        throw new AppError(
          "CONFLICT",
          slot === "elu"
            ? "Un·e élu·e du binôme a déjà validé ce relevé."
            : "Un·e industriel·le du binôme a déjà validé ce relevé.",
        );
      }
      const now = new Date();
      const other = slot === "elu" ? minutes.industrielValidatedAt : minutes.eluValidatedAt;
      const validated = await tx.minutes.updateMany({
        where: { id: minutes.id, version: input.minutesVersion, lockedAt: null },
        data: {
          ...(slot === "elu"
            ? { eluValidatorId: user.id, eluValidatedAt: now }
            : { industrielValidatorId: user.id, industrielValidatedAt: now }),
          lockedAt: other ? now : null,
          version: { increment: 1 },
        },
      });
      if (validated.count !== 1) throw new AppError("CONFLICT", STALE_MESSAGE);
      await audit(tx, user, {
        meetingId: input.meetingId,
        territoryId: target.territoryId,
        operation: "meeting.minutes.validate",
        after: { minutesVersion: input.minutesVersion + 1, college: user.college, locked: Boolean(other) },
      });
      return Boolean(other);
    });
    const territorySlug = await refreshMeetingPages(target.territoryId);
    return { meetingId: input.meetingId, territorySlug, minutesVersion: input.minutesVersion + 1, locked };
  },
});

/** Checks the relevé exists, is at the version read, and is (or is not) locked. */
async function minutesAt(
  tx: Prisma.TransactionClient,
  input: { meetingId: string; minutesVersion: number },
  expectLocked: boolean,
) {
  const minutes = await tx.minutes.findUnique({ where: { meetingId: input.meetingId } });
  if (!minutes) throw new AppError("NOT_FOUND", NOT_COMPILED_MESSAGE);
  if (minutes.version !== input.minutesVersion) throw new AppError("CONFLICT", STALE_MESSAGE);
  if (expectLocked && !minutes.lockedAt) {
    throw new AppError("CONFLICT", "Le relevé n'est pas encore validé : établissez-le à nouveau pour le corriger.");
  }
  if (!expectLocked && minutes.lockedAt) throw new AppError("CONFLICT", REVIEW_LOCKED_MESSAGE);
  return minutes;
}

/** The Région's or the State's formal opinion, added to the relevé before it is locked. */
export const reviewMinutes = createMutation({
  schema: reviewMinutesInput,
  operation: "minutes.review",
  target: (input) => meetingTarget(input.meetingId),
  handler: async (input, user, target) => {
    const reviewId = await getPrisma().$transaction(async (tx) => {
      const minutes = await minutesAt(tx, input, false);
      const review = await tx.minutesReview.create({
        data: { minutesId: minutes.id, authorId: user.id, institution: user.college, text: input.text },
      });
      await audit(tx, user, {
        meetingId: input.meetingId,
        territoryId: target.territoryId,
        operation: "meeting.minutes.review",
        after: { reviewId: review.id, institution: user.college, text: input.text },
      });
      return review.id;
    });
    const territorySlug = await refreshMeetingPages(target.territoryId);
    return { meetingId: input.meetingId, territorySlug, reviewId };
  },
});

/** A dated correction of a locked relevé, by whoever records the séances: the original stays. */
export const amendMinutes = createMutation({
  schema: amendMinutesInput,
  operation: "meeting.record",
  target: (input) => meetingTarget(input.meetingId),
  handler: async (input, user, target) => {
    const amendmentId = await getPrisma().$transaction(async (tx) => {
      const minutes = await minutesAt(tx, input, true);
      const amendment = await tx.minutesAmendment.create({
        data: { minutesId: minutes.id, authorId: user.id, text: input.text },
      });
      await audit(tx, user, {
        meetingId: input.meetingId,
        territoryId: target.territoryId,
        operation: "meeting.minutes.amend",
        after: { amendmentId: amendment.id, text: input.text },
      });
      return amendment.id;
    });
    const territorySlug = await refreshMeetingPages(target.territoryId);
    return { meetingId: input.meetingId, territorySlug, amendmentId };
  },
});
