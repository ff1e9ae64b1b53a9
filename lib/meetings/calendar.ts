import "server-only";
import { ICalCalendarMethod, ICalAttendeeRole, ICalAttendeeStatus, default as ical } from "ical-generator";

/** A séance is planned for two hours unless said otherwise: calendars need an end. */
const MEETING_DURATION_MS = 2 * 60 * 60 * 1000;

export type CalendarMeeting = {
  id: string;
  title: string;
  startsAt: Date;
  place: string;
  videoUrl: string;
  /** Raised by every change: calendars replace an earlier invitation with a higher sequence. */
  sequence: number;
  description: string;
  url: string;
  organiser: { name: string; email: string };
  attendees: { name: string; email: string }[];
};

/**
 * The séance as an iCalendar invitation (RFC 5545, METHOD:REQUEST): one event whose UID is the
 * séance's id, so that a calendar updates it when the convocation is sent again. Times in UTC.
 */
export function meetingInvitation(meeting: CalendarMeeting): string {
  const calendar = ical({
    name: "TI Pilotage",
    prodId: { company: "TI Pilotage", product: "seances", language: "FR" },
    method: ICalCalendarMethod.REQUEST,
  });
  calendar.createEvent({
    id: `${meeting.id}@ti-pilotage`,
    sequence: meeting.sequence,
    start: meeting.startsAt,
    end: new Date(meeting.startsAt.getTime() + MEETING_DURATION_MS),
    summary: meeting.title,
    description: meeting.description,
    location: [meeting.place, meeting.videoUrl].filter(Boolean).join(" — ") || null,
    url: meeting.url,
    organizer: meeting.organiser,
    attendees: meeting.attendees.map((attendee) => ({
      name: attendee.name,
      email: attendee.email,
      role: ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.NEEDSACTION,
      rsvp: true,
    })),
  });
  return calendar.toString();
}
