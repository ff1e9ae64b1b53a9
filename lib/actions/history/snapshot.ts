import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { todayInFrance } from "@/lib/dates";
import { actionViewInclude, editableFieldsOf, toActionView } from "../view";

/** An action as the audit log records it: plain JSON, codes rather than internal ids where they exist. */
export async function actionSnapshot(tx: Prisma.TransactionClient, actionId: string): Promise<Prisma.InputJsonObject> {
  const row = await tx.action.findUniqueOrThrow({ where: { id: actionId }, include: actionViewInclude });
  const view = toActionView(row, todayInFrance());
  return { ...editableFieldsOf(view), version: view.version, archived: view.archived };
}
