import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

type ReferencedFields = {
  leverCode?: string;
  subThemeCode?: string;
  statusCode?: string;
  pilotIds?: string[];
  carrierContactId?: string | null;
  fundingLines?: { funderCode: string }[];
};

export type ResolvedReferences = { leverId?: string; subThemeId?: string | null };

/**
 * Levers, statuses and funders are data: codes from a form, the API or a CSV file are checked
 * against the database, and pilots must sit on the action's committee. Every unknown value is
 * reported on its field; nothing is written.
 */
export async function resolveReferences(
  tx: Prisma.TransactionClient,
  territoryId: string,
  fields: ReferencedFields,
): Promise<ResolvedReferences> {
  const fieldErrors: Record<string, string[]> = {};
  const resolved: ResolvedReferences = {};
  if (fields.leverCode !== undefined) {
    const lever = await tx.lever.findUnique({ where: { code: fields.leverCode }, include: { subThemes: true } });
    if (!lever) fieldErrors.leverCode = ["Ce levier n'existe pas."];
    else {
      resolved.leverId = lever.id;
      resolved.subThemeId = null;
      if (fields.subThemeCode) {
        const subTheme = lever.subThemes.find((candidate) => candidate.code === fields.subThemeCode);
        if (!subTheme) fieldErrors.subThemeCode = ["Ce sous-thème n'appartient pas au levier choisi."];
        else resolved.subThemeId = subTheme.id;
      }
    }
  }
  if (fields.statusCode !== undefined && !(await tx.actionStatus.findUnique({ where: { code: fields.statusCode } }))) {
    fieldErrors.statusCode = ["Ce statut n'existe pas."];
  }
  if (fields.fundingLines?.length) {
    const known = new Set((await tx.funderType.findMany({ select: { code: true } })).map((funder) => funder.code));
    fields.fundingLines.forEach((line, index) => {
      if (!known.has(line.funderCode)) fieldErrors[`fundingLines.${index}.funderCode`] = ["Ce financeur n'existe pas."];
    });
  }
  if (fields.pilotIds?.length) {
    const members = await tx.membership.count({ where: { territoryId, userId: { in: fields.pilotIds } } });
    if (members !== new Set(fields.pilotIds).size) {
      fieldErrors.pilotIds = ["Les pilotes doivent être membres du comité de pilotage du territoire."];
    }
  }
  if (fields.carrierContactId) {
    const member = await tx.membership.count({ where: { territoryId, userId: fields.carrierContactId } });
    if (!member) {
      fieldErrors.carrierContactId = [
        "La personne contact du porteur doit être membre du comité de pilotage du territoire.",
      ];
    }
  }
  if (Object.keys(fieldErrors).length) throw new AppError("VALIDATION", undefined, fieldErrors);
  return resolved;
}
