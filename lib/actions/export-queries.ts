import "server-only";
import type { PermissionUser } from "@/lib/auth/permissions";
import { getPrisma } from "@/lib/db";
import { dateToDay } from "@/lib/dates";
import type { ActionExportRow } from "./plan-columns";
import { actionOrderBy, actionWhere } from "./queries";
import { findTerritoryAccess } from "./territory-access";
import type { ActionFilters } from "./schemas";

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
  const actions = await getPrisma().action.findMany({
    where: actionWhere(territory.id, filters),
    orderBy: actionOrderBy(filters),
    include: {
      lever: { select: { label: true } },
      subTheme: { select: { label: true } },
      status: { select: { label: true } },
      fundingLines: { orderBy: { position: "asc" }, include: { funder: { select: { label: true } } } },
      indicators: { orderBy: { position: "asc" } },
    },
  });
  return {
    territory,
    rows: actions.map((action) => ({
      title: action.title,
      leverLabel: action.lever.label,
      subThemeLabel: action.subTheme?.label ?? null,
      statusLabel: action.status.label,
      progress: action.progress,
      plannedStartDate: action.plannedStartDate ? dateToDay(action.plannedStartDate) : null,
      plannedEndDate: action.plannedEndDate ? dateToDay(action.plannedEndDate) : null,
      carrierCollege: action.carrierCollege,
      carrierOrganisation: action.carrierOrganisation,
      partners: action.partners,
      plannedBudget: action.plannedBudget,
      description: action.description,
      expectedResults: action.expectedResults,
      fundingLines: action.fundingLines.map((line) => ({
        funderLabel: line.funder.label,
        amountRequested: line.amountRequested,
        amountGranted: line.amountGranted,
      })),
      indicators: action.indicators.map(({ label, unit, latestValue, target }) => ({
        label,
        unit,
        latestValue,
        target,
      })),
    })),
  };
}
