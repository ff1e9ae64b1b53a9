import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { todayInFrance } from "@/lib/dates";
import { actionViewInclude, editableFieldsOf, toActionView } from "../view";

/** An action as the audit log records it: plain JSON, codes rather than internal ids where they exist. */
export async function actionSnapshot(tx: Prisma.TransactionClient, actionId: string): Promise<Prisma.InputJsonObject> {
  const row = await tx.action.findUniqueOrThrow({ where: { id: actionId }, include: actionViewInclude });
  const view = toActionView(row, todayInFrance());
  // The contact person is recorded by user id; the plan file has no column for it, so it is not
  // among the fields an import compares.
  return {
    ...editableFieldsOf(view),
    carrierContactId: view.carrierContact?.id ?? null,
    version: view.version,
    archived: view.archived,
  };
}
