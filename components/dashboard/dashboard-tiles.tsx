import { formatEuros, formatInteger, formatPercent } from "@/lib/format";
import "./dashboard.css";
import { figureDefinitions } from "@/lib/dashboard/definitions";
import type { TerritoryDashboard } from "@/lib/dashboard/types";

type Tile = { title: string; value: string; detail?: string; definition: string };

function buildTiles({ tiles, asOf }: TerritoryDashboard): Tile[] {
  const definitions = figureDefinitions(asOf);
  const doneShare = tiles.actionCount > 0 ? Math.round((tiles.doneCount / tiles.actionCount) * 100) : 0;
  return [
    { title: "Actions", value: formatInteger(tiles.actionCount), definition: definitions.actions },
    {
      title: "Réalisées",
      value: formatPercent(doneShare),
      detail: `${formatInteger(tiles.doneCount)} sur ${formatInteger(tiles.actionCount)}`,
      definition: definitions.done,
    },
    {
      title: "Avancement moyen",
      value: tiles.averageProgress === null ? "—" : formatPercent(tiles.averageProgress),
      detail: tiles.averageProgress === null ? "Aucune action" : undefined,
      definition: definitions.averageProgress,
    },
    {
      title: "En retard ou bloquées",
      value: formatInteger(tiles.lateOrBlockedCount),
      detail: `${formatInteger(tiles.lateCount)} en retard, ${formatInteger(tiles.blockedCount)} bloquée${tiles.blockedCount > 1 ? "s" : ""}`,
      definition: definitions.lateOrBlocked,
    },
    {
      title: "Budget prévu / financements accordés",
      value: `${formatEuros(tiles.plannedBudget)} / ${formatEuros(tiles.fundingGranted)}`,
      detail: `${formatEuros(tiles.fundingRequested)} de financements demandés`,
      definition: definitions.funding,
    },
  ];
}

/** The key figures a committee member reads first. */
export function DashboardTiles({ dashboard }: { dashboard: TerritoryDashboard }) {
  return (
    <section aria-labelledby="chiffres-cles-titre" className="fr-mb-6w">
      <h2 id="chiffres-cles-titre">Chiffres clés</h2>
      <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list ti-tiles">
        {buildTiles(dashboard).map((tile, index) => (
          <li key={tile.title} className={`fr-col-12 fr-col-sm-6 ${index === 4 ? "fr-col-lg-4" : "fr-col-lg-2"}`}>
            <div className="fr-tile fr-tile--no-icon fr-tile--sm" role="group" aria-labelledby={`tuile-${index}`}>
              <div className="fr-tile__body">
                <div className="fr-tile__content">
                  <h3 id={`tuile-${index}`} className="fr-tile__title fr-text--md fr-mb-1w">
                    {tile.title}
                  </h3>
                  <p className="fr-tile__desc fr-h4 fr-mb-1v ti-tile__value">{tile.value}</p>
                  <div className="ti-tile__notes">
                    {tile.detail && <p className="fr-text--sm fr-mb-1v">{tile.detail}</p>}
                    <p className="fr-text--xs fr-mb-0 ti-definition">{tile.definition}</p>
                  </div>
                </div>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
