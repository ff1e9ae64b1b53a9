import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import type { DashboardFilters } from "@/lib/dashboard/types";

/**
 * A plain GET form: the period and the lever land in the URL, so that every chart, the tiles and
 * the committee report follow the same view, which can be bookmarked or sent; no JavaScript needed.
 */
export function DashboardFiltersForm({
  action,
  filters,
  levers,
  regionChoice,
  isFiltered,
}: {
  action: string;
  filters: DashboardFilters;
  levers: { code: string; label: string }[];
  /** The comparison of a user who sees every region: compare regions, or one region's territories. */
  regionChoice?: { regions: { code: string; name: string }[]; selected?: string };
  isFiltered: boolean;
}) {
  const column = regionChoice ? "fr-col-12 fr-col-md-3" : "fr-col-12 fr-col-md-4";
  return (
    <form method="get" action={action} aria-labelledby="filtres-tableau-titre" className="fr-mb-6w ti-no-print">
      <h2 id="filtres-tableau-titre" className="fr-h6 fr-mb-2w">
        Filtrer le tableau de bord
      </h2>
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
        <div className={column}>
          <Input
            label="Du mois"
            hintText="Format attendu : AAAA-MM"
            nativeInputProps={{ type: "month", name: "from", defaultValue: filters.from }}
          />
        </div>
        <div className={column}>
          <Input
            label="Au mois (inclus)"
            hintText="Format attendu : AAAA-MM"
            nativeInputProps={{ type: "month", name: "to", defaultValue: filters.to }}
          />
        </div>
        <div className={column}>
          <Select label="Levier" nativeSelectProps={{ name: "lever", defaultValue: filters.lever ?? "" }}>
            <option value="">Tous les leviers</option>
            {levers.map((lever) => (
              <option key={lever.code} value={lever.code}>
                {lever.label}
              </option>
            ))}
          </Select>
        </div>
        {regionChoice && (
          <div className={column}>
            <Select label="Région" nativeSelectProps={{ name: "region", defaultValue: regionChoice.selected ?? "" }}>
              <option value="">Toutes les régions</option>
              {regionChoice.regions.map((region) => (
                <option key={region.code} value={region.code}>
                  {region.name}
                </option>
              ))}
            </Select>
          </div>
        )}
      </div>
      <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--icon-left fr-mt-2w">
        <li>
          <Button type="submit" iconId="fr-icon-filter-line">
            Appliquer les filtres
          </Button>
        </li>
        {isFiltered && (
          <li>
            <Button priority="tertiary" linkProps={{ href: action }} iconId="fr-icon-close-line">
              Réinitialiser les filtres
            </Button>
          </li>
        )}
      </ul>
    </form>
  );
}
