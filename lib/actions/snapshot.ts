import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dateToDay } from "@/lib/dates";

/** An action as the audit log records it: plain JSON, codes rather than internal ids where they exist. */
export async function actionSnapshot(tx: Prisma.TransactionClient, actionId: string): Promise<Prisma.InputJsonObject> {
  const action = await tx.action.findUniqueOrThrow({
    where: { id: actionId },
    include: {
      lever: { select: { code: true } },
      subTheme: { select: { code: true } },
      pilots: { select: { userId: true }, orderBy: { userId: "asc" } },
      fundingLines: { orderBy: { position: "asc" } },
      indicators: { orderBy: { position: "asc" } },
    },
  });
  return {
    title: action.title,
    description: action.description,
    expectedResults: action.expectedResults,
    leverCode: action.lever.code,
    subThemeCode: action.subTheme?.code ?? null,
    statusCode: action.statusCode,
    progress: action.progress,
    plannedStartDate: action.plannedStartDate ? dateToDay(action.plannedStartDate) : null,
    plannedEndDate: action.plannedEndDate ? dateToDay(action.plannedEndDate) : null,
    carrierCollege: action.carrierCollege,
    carrierOrganisation: action.carrierOrganisation,
    partners: action.partners,
    plannedBudget: action.plannedBudget,
    pilotIds: action.pilots.map((pilot) => pilot.userId),
    fundingLines: action.fundingLines.map(({ funderCode, amountRequested, amountGranted }) => ({
      funderCode,
      amountRequested,
      amountGranted,
    })),
    indicators: action.indicators.map(({ label, unit, target, latestValue }) => ({ label, unit, target, latestValue })),
    version: action.version,
    archived: action.archivedAt !== null,
  };
}
