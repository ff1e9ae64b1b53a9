import "server-only";
import { canCloseDecision, type PermissionUser } from "@/lib/auth/permissions";
import { getPrisma } from "@/lib/db";
import { todayInFrance } from "@/lib/dates";
import { Prisma } from "@/lib/generated/prisma/client";
import { findTerritoryAccess, type TerritoryAccess } from "@/lib/territories/access";
import type { DecisionLogFilters } from "./decision-log-filters";
import { decisionInState } from "./decision-state-sql";
import { statusLabelsByCode, toMeetingDecision, type MeetingDecision } from "./decision-view";
import type { MeetingKind } from "./schemas";

export type DecisionLogEntry = MeetingDecision & {
  meeting: { id: string; kind: MeetingKind; startsAt: Date };
  /** The point of the ordre du jour the decision was taken on. */
  pointTitle: string;
  /** The point's action, when it has one and it is not archived (its page can be opened). */
  action: { id: string; title: string } | null;
  /** Whether this user may close (solder) it, by canCloseDecision. */
  mayClose: boolean;
};

export type DecisionLog = {
  territory: TerritoryAccess;
  filters: DecisionLogFilters;
  today: string;
  count: number;
  entries: DecisionLogEntry[];
  /** What the filter form offers: the territory's séances, responsible people and actions decided on. */
  options: {
    meetings: { id: string; kind: MeetingKind; startsAt: Date }[];
    responsibles: { id: string; name: string }[];
    actions: { id: string; title: string }[];
  };
};

/** The ids of the territory's decisions that pass the filters, latest séance first, filtered in SQL. */
async function filteredDecisionIds(territoryId: string, filters: DecisionLogFilters, today: string) {
  const conditions = [Prisma.sql`m."territoryId" = ${territoryId}::uuid`];
  if (filters.state) conditions.push(decisionInState("d", filters.state, today));
  if (filters.responsible) conditions.push(Prisma.sql`d."responsibleId" = ${filters.responsible}::uuid`);
  if (filters.meeting) conditions.push(Prisma.sql`d."meetingId" = ${filters.meeting}::uuid`);
  if (filters.action) conditions.push(Prisma.sql`d."actionId" = ${filters.action}::uuid`);
  const rows = await getPrisma().$queryRaw<{ id: string }[]>`
    SELECT d.id FROM "Decision" d JOIN "Meeting" m ON m.id = d."meetingId"
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY m."startsAt" DESC, d."createdAt" ASC, d.id ASC`;
  return rows.map((row) => row.id);
}

/**
 * The relevé de décisions of a territory the user reads (null otherwise): every decision of its
 * séances that passes the filters, with its state on the day (lib/meetings/decision-state.ts).
 */
export async function listDecisionLog(
  user: PermissionUser,
  territorySlug: string,
  filters: DecisionLogFilters,
): Promise<DecisionLog | null> {
  const territory = await findTerritoryAccess(user, territorySlug);
  if (!territory) return null;
  const prisma = getPrisma();
  const today = todayInFrance();
  const ids = await filteredDecisionIds(territory.id, filters, today);
  const inTerritory = { meeting: { territoryId: territory.id } };
  const [decisions, statusLabels, meetings, responsibles, actions] = await Promise.all([
    prisma.decision.findMany({
      where: { id: { in: ids } },
      include: {
        responsible: { select: { name: true } },
        meeting: { select: { id: true, kind: true, startsAt: true } },
        agendaItem: { select: { title: true } },
        action: { select: { id: true, title: true, archivedAt: true } },
      },
    }),
    statusLabelsByCode(),
    prisma.meeting.findMany({
      where: { territoryId: territory.id, decisions: { some: {} } },
      orderBy: { startsAt: "desc" },
      select: { id: true, kind: true, startsAt: true },
    }),
    prisma.user.findMany({
      where: { responsibleFor: { some: inTerritory } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    prisma.action.findMany({
      where: { territoryId: territory.id, archivedAt: null, decisions: { some: {} } },
      orderBy: { title: "asc" },
      select: { id: true, title: true },
    }),
  ]);
  const byId = new Map(decisions.map((decision) => [decision.id, decision]));
  const entries = ids.flatMap((id) => {
    const decision = byId.get(id);
    if (!decision) return [];
    return [
      {
        ...toMeetingDecision(decision, statusLabels, today),
        meeting: decision.meeting,
        pointTitle: decision.agendaItem.title,
        action:
          decision.action && !decision.action.archivedAt
            ? { id: decision.action.id, title: decision.action.title }
            : null,
        mayClose: decision.closedAt === null && canCloseDecision(user, territory.target, decision.responsibleId),
      },
    ];
  });
  return {
    territory,
    filters,
    today,
    count: entries.length,
    entries,
    options: { meetings, responsibles, actions },
  };
}

/** Per séance of the territory: its open decisions (overdue ones included) and its overdue ones, counted in SQL. */
export async function countOpenDecisionsByMeeting(
  territoryId: string,
  today: string = todayInFrance(),
): Promise<Map<string, { open: number; overdue: number }>> {
  const rows = await getPrisma().$queryRaw<{ meetingId: string; open: number; overdue: number }[]>`
    SELECT d."meetingId",
      count(*) FILTER (WHERE ${decisionInState("d", "open", today)})::int AS open,
      count(*) FILTER (WHERE ${decisionInState("d", "overdue", today)})::int AS overdue
    FROM "Decision" d JOIN "Meeting" m ON m.id = d."meetingId"
    WHERE m."territoryId" = ${territoryId}::uuid
    GROUP BY d."meetingId"`;
  return new Map(rows.map((row) => [row.meetingId, { open: row.open, overdue: row.overdue }]));
}
