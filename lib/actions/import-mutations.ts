"use server";

import { createMutation } from "@/lib/auth/safe-action";
import { importActionPlan } from "./import";
import { importActionsInput } from "./import-schema";
import { territoryTarget } from "./targets";

/**
 * Imports a CSV action plan into a territory: the right to create actions there, checked against
 * the territory stored in the database; all rows or none (see lib/actions/import.ts).
 */
export const importActions = createMutation({
  schema: importActionsInput,
  operation: "action.create",
  target: (input) => territoryTarget(input.territoryId),
  handler: importActionPlan,
});
