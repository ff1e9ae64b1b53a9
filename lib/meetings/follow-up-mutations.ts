"use server";

import { revalidatePath } from "next/cache";
import { recordAuditEvent } from "@/lib/audit/record";
import { canCloseDecision } from "@/lib/auth/permissions";
import { createMutation } from "@/lib/auth/safe-action";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { refreshMeetingPages } from "./audited-change";
import { closeDecisionInput } from "./schemas";
import { decisionTarget } from "./targets";

const ALREADY_CLOSED_MESSAGE =
  "Cette décision a déjà été soldée, peut-être par quelqu'un d'autre : rechargez la page pour voir sa note.";

/**
 * Closes (solde) a decision with a note on how it was followed up. The right is the table's
 * `decision.close`, or being the decision's responsible person (canCloseDecision), checked on the
 * territory stored on the decision's séance.
 */
export const closeDecision = createMutation({
  schema: closeDecisionInput,
  operation: "decision.close",
  target: (input) => decisionTarget(input.decisionId),
  authorize: (user, target) => canCloseDecision(user, target, target.responsibleId),
  handler: async (input, user, target) => {
    const closedAt = new Date();
    await getPrisma().$transaction(async (tx) => {
      // The condition is the guard: of two closes racing on one decision, only one updates a row.
      const closed = await tx.decision.updateMany({
        where: { id: input.decisionId, closedAt: null },
        data: { closedAt, closingNote: input.closingNote },
      });
      if (closed.count !== 1) throw new AppError("CONFLICT", ALREADY_CLOSED_MESSAGE);
      await recordAuditEvent(tx, {
        actorId: user.id,
        entityType: "meeting",
        entityId: target.meetingId,
        territoryId: target.territoryId,
        operation: "meeting.decision.close",
        before: { decisionId: input.decisionId, closedAt: null },
        after: { decisionId: input.decisionId, closedAt: closedAt.toISOString(), closingNote: input.closingNote },
      });
    });
    const territorySlug = await refreshMeetingPages(target.territoryId);
    if (target.actionId) revalidatePath(`/territoires/${territorySlug}/actions/${target.actionId}`);
    return { decisionId: input.decisionId, meetingId: target.meetingId, territorySlug };
  },
});
