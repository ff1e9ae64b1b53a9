import Link from "next/link";
import { actionPlanHref, sortChange, type SortField } from "@/lib/actions/plan-url";
import type { ActionListItem } from "@/lib/actions/queries";
import { carrierCollegeLabels, type ActionFilters } from "@/lib/actions/schemas";
import { dayToDate } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { ProgressBar } from "./progress-bar";
import { StatusBadges } from "./status-badge";
import { DataTable } from "@/components/ui/data-table";

const sortLabels: Record<SortField, string> = {
  title: "titre",
  status: "statut",
  progress: "avancement",
  plannedEndDate: "fin prévue",
  updatedAt: "dernière modification",
};

function orderText(field: SortField, order: "asc" | "desc"): string {
  if (field === "plannedEndDate" || field === "updatedAt")
    return order === "asc" ? "du plus ancien au plus récent" : "du plus récent au plus ancien";
  if (field === "progress") return order === "asc" ? "croissant" : "décroissant";
  return order === "asc" ? "de A à Z" : "de Z à A";
}

/** A column header that sorts the plan; `aria-sort` tells assistive technologies the current order. */
function SortableHeader({
  slug,
  filters,
  field,
  children,
}: {
  slug: string;
  filters: ActionFilters;
  field: SortField;
  children: string;
}) {
  const active = filters.sort === field;
  const next = sortChange(filters, field);
  return (
    <th scope="col" aria-sort={active ? (filters.order === "asc" ? "ascending" : "descending") : undefined}>
      <Link href={actionPlanHref(slug, filters, next)} className="fr-link">
        {children}
        {active && <span aria-hidden="true">{filters.order === "asc" ? " ↑" : " ↓"}</span>}
        <span className="fr-sr-only">
          , trier par {sortLabels[field]}, ordre {orderText(field, next.order)}
        </span>
      </Link>
    </th>
  );
}

export function ActionTable({
  slug,
  filters,
  items,
  total,
}: {
  slug: string;
  filters: ActionFilters;
  items: ActionListItem[];
  total: number;
}) {
  return (
    <DataTable
      multiline
      caption={
        <>
          Actions du plan ({total})
          <span className="fr-hint-text">
            Triées par {sortLabels[filters.sort]}, {orderText(filters.sort, filters.order)}
          </span>
        </>
      }
    >
      <thead>
        <tr>
          <SortableHeader slug={slug} filters={filters} field="title">
            Action
          </SortableHeader>
          <th scope="col">Levier</th>
          <SortableHeader slug={slug} filters={filters} field="status">
            Statut
          </SortableHeader>
          <SortableHeader slug={slug} filters={filters} field="progress">
            Avancement
          </SortableHeader>
          <SortableHeader slug={slug} filters={filters} field="plannedEndDate">
            Fin prévue
          </SortableHeader>
          <th scope="col">Porteur</th>
        </tr>
      </thead>
      <tbody>
        {items.map((action) => (
          <tr key={action.id}>
            <th scope="row">
              <Link href={`/territoires/${slug}/actions/${action.id}`}>{action.title}</Link>
            </th>
            <td>{action.leverLabel}</td>
            <td>
              <StatusBadges code={action.statusCode} label={action.statusLabel} isLate={action.isLate} />
            </td>
            <td>
              <ProgressBar value={action.progress} size="sm" />
            </td>
            <td style={{ whiteSpace: "nowrap" }}>
              {action.plannedEndDate ? formatDate(dayToDate(action.plannedEndDate)) : "Non renseignée"}
            </td>
            <td>
              {action.carrierOrganisation}
              <span className="fr-hint-text">
                {carrierCollegeLabels[action.carrierCollege as keyof typeof carrierCollegeLabels] ??
                  action.carrierCollege}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
