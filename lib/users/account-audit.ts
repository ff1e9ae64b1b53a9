import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import type { Prisma } from "@/lib/generated/prisma/client";

// Every change of rights leaves an audit event, in the same transaction and the same append-only
// journal as the actions: who, when, before → after. A snapshot names people and territories by
// id (names are looked up when the journal is read, so that a departure can be pseudonymised
// without rewriting history) and never holds a password, a hash or a token.

export type AccountSnapshot = {
  college: string;
  regionCode: string | null;
  memberships: { territoryId: string; isBinome: boolean }[];
  status: "invited" | "active" | "disabled";
};

export async function accountSnapshot(tx: Prisma.TransactionClient, userId: string): Promise<AccountSnapshot> {
  const user = await tx.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      college: true,
      regionCode: true,
      passwordHash: true,
      disabledAt: true,
      memberships: { select: { territoryId: true, isBinome: true }, orderBy: { territoryId: "asc" } },
    },
  });
  return {
    college: user.college,
    regionCode: user.regionCode,
    memberships: user.memberships,
    status: user.disabledAt ? "disabled" : user.passwordHash ? "active" : "invited",
  };
}

export type AccountOperation =
  | "account.invite"
  | "account.invitation-renew"
  | "account.activate"
  | "account.access"
  | "account.contacts"
  | "account.disable"
  | "account.enable"
  | "account.password-change"
  | "account.password-reset-request"
  | "account.password-reset"
  | "api-token.create"
  | "api-token.revoke"
  | "account.proconnect-link"
  | "account.proconnect-unlink";

/**
 * Records an event on an account. The territories and regions it concerns are the account's, before
 * and after, so that whoever manages those accounts (the State for its region) reads the event.
 * Without snapshots (a password change), the account as it stands gives them.
 */
export async function recordAccountEvent(
  tx: Prisma.TransactionClient,
  event: {
    actorId: string | null;
    userId: string;
    operation: AccountOperation;
    before?: AccountSnapshot | null;
    after?: AccountSnapshot | null;
    /** Extra facts about the event (an API token's name), never a secret. */
    details?: Prisma.InputJsonObject;
  },
): Promise<void> {
  const snapshots = [event.before, event.after].filter((snapshot): snapshot is AccountSnapshot => !!snapshot);
  if (snapshots.length === 0) snapshots.push(await accountSnapshot(tx, event.userId));
  await recordAuditEvent(tx, {
    actorId: event.actorId,
    entityType: "user",
    entityId: event.userId,
    territoryIds: snapshots.flatMap((snapshot) => snapshot.memberships.map((membership) => membership.territoryId)),
    regionCodes: snapshots.flatMap((snapshot) => (snapshot.regionCode ? [snapshot.regionCode] : [])),
    operation: event.operation,
    before: event.before ?? undefined,
    after: event.after ? { ...event.after, ...event.details } : event.details,
  });
}

/** The territories an officer is the contact for, by id, as the journal records them. */
export type ContactsSnapshot = { regionCode: string | null; contactTerritoryIds: string[] };

/**
 * Records a change of the territories an officer is the contact for. The event concerns the
 * officer's region and every territory gained or lost, so that their managers read it.
 */
export async function recordContactsEvent(
  tx: Prisma.TransactionClient,
  event: { actorId: string; userId: string; before: ContactsSnapshot; after: ContactsSnapshot },
): Promise<void> {
  await recordAuditEvent(tx, {
    actorId: event.actorId,
    entityType: "user",
    entityId: event.userId,
    territoryIds: [...new Set([...event.before.contactTerritoryIds, ...event.after.contactTerritoryIds])],
    regionCodes: [event.before.regionCode, event.after.regionCode].filter((code): code is string => code !== null),
    operation: "account.contacts",
    before: event.before,
    after: event.after,
  });
}
