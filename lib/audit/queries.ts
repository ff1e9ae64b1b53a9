import "server-only";
import { historyLabels, recordedProgressChange } from "@/lib/actions/history/queries";
import { describeActionChanges, snapshotUserIds } from "@/lib/actions/history/changes";
import type { PermissionUser } from "@/lib/auth/permissions";
import { auditEventScope, managedUserScope, territoryScope } from "@/lib/auth/scope";
import { getPrisma } from "@/lib/db";
import { dayToDate, startOfDayInFrance } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import type { AuditEvent, Prisma } from "@/lib/generated/prisma/client";
import { describeAccountChanges, snapshotTerritoryIds } from "@/lib/users/account-changes";
import type { AuditLogFilters } from "./filters";
import { auditOperationLabel } from "./labels";

export const AUDIT_PAGE_SIZE = 50;
/** An export is for a committee's or an inspector's reading, not a backup: bounded. */
export const AUDIT_EXPORT_LIMIT = 10_000;

export type AuditChange = { label: string; before: string; after: string };

export type AuditLogEntry = {
  id: string;
  occurredAt: Date;
  /** Null when nobody signed in did it (initial data, a reset link asked for from the login page). */
  actorName: string | null;
  operation: string;
  operationLabel: string;
  entityType: string;
  /** What the event is about: an action's title as recorded, an account's holder's name. */
  entityLabel: string;
  /** Only when this user may open it: a live action in scope, an account they manage. */
  entityHref: string | null;
  /** The territories the event concerns, by name, or null. */
  territoryName: string | null;
  /** Before → after, as a person reads it; a note for events without snapshots. */
  changes: AuditChange[];
};

export type AuditLogPage = { items: AuditLogEntry[]; total: number; page: number; pageCount: number };

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function readableEvents(user: PermissionUser, filters: AuditLogFilters): Promise<Prisma.AuditEventWhereInput> {
  const prisma = getPrisma();
  const territories = await prisma.territory.findMany({
    where: territoryScope(user, "audit.read"),
    select: { id: true },
  });
  const conditions: Prisma.AuditEventWhereInput[] = [
    auditEventScope(
      user,
      territories.map((territory) => territory.id),
    ),
  ];
  if (filters.territory) {
    const territory = await prisma.territory.findUnique({ where: { slug: filters.territory }, select: { id: true } });
    const id = territory?.id ?? "00000000-0000-0000-0000-000000000000";
    conditions.push({ OR: [{ territoryId: id }, { territoryIds: { has: id } }] });
  }
  if (filters.person) {
    conditions.push({ OR: [{ actorId: filters.person }, { entityType: "user", entityId: filters.person }] });
  }
  if (filters.kind) conditions.push({ operation: filters.kind });
  if (filters.from) conditions.push({ occurredAt: { gte: startOfDayInFrance(filters.from) } });
  if (filters.to) {
    const nextDay = new Date(dayToDate(filters.to).getTime() + 86_400_000).toISOString().slice(0, 10);
    conditions.push({ occurredAt: { lt: startOfDayInFrance(nextDay) } });
  }
  return { AND: conditions };
}

function recordedTitle(event: { before: unknown; after: unknown }): string | null {
  for (const snapshot of [event.after, event.before]) {
    const title = (snapshot as { title?: unknown } | null)?.title;
    if (typeof title === "string" && title) return title;
  }
  return null;
}

/** The name recorded on an event (an API token's, a campaign's). */
function recordedName(event: AuditEvent): string | null {
  const name = (event.after as { name?: unknown } | null)?.name ?? (event.before as { name?: unknown } | null)?.name;
  return typeof name === "string" ? name : null;
}

const ids = (values: (string | null | undefined)[]) => [...new Set(values.filter((value): value is string => !!value))];

/** Names, labels and links for a page of events, looked up once; then each event as a person reads it. */
async function toEntries(user: PermissionUser, events: AuditEvent[]): Promise<AuditLogEntry[]> {
  const prisma = getPrisma();
  const actionIds = ids(events.filter((e) => e.entityType === "action").map((e) => e.entityId)).filter((id) =>
    uuidPattern.test(id),
  );
  const accountIds = ids(events.filter((e) => e.entityType === "user").map((e) => e.entityId)).filter((id) =>
    uuidPattern.test(id),
  );
  const snapshots = events.flatMap((event) => [event.before, event.after]);
  const territoryIds = ids([
    ...events.flatMap((event) => [event.territoryId, ...event.territoryIds]),
    ...snapshotTerritoryIds(snapshots),
  ]);
  const [people, territories, regions, visibleActions, managedAccounts, labels] = await Promise.all([
    prisma.user.findMany({
      where: { id: { in: ids([...events.map((e) => e.actorId), ...accountIds]) } },
      select: { id: true, name: true },
    }),
    prisma.territory.findMany({ where: { id: { in: territoryIds } }, select: { id: true, name: true } }),
    prisma.region.findMany({ select: { code: true, name: true } }),
    // A link only to what the user may still open: a live action of a territory they can read…
    prisma.action.findMany({
      where: { id: { in: actionIds }, archivedAt: null, territory: territoryScope(user) },
      select: { id: true, title: true, territory: { select: { slug: true } } },
    }),
    // …or an account they manage.
    prisma.user.findMany({ where: { id: { in: accountIds }, ...managedUserScope(user) }, select: { id: true } }),
    historyLabels(snapshotUserIds(snapshots)),
  ]);
  const names = new Map(people.map((person) => [person.id, person.name]));
  const territoryNames = new Map(territories.map((territory) => [territory.id, territory.name]));
  const accountLabels = { territories: territoryNames, regions: new Map(regions.map((r) => [r.code, r.name])) };
  const actions = new Map(visibleActions.map((action) => [action.id, action]));
  const managed = new Set(managedAccounts.map((account) => account.id));

  return events.map((event) => {
    const isAction = event.entityType === "action";
    const isMeeting = event.entityType === "meeting";
    const isCampaign = event.entityType === "campaign";
    const action = isAction ? actions.get(event.entityId) : undefined;
    const concerned = ids([event.territoryId, ...event.territoryIds]).map(
      (id) => territoryNames.get(id) ?? "territoire supprimé",
    );
    let changes: AuditChange[] = [];
    if (isAction && event.operation.startsWith("progress")) {
      const point = recordedProgressChange(event.after, labels.statuses);
      changes = point ? [{ label: "Point d'avancement", ...point }] : [];
      changes.push(...describeActionChanges(event.before, event.after, labels));
    } else if (isAction && event.operation !== "create") {
      changes = describeActionChanges(event.before, event.after, labels);
    } else if (event.operation.startsWith("api-token.")) {
      const name = recordedName(event);
      changes = name ? [{ label: "Jeton", before: "", after: name }] : [];
    } else if (!isAction && !isMeeting && !isCampaign) {
      changes = describeAccountChanges(event.before, event.after, accountLabels);
    }
    return {
      id: event.id.toString(),
      occurredAt: event.occurredAt,
      actorName: event.actorId ? (names.get(event.actorId) ?? "Compte supprimé") : null,
      operation: event.operation,
      operationLabel: auditOperationLabel(event.operation),
      entityType: event.entityType,
      entityLabel: isAction
        ? (action?.title ?? recordedTitle(event) ?? event.entityId)
        : isMeeting
          ? meetingLabel(event)
          : isCampaign
            ? (recordedName(event) ?? "Campagne de suivi")
            : (names.get(event.entityId) ?? "Compte supprimé"),
      entityHref: action
        ? `/territoires/${action.territory.slug}/actions/${action.id}`
        : !isAction && !isMeeting && !isCampaign && managed.has(event.entityId)
          ? `/admin/utilisateurs/${event.entityId}`
          : null,
      territoryName: concerned.length ? concerned.sort((a, b) => a.localeCompare(b, "fr")).join(", ") : null,
      changes,
    };
  });
}

/** "Séance du 12 mars 2027", from the séance's recorded snapshot. */
function meetingLabel(event: { before: Prisma.JsonValue; after: Prisma.JsonValue }): string {
  const snapshot = (event.after ?? event.before) as { startsAt?: unknown } | null;
  return typeof snapshot?.startsAt === "string" ? `Séance du ${formatDate(new Date(snapshot.startsAt))}` : "Séance";
}

const newestFirst = [{ occurredAt: "desc" }, { id: "desc" }] satisfies Prisma.AuditEventOrderByWithRelationInput[];

export async function listAuditLog(
  user: PermissionUser,
  filters: Partial<AuditLogFilters> & { page: number },
): Promise<AuditLogPage> {
  const prisma = getPrisma();
  const page = Math.max(1, Math.floor(filters.page) || 1);
  const where = await readableEvents(user, { ...filters, page });
  const [total, events] = await Promise.all([
    prisma.auditEvent.count({ where }),
    prisma.auditEvent.findMany({
      where,
      orderBy: newestFirst,
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
  ]);
  return {
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    items: await toEntries(user, events),
  };
}

/** The filtered journal, newest first, for the CSV export (at most AUDIT_EXPORT_LIMIT events). */
export async function listAuditLogForExport(user: PermissionUser, filters: AuditLogFilters): Promise<AuditLogEntry[]> {
  const where = await readableEvents(user, filters);
  const events = await getPrisma().auditEvent.findMany({ where, orderBy: newestFirst, take: AUDIT_EXPORT_LIMIT });
  return toEntries(user, events);
}

export type AuditLogFilterOptions = {
  territories: { slug: string; name: string }[];
  people: { id: string; name: string }[];
};

/** What the journal's filters offer: the territories and the people within the user's reach. */
export async function listAuditLogFilterOptions(user: PermissionUser): Promise<AuditLogFilterOptions> {
  const prisma = getPrisma();
  const [territories, people] = await Promise.all([
    prisma.territory.findMany({ where: territoryScope(user, "audit.read"), select: { slug: true, name: true } }),
    prisma.user.findMany({
      where: { OR: [{ id: user.id }, managedUserScope(user)] },
      select: { id: true, name: true },
    }),
  ]);
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "fr");
  return { territories: territories.sort(byName), people: people.sort(byName) };
}
