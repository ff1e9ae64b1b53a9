import "server-only";
import { permissionTable, type PermissionUser } from "@/lib/auth/permissions";
import { territoryScope } from "@/lib/auth/scope";
import { getPrisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { auditOperationLabel } from "./labels";

export const AUDIT_PAGE_SIZE = 50;

export type AuditLogEntry = {
  id: string;
  occurredAt: Date;
  /** Null when the platform itself wrote the event (initial data). */
  actorName: string | null;
  operation: string;
  operationLabel: string;
  entityType: string;
  /** What the event is about, as recorded (an archived action keeps its title). */
  entityLabel: string;
  /** Only when the element can still be opened by this user (a live action in scope). */
  entityHref: string | null;
  territoryName: string | null;
};

export type AuditLogPage = { items: AuditLogEntry[]; total: number; page: number; pageCount: number };

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The events a user may read, from the permission table: everything, or the events of the
 * territories in their reach (for the State, territories touching its region). Events that belong
 * to no territory are for "all" readers only.
 */
async function auditScope(user: PermissionUser): Promise<Prisma.AuditEventWhereInput> {
  const level = permissionTable[user.college]["audit.read"];
  if (level === "all") return {};
  if (level === "none") return { id: { in: [] } };
  const territories = await getPrisma().territory.findMany({
    where: territoryScope(user, "audit.read"),
    select: { id: true },
  });
  return { territoryId: { in: territories.map((territory) => territory.id) } };
}

function recordedTitle(event: { before: unknown; after: unknown }): string | null {
  for (const snapshot of [event.after, event.before]) {
    const title = (snapshot as { title?: unknown } | null)?.title;
    if (typeof title === "string" && title) return title;
  }
  return null;
}

export async function listAuditLog(user: PermissionUser, options: { page: number }): Promise<AuditLogPage> {
  const prisma = getPrisma();
  const page = Math.max(1, Math.floor(options.page) || 1);
  const where = await auditScope(user);
  const [total, events] = await Promise.all([
    prisma.auditEvent.count({ where }),
    prisma.auditEvent.findMany({
      where,
      orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
  ]);
  const ids = (values: (string | null)[]) => [...new Set(values.filter((value): value is string => !!value))];
  const actionIds = ids(events.filter((e) => e.entityType === "action").map((e) => e.entityId)).filter((id) =>
    uuidPattern.test(id),
  );
  const [actors, territories, visibleActions] = await Promise.all([
    prisma.user.findMany({
      where: { id: { in: ids(events.map((e) => e.actorId)) } },
      select: { id: true, name: true },
    }),
    prisma.territory.findMany({
      where: { id: { in: ids(events.map((e) => e.territoryId)) } },
      select: { id: true, name: true },
    }),
    // A link only to what the user may still open: a live action of a territory they can read.
    prisma.action.findMany({
      where: { id: { in: actionIds }, archivedAt: null, territory: territoryScope(user) },
      select: { id: true, title: true, territory: { select: { slug: true } } },
    }),
  ]);
  const actorNames = new Map(actors.map((actor) => [actor.id, actor.name]));
  const territoryNames = new Map(territories.map((territory) => [territory.id, territory.name]));
  const actions = new Map(visibleActions.map((action) => [action.id, action]));
  return {
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    items: events.map((event) => {
      const action = event.entityType === "action" ? actions.get(event.entityId) : undefined;
      return {
        id: event.id.toString(),
        occurredAt: event.occurredAt,
        actorName: event.actorId ? (actorNames.get(event.actorId) ?? "Compte supprimé") : null,
        operation: event.operation,
        operationLabel: auditOperationLabel(event.operation),
        entityType: event.entityType,
        entityLabel: action?.title ?? recordedTitle(event) ?? event.entityId,
        entityHref: action ? `/territoires/${action.territory.slug}/actions/${action.id}` : null,
        territoryName: event.territoryId ? (territoryNames.get(event.territoryId) ?? null) : null,
      };
    }),
  };
}
