"use server";

import { mayRecordFunder } from "@/lib/auth/permissions";
import { createMutation } from "@/lib/auth/safe-action";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { changeActionAudited, createActionAudited, refreshTerritoryPages } from "./write/audited-change";
import { resolveReferences } from "./write/reference-checks";
import { archiveActionInput, createActionInput, recordFundingInput, updateActionInput } from "./schemas";
import { territoryTarget } from "@/lib/territories/access";
import { actionTarget } from "./targets";
import { actionColumns, claimVersion, replaceActionChildren } from "./write/action-rows";

export const createAction = createMutation({
  schema: createActionInput,
  operation: "action.create",
  target: (input) => territoryTarget(input.territoryId),
  handler: async (input, user) => {
    const action = await getPrisma().$transaction(async (tx) =>
      createActionAudited(tx, user, input.territoryId, input, await resolveReferences(tx, input.territoryId, input)),
    );
    const territorySlug = await refreshTerritoryPages(action.territoryId);
    return { actionId: action.id, territorySlug, version: action.version };
  },
});

export const updateAction = createMutation({
  schema: updateActionInput,
  operation: "action.update",
  target: (input) => actionTarget(input.actionId),
  handler: (input, user, target) =>
    changeActionAudited(
      user,
      { actionId: input.actionId, territoryId: target.territoryId, operation: "update" },
      async (tx) => {
        const references = await resolveReferences(tx, target.territoryId, input);
        // The territory is not part of the update: an action never moves by accident.
        await claimVersion(tx, input.actionId, input.version, actionColumns(input, references));
        await replaceActionChildren(tx, input.actionId, input);
      },
    ),
});

export const archiveAction = createMutation({
  schema: archiveActionInput,
  operation: "action.archive",
  target: (input) => actionTarget(input.actionId),
  handler: (input, user, target) =>
    changeActionAudited(
      user,
      { actionId: input.actionId, territoryId: target.territoryId, operation: "archive" },
      (tx) => claimVersion(tx, input.actionId, input.version, { archivedAt: new Date() }),
    ),
});

const OTHER_INSTITUTION_MESSAGE = "Vous ne pouvez enregistrer que les engagements de votre institution.";

export const recordFunding = createMutation({
  schema: recordFundingInput,
  operation: "funding.record",
  target: (input) => actionTarget(input.actionId),
  handler: (input, user, target) => {
    if (!mayRecordFunder(user, input.funderCode)) {
      throw new AppError("FORBIDDEN", OTHER_INSTITUTION_MESSAGE, { funderCode: [OTHER_INSTITUTION_MESSAGE] });
    }
    return changeActionAudited(
      user,
      { actionId: input.actionId, territoryId: target.territoryId, operation: "funding" },
      async (tx) => {
        await resolveReferences(tx, target.territoryId, { fundingLines: [{ funderCode: input.funderCode }] });
        await claimVersion(tx, input.actionId, input.version);
        const amounts = { amountRequested: input.amountRequested, amountGranted: input.amountGranted };
        const existing = await tx.fundingLine.findFirst({
          where: { actionId: input.actionId, funderCode: input.funderCode },
          orderBy: { position: "asc" },
        });
        if (existing) await tx.fundingLine.update({ where: { id: existing.id }, data: amounts });
        else {
          const position = await tx.fundingLine.count({ where: { actionId: input.actionId } });
          await tx.fundingLine.create({
            data: { actionId: input.actionId, funderCode: input.funderCode, position, ...amounts },
          });
        }
      },
    );
  },
});
