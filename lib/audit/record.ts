import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditEntry = {
  actorId: string | null;
  entityType: "action" | "user" | "meeting" | "campaign";
  entityId: string;
  territoryId?: string | null;
  /** For account events: the territories and regions the account belongs to, before and after. */
  territoryIds?: readonly string[];
  regionCodes?: readonly string[];
  operation: string;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
};

/**
 * Written with the same transaction client as the change it records, so that a change never lands
 * without its audit event (or the reverse). The table only accepts inserts (database trigger).
 */
export async function recordAuditEvent(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: entry.actorId,
      entityType: entry.entityType,
      entityId: entry.entityId,
      territoryId: entry.territoryId ?? null,
      territoryIds: [...new Set(entry.territoryIds ?? [])],
      regionCodes: [...new Set(entry.regionCodes ?? [])],
      operation: entry.operation,
      before: entry.before ?? undefined,
      after: entry.after ?? undefined,
    },
  });
}
