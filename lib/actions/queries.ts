import "server-only";
import { isUuid } from "@/lib/validation/fields";
import { findTerritoryAccess } from "@/lib/territories/access";
import type { PermissionUser } from "@/lib/auth/permissions";
import { territoryScope } from "@/lib/auth/scope";
import { getPrisma } from "@/lib/db";
import { dateToDay, dayToDate, todayInFrance } from "@/lib/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ACTIONS_PAGE_SIZE, type ActionFilters } from "./schemas";
import { actionDetailViewInclude, isLateOn, toActionDetailView, type ActionDetailView } from "./view";

export type ActionListItem = {
  id: string;
  title: string;
  leverCode: string;
  leverLabel: string;
  statusCode: string;
  statusLabel: string;
  isLate: boolean;
  progress: number;
  plannedEndDate: string | null;
  carrierCollege: string;
  carrierOrganisation: string;
  updatedAt: Date;
};

export type ActionPage = {
  territory: { id: string; slug: string; name: string };
  items: ActionListItem[];
  total: number;
  page: number;
  pageCount: number;
};

/** Late = planned end passed and status not closed (Réalisée, Abandonnée); derived, never stored. */
export function lateWhere(today: string = todayInFrance()): Prisma.ActionWhereInput {
  return { plannedEndDate: { lt: dayToDate(today) }, status: { isClosed: false } };
}

/** The where-clause of an action plan view: live actions of one territory, filtered. */
export function actionWhere(
  territoryId: string,
  filters: ActionFilters,
  today = todayInFrance(),
): Prisma.ActionWhereInput {
  const and: Prisma.ActionWhereInput[] = [{ territoryId, archivedAt: null }];
  if (filters.lever) and.push({ lever: { code: filters.lever } });
  if (filters.status) and.push({ statusCode: filters.status });
  if (filters.carrier) and.push({ carrierCollege: filters.carrier });
  if (filters.late) and.push(lateWhere(today));
  if (filters.q) {
    const contains = { contains: filters.q, mode: "insensitive" as const };
    and.push({
      OR: [{ title: contains }, { description: contains }, { carrierOrganisation: contains }, { partners: contains }],
    });
  }
  return { AND: and };
}

export function actionOrderBy(filters: ActionFilters): Prisma.ActionOrderByWithRelationInput[] {
  const direction = filters.order;
  const primary: Prisma.ActionOrderByWithRelationInput =
    filters.sort === "status"
      ? { status: { position: direction } }
      : filters.sort === "plannedEndDate"
        ? { plannedEndDate: { sort: direction, nulls: "last" } }
        : { [filters.sort]: direction };
  return [primary, { id: "asc" }];
}

export async function listActions(
  user: PermissionUser,
  territorySlug: string,
  filters: ActionFilters,
): Promise<ActionPage | null> {
  const territory = await findTerritoryAccess(user, territorySlug);
  if (!territory) return null;
  const today = todayInFrance();
  const where = actionWhere(territory.id, filters, today);
  const [total, rows] = await Promise.all([
    getPrisma().action.count({ where }),
    getPrisma().action.findMany({
      where,
      orderBy: actionOrderBy(filters),
      skip: (filters.page - 1) * ACTIONS_PAGE_SIZE,
      take: ACTIONS_PAGE_SIZE,
      include: {
        lever: { select: { code: true, label: true } },
        status: { select: { label: true, isClosed: true } },
      },
    }),
  ]);
  return {
    territory,
    total,
    page: filters.page,
    pageCount: Math.max(1, Math.ceil(total / ACTIONS_PAGE_SIZE)),
    items: rows.map((row) => {
      const plannedEndDate = row.plannedEndDate ? dateToDay(row.plannedEndDate) : null;
      return {
        id: row.id,
        title: row.title,
        leverCode: row.lever.code,
        leverLabel: row.lever.label,
        statusCode: row.statusCode,
        statusLabel: row.status.label,
        isLate: isLateOn({ plannedEndDate, status: row.status }, today),
        progress: row.progress,
        plannedEndDate,
        carrierCollege: row.carrierCollege,
        carrierOrganisation: row.carrierOrganisation,
        updatedAt: row.updatedAt,
      };
    }),
  };
}

/** One live action in the user's scope, with its funding, indicators and timeline; null otherwise. */
export async function getAction(user: PermissionUser, actionId: string): Promise<ActionDetailView | null> {
  if (!isUuid(actionId)) return null;
  const action = await getPrisma().action.findFirst({
    where: { id: actionId, archivedAt: null, territory: territoryScope(user) },
    include: actionDetailViewInclude,
  });
  return action ? toActionDetailView(action, todayInFrance()) : null;
}

export type AuditEventView = {
  id: string;
  occurredAt: Date;
  actorName: string | null;
  operation: string;
  before: unknown;
  after: unknown;
};

/** The history of one action the caller already found in scope (through getAction). */
export async function listActionHistory(actionId: string): Promise<AuditEventView[]> {
  const events = await getPrisma().auditEvent.findMany({
    where: { entityType: "action", entityId: actionId },
    orderBy: { id: "desc" },
  });
  const actorIds = [...new Set(events.map((event) => event.actorId).filter((id): id is string => id !== null))];
  const actors = await getPrisma().user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } });
  const names = new Map(actors.map((actor) => [actor.id, actor.name]));
  return events.map((event) => ({
    id: event.id.toString(),
    occurredAt: event.occurredAt,
    actorName: event.actorId ? (names.get(event.actorId) ?? null) : null,
    operation: event.operation,
    before: event.before,
    after: event.after,
  }));
}

/** Reference lists for forms and filters. */
export async function listActionReferenceData() {
  const [levers, statuses, funders] = await Promise.all([
    getPrisma().lever.findMany({
      orderBy: { position: "asc" },
      include: { subThemes: { orderBy: { position: "asc" } } },
    }),
    getPrisma().actionStatus.findMany({ orderBy: { position: "asc" } }),
    getPrisma().funderType.findMany({ orderBy: { position: "asc" } }),
  ]);
  return {
    levers: levers.map((lever) => ({
      code: lever.code,
      label: lever.label,
      subThemes: lever.subThemes.map((subTheme) => ({ code: subTheme.code, label: subTheme.label })),
    })),
    statuses: statuses.map(({ code, label }) => ({ code, label })),
    funders: funders.map(({ code, label }) => ({ code, label })),
  };
}

/** Committee members of a territory, who may pilot its actions. */
export async function listPossiblePilots(territoryId: string) {
  const memberships = await getPrisma().membership.findMany({
    where: { territoryId, user: { disabledAt: null } },
    include: { user: { select: { id: true, name: true, organisation: true } } },
  });
  return memberships.map(({ user }) => user).sort((a, b) => a.name.localeCompare(b.name, "fr"));
}
