import "server-only";
import { revalidatePath } from "next/cache";
import { recordAuditEvent } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

// The write path every change to a séance goes through (not a "use server" module: nothing here is
// an endpoint).

const STALE_MEETING_MESSAGE =
  "Cette séance a été modifiée par quelqu'un d'autre depuis que vous l'avez ouverte : rechargez la page pour voir la dernière version.";

/** A séance as the journal records it: plain JSON, people by their id. */
export async function meetingSnapshot(
  tx: Prisma.TransactionClient,
  meetingId: string,
): Promise<Prisma.InputJsonObject> {
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

export const LOCKED_MINUTES_MESSAGE =
  "Le relevé de décisions de cette séance est validé par le binôme : la séance ne peut plus être modifiée. Ajoutez un rectificatif au relevé si besoin.";

/** Refuses when the séance's relevé is locked (read after the séance's row is held: no race with the lock). */
export async function refuseLockedMeeting(tx: Prisma.TransactionClient, meetingId: string): Promise<void> {
  const locked = await tx.minutes.findFirst({ where: { meetingId, lockedAt: { not: null } }, select: { id: true } });
  if (locked) throw new AppError("CONFLICT", LOCKED_MINUTES_MESSAGE);
}

/**
 * Takes the séance's next version, or refuses: two edits racing on one version cannot both pass,
 * and a séance whose relevé is locked does not change any more (triggers refuse it too).
 */
export async function claimMeetingVersion(
  tx: Prisma.TransactionClient,
  meetingId: string,
  version: number,
): Promise<void> {
  // The update holds the séance's row first: a validation locking the relevé meanwhile (it holds the
  // same row) is committed before the lock is read below.
  const claimed = await tx.meeting.updateMany({
    where: { id: meetingId, version },
    data: { version: { increment: 1 } },
  });
  await refuseLockedMeeting(tx, meetingId);
  if (claimed.count !== 1) throw new AppError("CONFLICT", STALE_MEETING_MESSAGE);
}

export async function refreshMeetingPages(territoryId: string): Promise<string> {
  const { slug } = await getPrisma().territory.findUniqueOrThrow({
    where: { id: territoryId },
    select: { slug: true },
  });
  revalidatePath(`/territoires/${slug}/seances`, "layout");
  revalidatePath(`/territoires/${slug}/decisions`, "layout");
  return slug;
}

/** The one shape of a change to a séance: version claimed, change applied, journal entry, in one transaction. */
export async function changeMeetingAudited(
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
