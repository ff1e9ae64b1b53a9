"use server";

import { recordAuditEvent } from "@/lib/audit/record";
import { createMutation } from "@/lib/auth/safe-action";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { sendEmail } from "@/lib/mail/send";
import { appUrl } from "@/lib/users/one-time-link";
import { changeMeetingAudited, refreshMeetingPages, refuseLockedMeeting } from "./audited-change";
import { meetingInvitation } from "./calendar";
import {
  agendaReasonLabels,
  answerConvocationInput,
  meetingKindLabels,
  participantResponseLabels,
  sendConvocationInput,
} from "./schemas";
import { meetingTarget } from "./targets";

/**
 * Sends the convocation to every participant: an e-mail (SMTP or the outbox, as every e-mail) with
 * the ordre du jour, the séance's link, and a calendar invitation (.ics). Sending again (after a
 * change) sends the same invitation with a higher sequence, which calendars take as an update.
 */
export const sendConvocation = createMutation({
  schema: sendConvocationInput,
  operation: "meeting.prepare",
  target: (input) => meetingTarget(input.meetingId),
  handler: async (input, user, target) => {
    const result = await changeMeetingAudited(
      user,
      {
        meetingId: input.meetingId,
        territoryId: target.territoryId,
        version: input.version,
        operation: "meeting.convoke",
      },
      async (tx) => {
        await tx.meeting.update({ where: { id: input.meetingId }, data: { convokedAt: new Date() } });
      },
    );
    const meeting = await getPrisma().meeting.findUniqueOrThrow({
      where: { id: input.meetingId },
      include: {
        territory: { select: { name: true, slug: true } },
        organiser: { select: { name: true, email: true } },
        participants: { include: { user: { select: { name: true, email: true } } } },
        agendaItems: { orderBy: { position: "asc" } },
      },
    });
    const title = `${meetingKindLabels[meeting.kind]} du territoire ${meeting.territory.name}`;
    const url = appUrl(`/territoires/${meeting.territory.slug}/seances/${meeting.id}`);
    const agenda = meeting.agendaItems.map(
      (item, index) =>
        `${index + 1}. ${item.title}${item.reason === "FREE" ? "" : ` (${agendaReasonLabels[item.reason]})`}`,
    );
    const where = [
      meeting.place && `Lieu : ${meeting.place}`,
      meeting.videoUrl && `Visioconférence : ${meeting.videoUrl}`,
    ]
      .filter(Boolean)
      .join("\n");
    const text = [
      `${title}, le ${formatDateTime(meeting.startsAt)}.`,
      where,
      "",
      "Ordre du jour :",
      ...(agenda.length ? agenda : ["(à venir)"]),
      "",
      `Pour répondre (présent·e, excusé·e, représenté·e) et suivre la séance : ${url}`,
    ].join("\n");
    const organiser = meeting.organiser ?? { name: user.name, email: user.email };
    const ics = meetingInvitation({
      id: meeting.id,
      title,
      startsAt: meeting.startsAt,
      place: meeting.place,
      videoUrl: meeting.videoUrl,
      sequence: result.version,
      description: text,
      url,
      organiser,
      attendees: meeting.participants.map(({ user: person }) => person),
    });
    for (const { user: person } of meeting.participants) {
      await sendEmail({
        to: person.email,
        sentById: user.id,
        subject: `Convocation : ${title}, ${formatDateTime(meeting.startsAt)}`,
        text: `Bonjour ${person.name},\n\n${text}`,
        attachments: [
          { filename: "seance.ics", contentType: "text/calendar; charset=utf-8; method=REQUEST", content: ics },
        ],
      });
    }
    return { ...result, sent: meeting.participants.length };
  },
});

const NOT_INVITED_MESSAGE = "Vous ne figurez pas parmi les participants de cette séance.";

/** A participant answers the convocation from the app; the answer is journaled. */
export const answerConvocation = createMutation({
  schema: answerConvocationInput,
  operation: "meeting.answer",
  target: (input) => meetingTarget(input.meetingId),
  handler: async (input, user, target) => {
    await getPrisma().$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Meeting" WHERE id = ${input.meetingId}::uuid FOR UPDATE`;
      await refuseLockedMeeting(tx, input.meetingId);
      const participant = await tx.meetingParticipant.findUnique({
        where: { meetingId_userId: { meetingId: input.meetingId, userId: user.id } },
      });
      if (!participant) throw new AppError("FORBIDDEN", NOT_INVITED_MESSAGE);
      const answer = { response: input.response, representedBy: input.representedBy };
      await tx.meetingParticipant.update({
        where: { meetingId_userId: { meetingId: input.meetingId, userId: user.id } },
        data: { ...answer, respondedAt: new Date() },
      });
      await recordAuditEvent(tx, {
        actorId: user.id,
        entityType: "meeting",
        entityId: input.meetingId,
        territoryId: target.territoryId,
        operation: "meeting.answer",
        before: { response: participant.response, representedBy: participant.representedBy },
        after: { ...answer, label: participantResponseLabels[input.response] },
      });
    });
    const territorySlug = await refreshMeetingPages(target.territoryId);
    return { meetingId: input.meetingId, territorySlug };
  },
});
