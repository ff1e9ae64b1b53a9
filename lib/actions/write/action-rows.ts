import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dayToDate } from "@/lib/dates";
import type { CreateActionInput, UpdateActionInput } from "../schemas";
import type { ResolvedReferences } from "./reference-checks";

export const STALE_VERSION_MESSAGE =
  "Cette action a été modifiée par quelqu'un d'autre depuis que vous l'avez ouverte. Vos modifications n'ont pas été enregistrées : rechargez la page pour voir la dernière version.";

/** The fields a person edits; the state (progress and status) changes only through points. */
export type ActionFieldsInput = Omit<UpdateActionInput, "actionId" | "version" | "progress" | "statusCode">;

/** An action's first state, given at creation: it becomes its first point d'avancement. */
export type InitialState = Pick<CreateActionInput, "progress" | "statusCode">;

/** Scalar columns of an action from validated input (not its state). */
export function actionColumns(input: ActionFieldsInput, references: ResolvedReferences) {
  return {
    leverId: references.leverId!,
    subThemeId: references.subThemeId ?? null,
    title: input.title,
    description: input.description,
    expectedResults: input.expectedResults,
    plannedStartDate: input.plannedStartDate ? dayToDate(input.plannedStartDate) : null,
    plannedEndDate: input.plannedEndDate ? dayToDate(input.plannedEndDate) : null,
    carrierCollege: input.carrierCollege,
    carrierOrganisation: input.carrierOrganisation,
    partners: input.partners,
    plannedBudget: input.plannedBudget ?? null,
    ...(input.carrierContactId !== undefined ? { carrierContactId: input.carrierContactId } : {}),
  };
}

/** Replaces an action's pilots, funding lines and indicators with the submitted ones. */
export async function replaceActionChildren(
  tx: Prisma.TransactionClient,
  actionId: string,
  input: Pick<ActionFieldsInput, "pilotIds" | "fundingLines" | "indicators">,
): Promise<void> {
  await tx.actionPilot.deleteMany({ where: { actionId } });
  await tx.fundingLine.deleteMany({ where: { actionId } });
  await tx.indicator.deleteMany({ where: { actionId } });
  await tx.actionPilot.createMany({ data: [...new Set(input.pilotIds)].map((userId) => ({ actionId, userId })) });
  await tx.fundingLine.createMany({
    data: input.fundingLines.map((line, position) => ({ actionId, position, ...line })),
  });
  await tx.indicator.createMany({
    data: input.indicators.map((indicator, position) => ({
      actionId,
      position,
      label: indicator.label,
      unit: indicator.unit,
      target: indicator.target ?? null,
      latestValue: indicator.latestValue ?? null,
    })),
  });
}

/**
 * Takes the next version of a live action, or refuses: the conditional update is the check, so two
 * saves racing on one version cannot both pass.
 */
export async function claimVersion(
  tx: Prisma.TransactionClient,
  actionId: string,
  expectedVersion: number,
  data: Prisma.ActionUncheckedUpdateManyInput = {},
): Promise<void> {
  const claimed = await tx.action.updateMany({
    where: { id: actionId, version: expectedVersion, archivedAt: null },
    data: { ...data, version: { increment: 1 } },
  });
  if (claimed.count === 1) return;
  const current = await tx.action.findUnique({ where: { id: actionId }, select: { archivedAt: true } });
  if (current?.archivedAt)
    throw new AppError("CONFLICT", "Cette action est archivée : elle ne peut plus être modifiée.");
  throw new AppError("CONFLICT", STALE_VERSION_MESSAGE);
}
