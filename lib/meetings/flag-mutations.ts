"use server";

import { changeActionAudited } from "@/lib/actions/write/audited-change";
import { actionTarget } from "@/lib/actions/targets";
import { createMutation } from "@/lib/auth/safe-action";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { clearActionFlagInput, flagActionInput } from "./schemas";

// "À discuter en séance": whoever follows an action (the right to record its progress) may ask
// the committee to discuss it. The flag is a row, one per action; it stays until someone who
// follows the action removes it, or until a séance is planned whose proposed ordre du jour takes
// the action up (planMeeting deletes it then, and the séance's journal entry keeps the point).

const ALREADY_FLAGGED_MESSAGE = "Cette action est déjà signalée « à discuter en séance ».";
const NOT_FLAGGED_MESSAGE = "Cette action n'est plus signalée « à discuter en séance » : rechargez la page.";

/** The action must be live: an archived action is not discussed, and is "not found" as elsewhere. */
async function liveActionTarget(actionId: string) {
  const action = await getPrisma().action.findUnique({ where: { id: actionId }, select: { archivedAt: true } });
  return action && !action.archivedAt ? actionTarget(actionId) : null;
}

export const flagActionForDiscussion = createMutation({
  schema: flagActionInput,
  operation: "progress.record",
  target: (input) => liveActionTarget(input.actionId),
  handler: (input, user, target) =>
    changeActionAudited(
      user,
      { actionId: input.actionId, territoryId: target.territoryId, operation: "action.flag" },
      async (tx) => {
        const created = await tx.actionDiscussionFlag.createMany({
          data: { actionId: input.actionId, raisedById: user.id, reason: input.reason },
          skipDuplicates: true,
        });
        if (created.count !== 1) throw new AppError("CONFLICT", ALREADY_FLAGGED_MESSAGE);
        return { discussionFlag: { reason: input.reason } };
      },
    ),
});

export const clearActionFlag = createMutation({
  schema: clearActionFlagInput,
  operation: "progress.record",
  target: (input) => liveActionTarget(input.actionId),
  handler: (input, user, target) =>
    changeActionAudited(
      user,
      { actionId: input.actionId, territoryId: target.territoryId, operation: "action.unflag" },
      async (tx) => {
        const removed = await tx.actionDiscussionFlag.deleteMany({ where: { actionId: input.actionId } });
        if (removed.count !== 1) throw new AppError("NOT_FOUND", NOT_FLAGGED_MESSAGE);
      },
    ),
});
