import "server-only";
import { getPrisma } from "@/lib/db";

export type DiscussionFlagView = { raisedByName: string | null; reason: string; raisedAt: Date };

/** The action's "à discuter en séance" flag, if raised (the action page has checked access). */
export async function findDiscussionFlag(actionId: string): Promise<DiscussionFlagView | null> {
  const flag = await getPrisma().actionDiscussionFlag.findUnique({
    where: { actionId },
    select: { reason: true, raisedAt: true, raisedBy: { select: { name: true } } },
  });
  return flag ? { raisedByName: flag.raisedBy?.name ?? null, reason: flag.reason, raisedAt: flag.raisedAt } : null;
}
