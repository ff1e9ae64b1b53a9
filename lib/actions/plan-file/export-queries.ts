import "server-only";
import type { PermissionUser } from "@/lib/auth/permissions";
import { getPrisma } from "@/lib/db";
import { todayInFrance } from "@/lib/dates";
import type { ActionExportRow } from "./plan-columns";
import { actionOrderBy, actionWhere } from "../queries";
import { findTerritoryAccess } from "@/lib/territories/access";
import type { ActionFilters } from "../schemas";
import { actionViewInclude, toActionView, type ActionView } from "../view";

/** An action's funding lines, summed per funder: the file has one pair of columns per funder. */
export function fundingByFunder(
  lines: readonly { funderCode: string; amountRequested: number; amountGranted: number }[],
): ActionExportRow["funding"] {
  const funding: ActionExportRow["funding"] = {};
  for (const line of lines) {
    const sums = (funding[line.funderCode] ??= { requested: 0, granted: 0 });
    sums.requested += line.amountRequested;
    sums.granted += line.amountGranted;
  }
  return funding;
}

/** One row of the plan file: labels for reference data, sums per funder. */
export function toExportRow(action: ActionView): ActionExportRow {
  return {
    id: action.id,
    version: action.version,
    title: action.title,
    leverLabel: action.lever.label,
    subThemeLabel: action.subTheme?.label ?? null,
    statusLabel: action.status.label,
    progress: action.progress,
    plannedStartDate: action.plannedStartDate,
    plannedEndDate: action.plannedEndDate,
    carrierCollege: action.carrierCollege,
    carrierOrganisation: action.carrierOrganisation,
    partners: action.partners,
    plannedBudget: action.plannedBudget,
    description: action.description,
    expectedResults: action.expectedResults,
    funding: fundingByFunder(action.fundingLines),
    indicators: action.indicators.map(({ label, unit, latestValue, target }) => ({ label, unit, latestValue, target })),
  };
}

export type ActionPlanExport = { territory: { id: string; slug: string; name: string }; rows: ActionExportRow[] };

/**
 * Every action of the plan as filtered and sorted on the action plan page (all pages, not one),
 * with funding lines and indicators; null when the territory is out of the user's scope.
 */
export async function listActionsForExport(
  user: PermissionUser,
  territorySlug: string,
  filters: ActionFilters,
): Promise<ActionPlanExport | null> {
  const territory = await findTerritoryAccess(user, territorySlug);
  if (!territory) return null;
  const today = todayInFrance();
  const actions = await getPrisma().action.findMany({
    where: actionWhere(territory.id, filters),
    orderBy: actionOrderBy(filters),
    include: actionViewInclude,
  });
  return { territory, rows: actions.map((action) => toExportRow(toActionView(action, today))) };
}
