"use server";

import { can } from "@/lib/auth/permissions";
import { createMutation } from "@/lib/auth/safe-action";
import { importActionPlan } from "./import";
import { importActionsInput } from "./import-schema";
import { territoryTarget } from "@/lib/territories/access";

/**
 * Previews, then applies, an action plan file in a territory: the right to create actions there,
 * checked against the territory stored in the database, and the right to update them for rows that
 * name an existing action; all rows or none (see lib/actions/import.ts).
 */
export const importActions = createMutation({
  schema: importActionsInput,
  operation: "action.create",
  target: (input) => territoryTarget(input.territoryId),
  handler: (input, user, target) => importActionPlan(input, user, { mayUpdate: can(user, "action.update", target) }),
});
