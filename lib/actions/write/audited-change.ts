import "server-only";
import { revalidatePath } from "next/cache";
import { recordAuditEvent } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db";
import { dayToDate, todayInFrance } from "@/lib/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ResolvedReferences } from "./reference-checks";
import { actionSnapshot } from "../history/snapshot";
import { actionColumns, replaceActionChildren, type ActionFieldsInput, type InitialState } from "./action-rows";

export type ActionChangeResult = { actionId: string; territorySlug: string; version: number };

/**
 * The one shape of every change to an existing action: in a single transaction, snapshot before,
 * apply the change (which claims the next version), snapshot after, and write the audit event;
 * then refresh the territory's pages. `change` may return details to add to the audited "after".
 */
export async function changeActionAudited(
  user: SessionUser,
  change: { actionId: string; territoryId: string; operation: string },
  apply: (tx: Prisma.TransactionClient) => Promise<Prisma.InputJsonObject | void>,
): Promise<ActionChangeResult> {
  const version = await getPrisma().$transaction(async (tx) => {
    const before = await actionSnapshot(tx, change.actionId);
    const details = await apply(tx);
    const after = await actionSnapshot(tx, change.actionId);
    await recordAuditEvent(tx, {
      actorId: user.id,
      entityType: "action",
      entityId: change.actionId,
      territoryId: change.territoryId,
      operation: change.operation,
      before,
      after: details ? { ...after, ...details } : after,
    });
    return after.version as number;
  });
  const territorySlug = await refreshTerritoryPages(change.territoryId);
  return { actionId: change.actionId, territorySlug, version };
}

/** Revalidates the pages of a territory (dashboard, plan, actions) and returns its slug. */
export async function refreshTerritoryPages(territoryId: string): Promise<string> {
  const { slug } = await getPrisma().territory.findUniqueOrThrow({
    where: { id: territoryId },
    select: { slug: true },
  });
  revalidatePath(`/territoires/${slug}`, "layout");
  return slug;
}

/**
 * Creates an action with its pilots, funding lines and indicators, its first point d'avancement
 * (the state given at creation, dated today: every action's figures start from a point) and its
 * "create" audit event, inside the caller's transaction (a form's single action, or an import).
 */
export async function createActionAudited(
  tx: Prisma.TransactionClient,
  user: SessionUser,
  territoryId: string,
  input: ActionFieldsInput & InitialState,
  references: ResolvedReferences,
  auditDetails: Prisma.InputJsonObject = {},
) {
  const created = await tx.action.create({
    data: {
      territoryId,
      createdById: user.id,
      statusCode: input.statusCode,
      progress: input.progress,
      ...actionColumns(input, references),
    },
  });
  await tx.progressUpdate.create({
    data: {
      actionId: created.id,
      date: dayToDate(todayInFrance()),
      progress: input.progress,
      statusCode: input.statusCode,
      authorId: user.id,
    },
  });
  await replaceActionChildren(tx, created.id, input);
  await recordAuditEvent(tx, {
    actorId: user.id,
    entityType: "action",
    entityId: created.id,
    territoryId,
    operation: "create",
    after: { ...(await actionSnapshot(tx, created.id)), ...auditDetails },
  });
  return created;
}
