import type { ChartProps } from "@/components/ui/chart";
import { dsfrColors, fundingSeries, orderStatuses, statusStyle } from "@/components/ui/chart-colors";
import { formatMonth, formatPeriod, pluralActions } from "@/components/dashboard/labels";
import { formatEuros, formatInteger, formatPercent } from "@/lib/format";
import type { TerritoryDashboard } from "@/lib/dashboard/types";

// Turns the dashboard figures (computed in SQL) into what the chart wrapper draws: the data, the
// sentence that says it in words and the table that says it accessibly.

type Empty = ChartProps["empty"];

const noValue = "—";

function percentOrDash(value: number | null): string {
  return value === null ? noValue : formatPercent(value);
}

export function leverStatusChart(dashboard: TerritoryDashboard, empty: Empty): ChartProps {
  const statuses = orderStatuses(dashboard.statuses);
  const { actionCount, doneCount } = dashboard.tiles;
  const totals = dashboard.byLeverAndStatus.map((lever) => ({
    label: lever.leverLabel,
    total: statuses.reduce((sum, status) => sum + (lever.counts[status.code] ?? 0), 0),
  }));
  const largest = [...totals].sort((a, b) => b.total - a.total)[0];
  const summary =
    `${pluralActions(doneCount, formatInteger(doneCount))} sur ${formatInteger(actionCount)} réalisée${doneCount > 1 ? "s" : ""}` +
    (largest && largest.total > 0 && totals.length > 1
      ? ` ; le levier ${largest.label} compte le plus d'actions (${formatInteger(largest.total)}).`
      : ".");
  return {
    title: "Actions par levier et par statut",
    summary,
    kind: "stackedBar",
    xKey: "lever",
    xLabel: "Levier",
    yLabel: "Nombre d'actions",
    valueFormat: "integer",
    data: dashboard.byLeverAndStatus.map((lever) => ({
      lever: lever.leverLabel,
      ...Object.fromEntries(statuses.map((status) => [status.code, lever.counts[status.code] ?? 0])),
    })),
    series: statuses.map((status) => ({ key: status.code, label: status.label, ...statusStyle(status.code) })),
    table: {
      caption: "Nombre d'actions par levier et par statut",
      columns: ["Levier", ...statuses.map((status) => status.label), "Total"],
      rows: dashboard.byLeverAndStatus.map((lever, index) => ({
        header: lever.leverLabel,
        cells: [
          ...statuses.map((status) => formatInteger(lever.counts[status.code] ?? 0)),
          formatInteger(totals[index]?.total ?? 0),
        ],
      })),
    },
    empty: actionCount === 0 ? empty : undefined,
  };
}

export function leverProgressChart(dashboard: TerritoryDashboard, empty: Empty): ChartProps {
  const withActions = dashboard.progressByLever.filter((lever) => lever.averageProgress !== null);
  const summary =
    withActions.length === 0
      ? "Aucune action, donc aucun avancement à calculer."
      : `Avancement moyen par levier : ${withActions
          .map((lever) => `${lever.leverLabel} ${formatPercent(lever.averageProgress ?? 0)}`)
          .join(", ")}.`;
  return {
    title: "Avancement moyen par levier",
    summary,
    kind: "bar",
    xKey: "lever",
    xLabel: "Levier",
    yLabel: "Avancement moyen",
    valueFormat: "percent",
    data: dashboard.progressByLever.map((lever) => ({ lever: lever.leverLabel, progress: lever.averageProgress })),
    series: [{ key: "progress", label: "Avancement moyen (%)", color: dsfrColors.blueFrance }],
    table: {
      caption: "Avancement moyen des actions par levier",
      columns: ["Levier", "Actions", "Avancement moyen"],
      rows: dashboard.progressByLever.map((lever) => ({
        header: lever.leverLabel,
        cells: [formatInteger(lever.actionCount), percentOrDash(lever.averageProgress)],
      })),
    },
    empty: dashboard.tiles.actionCount === 0 ? empty : undefined,
  };
}

export function progressOverTimeChart(dashboard: TerritoryDashboard): ChartProps {
  const known = dashboard.progressOverTime.filter((month) => month.averageProgress !== null);
  const first = known[0];
  const last = known[known.length - 1];
  let summary = `Aucun point d'avancement ${formatPeriod(dashboard.filters)}.`;
  if (first && last && first !== last) {
    summary = `L'avancement moyen est passé de ${formatPercent(first.averageProgress ?? 0)} en ${formatMonth(first.month)} à ${formatPercent(last.averageProgress ?? 0)} en ${formatMonth(last.month)}.`;
  } else if (last) {
    summary = `L'avancement moyen est de ${formatPercent(last.averageProgress ?? 0)} en ${formatMonth(last.month)}.`;
  }
  return {
    title: "Évolution de l'avancement, mois par mois",
    summary,
    kind: "line",
    xKey: "month",
    xLabel: "Mois",
    yLabel: "Avancement moyen",
    valueFormat: "percent",
    data: dashboard.progressOverTime.map((month) => ({
      month: formatMonth(month.month),
      progress: month.averageProgress,
    })),
    series: [{ key: "progress", label: "Avancement moyen des actions suivies (%)", color: dsfrColors.blueFrance }],
    table: {
      caption: "Avancement moyen à la fin de chaque mois, d'après les points d'avancement",
      columns: ["Mois", "Actions suivies", "Avancement moyen"],
      rows: dashboard.progressOverTime.map((month) => ({
        header: formatMonth(month.month),
        cells: [formatInteger(month.actionCount), percentOrDash(month.averageProgress)],
      })),
    },
    empty:
      known.length === 0
        ? {
            message: `Aucun point d'avancement ${formatPeriod(dashboard.filters)} — ouvrez une action pour en enregistrer un`,
          }
        : undefined,
  };
}

export function fundingChart(dashboard: TerritoryDashboard): ChartProps {
  const { fundingRequested, fundingGranted } = dashboard.tiles;
  const funders = dashboard.fundingByFunder.filter((funder) => funder.requested > 0 || funder.granted > 0);
  const top = [...funders].sort((a, b) => b.granted - a.granted)[0];
  const share =
    fundingRequested > 0 ? ` (${formatPercent(Math.round((fundingGranted / fundingRequested) * 100))})` : "";
  const summary =
    `${formatEuros(fundingGranted)} accordés sur ${formatEuros(fundingRequested)} demandés${share}` +
    (top && top.granted > 0
      ? ` ; premier financeur : ${top.funderLabel} (${formatEuros(top.granted)} accordés).`
      : ".");
  return {
    title: "Financements par financeur",
    summary,
    kind: "bar",
    xKey: "funder",
    xLabel: "Financeur",
    yLabel: "Montant",
    valueFormat: "euros",
    data: funders.map((funder) => ({
      funder: funder.funderLabel,
      requested: funder.requested,
      granted: funder.granted,
    })),
    series: [
      { key: "requested", ...fundingSeries.requested },
      { key: "granted", ...fundingSeries.granted },
    ],
    table: {
      caption: "Montants demandés et accordés par financeur",
      columns: ["Financeur", "Montant demandé", "Montant accordé"],
      rows: funders.map((funder) => ({
        header: funder.funderLabel,
        cells: [formatEuros(funder.requested), formatEuros(funder.granted)],
      })),
    },
    empty:
      funders.length === 0
        ? { message: "Aucun financement demandé — ajoutez des financements aux actions depuis leur fiche" }
        : undefined,
  };
}
