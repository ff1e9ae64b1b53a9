import "server-only";
import {
  canCloseDecision,
  colleges,
  type College,
  type PermissionUser,
  type TerritoryTarget,
} from "@/lib/auth/permissions";
import { territoryScope } from "@/lib/auth/scope";
import { getPrisma } from "@/lib/db";
import { dateToDay, todayInFrance } from "@/lib/dates";
import { isLateOn } from "@/lib/actions/view";
import { findTerritoryAccess, type TerritoryAccess } from "@/lib/territories/access";
import { isUuid } from "@/lib/validation/fields";
import { statusLabelsByCode, toMeetingDecision, type MeetingDecision } from "./decision-view";
import type { AgendaReason, MeetingKind, ParticipantResponse } from "./schemas";

export type { MeetingDecision } from "./decision-view";

export type MeetingSummary = {
  id: string;
  kind: MeetingKind;
  startsAt: Date;
  place: string;
  videoUrl: string;
  convokedAt: Date | null;
  participantCount: number;
  agendaCount: number;
};

/** A territory's séances, the coming ones first (soonest first), then the past ones (latest first). */
export async function listMeetings(
  user: PermissionUser,
  territorySlug: string,
): Promise<{ territory: TerritoryAccess; upcoming: MeetingSummary[]; past: MeetingSummary[] } | null> {
  const territory = await findTerritoryAccess(user, territorySlug);
  if (!territory) return null;
  const meetings = await getPrisma().meeting.findMany({
    where: { territoryId: territory.id },
    orderBy: { startsAt: "asc" },
    include: { _count: { select: { participants: true, agendaItems: true } } },
  });
  const now = Date.now();
  const summaries = meetings.map((meeting) => ({
    id: meeting.id,
    kind: meeting.kind,
    startsAt: meeting.startsAt,
    place: meeting.place,
    videoUrl: meeting.videoUrl,
    convokedAt: meeting.convokedAt,
    participantCount: meeting._count.participants,
    agendaCount: meeting._count.agendaItems,
  }));
  return {
    territory,
    upcoming: summaries.filter((meeting) => meeting.startsAt.getTime() >= now),
    past: summaries.filter((meeting) => meeting.startsAt.getTime() < now).reverse(),
  };
}

export type AgendaPoint = {
  id: string;
  reason: AgendaReason;
  title: string;
  /** What the séance said of the point. */
  summary: string;
  /** The action's state at a glance, for a point about an action. */
  action: {
    id: string;
    statusLabel: string;
    statusCode: string;
    progress: number;
    isLate: boolean;
    plannedEndDate: string | null;
    lastPointDate: string | null;
    archived: boolean;
  } | null;
  decisions: MeetingDecision[];
};

export type MeetingDetail = MeetingSummary & {
  version: number;
  territory: TerritoryAccess;
  organiserName: string | null;
  participants: {
    id: string;
    name: string;
    organisation: string;
    college: College;
    isBinome: boolean;
    response: ParticipantResponse | null;
    representedBy: string;
    attended: boolean | null;
  }[];
  agenda: AgendaPoint[];
};

/** One séance by its id alone (the API), in a territory the user reads; null otherwise. */
export async function getMeetingById(user: PermissionUser, meetingId: string): Promise<MeetingDetail | null> {
  if (!isUuid(meetingId)) return null;
  const meeting = await getPrisma().meeting.findFirst({
    where: { id: meetingId, territory: territoryScope(user) },
    select: { territory: { select: { slug: true } } },
  });
  return meeting ? getMeeting(user, meeting.territory.slug, meetingId) : null;
}

/** One séance of a territory the user reads; null when it does not exist there or is out of scope. */
export async function getMeeting(
  user: PermissionUser,
  territorySlug: string,
  meetingId: string,
): Promise<MeetingDetail | null> {
  if (!isUuid(meetingId)) return null;
  const territory = await findTerritoryAccess(user, territorySlug);
  if (!territory) return null;
  const meeting = await getPrisma().meeting.findFirst({
    where: { id: meetingId, territoryId: territory.id },
    include: {
      organiser: { select: { name: true } },
      participants: {
        include: {
          user: {
            select: {
              id: true,
              name: true,
              organisation: true,
              college: true,
              memberships: { where: { territoryId: territory.id }, select: { isBinome: true } },
            },
          },
        },
      },
      agendaItems: {
        orderBy: { position: "asc" },
        include: {
          decisions: {
            orderBy: { createdAt: "asc" },
            include: { responsible: { select: { name: true } } },
          },
          action: {
            select: {
              id: true,
              progress: true,
              plannedEndDate: true,
              archivedAt: true,
              status: { select: { code: true, label: true, isClosed: true } },
              progressUpdates: { orderBy: [{ date: "desc" }, { createdAt: "desc" }], take: 1, select: { date: true } },
            },
          },
        },
      },
    },
  });
  if (!meeting) return null;
  const today = todayInFrance();
  const statusLabels = await statusLabelsByCode();
  const participants = meeting.participants
    .map(({ user: person, response, representedBy, attended }) => ({
      response,
      representedBy,
      attended,
      id: person.id,
      name: person.name,
      organisation: person.organisation,
      college: person.college,
      isBinome: person.memberships[0]?.isBinome ?? false,
    }))
    .sort((a, b) => colleges.indexOf(a.college) - colleges.indexOf(b.college) || a.name.localeCompare(b.name, "fr"));
  return {
    id: meeting.id,
    kind: meeting.kind,
    startsAt: meeting.startsAt,
    place: meeting.place,
    videoUrl: meeting.videoUrl,
    version: meeting.version,
    convokedAt: meeting.convokedAt,
    territory,
    organiserName: meeting.organiser?.name ?? null,
    participantCount: participants.length,
    agendaCount: meeting.agendaItems.length,
    participants,
    agenda: meeting.agendaItems.map((item) => {
      const action = item.action;
      const plannedEndDate = action?.plannedEndDate ? dateToDay(action.plannedEndDate) : null;
      return {
        id: item.id,
        reason: item.reason,
        title: item.title,
        summary: item.summary,
        decisions: item.decisions.map((decision) => toMeetingDecision(decision, statusLabels, today)),
        action: action
          ? {
              id: action.id,
              statusLabel: action.status.label,
              statusCode: action.status.code,
              progress: action.progress,
              isLate: isLateOn({ plannedEndDate, status: action.status }, today),
              plannedEndDate,
              lastPointDate: action.progressUpdates[0] ? dateToDay(action.progressUpdates[0].date) : null,
              archived: action.archivedAt !== null,
            }
          : null,
      };
    }),
  };
}

export type ActionDecision = MeetingDecision & {
  meetingId: string;
  meetingStartsAt: Date;
  meetingKind: MeetingKind;
  /** Whether this user may close (solder) it: canCloseDecision on the action's territory. */
  mayClose: boolean;
};

/** The decisions séances took on an action, newest séance first (the action page has checked access). */
export async function listActionDecisions(
  user: PermissionUser,
  territory: TerritoryTarget,
  actionId: string,
): Promise<ActionDecision[]> {
  const prisma = getPrisma();
  const today = todayInFrance();
  const [decisions, statusLabels] = await Promise.all([
    prisma.decision.findMany({
      where: { actionId },
      orderBy: [{ meeting: { startsAt: "desc" } }, { createdAt: "asc" }],
      include: {
        responsible: { select: { name: true } },
        meeting: { select: { id: true, startsAt: true, kind: true } },
      },
    }),
    statusLabelsByCode(),
  ]);
  return decisions.map((decision) => ({
    ...toMeetingDecision(decision, statusLabels, today),
    mayClose: decision.closedAt === null && canCloseDecision(user, territory, decision.responsibleId),
    meetingId: decision.meeting.id,
    meetingStartsAt: decision.meeting.startsAt,
    meetingKind: decision.meeting.kind,
  }));
}
