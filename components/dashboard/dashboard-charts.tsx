import { Chart, type ChartProps } from "@/components/ui/chart";
import {
  fundingChart,
  leverProgressChart,
  leverStatusChart,
  progressOverTimeChart,
} from "@/components/dashboard/chart-props";
import { figureDefinitions } from "@/lib/dashboard/definitions";
import type { TerritoryDashboard } from "@/lib/dashboard/types";

/** The four charts of a territory; `print` fixes their width and opens their tables (report). */
export function DashboardCharts({
  dashboard,
  createHref,
  print = false,
}: {
  dashboard: TerritoryDashboard;
  /** The create form, offered by the empty state only to those allowed to create an action. */
  createHref?: string;
  print?: boolean;
}) {
  const empty = {
    message: dashboard.filters.lever ? "Aucune action pour ce levier" : "Aucune action pour ce territoire",
    action: createHref ? { label: "créer une action", href: createHref } : undefined,
  };
  const definitions = figureDefinitions(dashboard.asOf);
  const charts: ChartProps[] = [
    { ...leverStatusChart(dashboard, empty), definition: definitions.byLeverAndStatus },
    { ...leverProgressChart(dashboard, empty), definition: definitions.progressByLever },
    { ...progressOverTimeChart(dashboard), definition: definitions.progressOverTime },
    { ...fundingChart(dashboard), definition: definitions.fundingByFunder },
  ];
  return (
    <section aria-labelledby="graphiques-titre" className="fr-mb-6w">
      <h2 id="graphiques-titre">Graphiques</h2>
      <div className="fr-grid-row fr-grid-row--gutters">
        {charts.map((chart) => (
          <div key={chart.title} className={print ? "fr-col-12" : "fr-col-12 fr-col-lg-6"}>
            <Chart {...chart} height={print ? 260 : 300} tableOpen={print} />
          </div>
        ))}
      </div>
    </section>
  );
}
