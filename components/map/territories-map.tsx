import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import type { ComparisonRow } from "@/lib/dashboard/types";
import type { MapIndicator, MapIndicatorCode } from "@/lib/map/indicators";
import { classOf, mapClasses, mapIndicatorCodes, mapIndicators } from "@/lib/map/indicators";
import type { TerritoryMapDrawing } from "@/lib/map/queries";
import { GEO_ATTRIBUTION } from "@/lib/map/attribution";
import { MapLegend } from "./map-legend";
import { mapSummary } from "./map-summary";
import { classFill, MapPatterns } from "./map-styles";
import { MapTooltip } from "./map-tooltip";
import "./map.css";

const PREFIX = "carte-territoires";

/**
 * The territories in the comparison's scope on a map, coloured by the chosen indicator. Each shape
 * is a link to the territory's dashboard whose accessible name carries the figure; the table beside
 * it has the same figures, so the map is never the only way to them (RGAA 1.1, 4.1).
 */
export function TerritoriesMap({
  drawing,
  rows,
  indicator,
  definition,
  territoryHref,
  choiceHref,
}: {
  drawing: TerritoryMapDrawing;
  rows: ComparisonRow[];
  indicator: MapIndicator;
  /** What the figure counts, as the tiles say it. */
  definition: string;
  territoryHref: (slug: string) => string;
  choiceHref: (code: MapIndicatorCode) => string;
}) {
  const bySlug = new Map(rows.map((row) => [row.unit.slug, row]));
  const entries = drawing.territories.map((territory) => {
    const row = bySlug.get(territory.slug);
    return { ...territory, value: row ? indicator.value(row) : null };
  });
  const classes = mapClasses(
    indicator,
    entries.map((entry) => entry.value),
  );
  const valueText = (value: number | null) => (value === null ? "aucune action" : indicator.format(value));
  const entryBySlug = new Map(entries.map((entry) => [entry.slug, entry]));
  const withoutOutline = entries.filter((entry) => drawing.withoutOutline.includes(entry.slug));
  return (
    <section aria-labelledby="carte-titre" className="fr-mb-6w">
      <h2 id="carte-titre">Carte des territoires</h2>
      <nav aria-label="Indicateur de la carte" className="ti-no-print">
        <p className="fr-mb-1w" id="carte-indicateur">
          Colorer les territoires selon :
        </p>
        <ul className="fr-tags-group ti-map__choices" aria-labelledby="carte-indicateur">
          {mapIndicatorCodes.map((code) => (
            <li key={code}>
              <Link
                className="fr-tag"
                href={choiceHref(code)}
                aria-current={code === indicator.code ? "true" : undefined}
              >
                {mapIndicators[code].label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-lg-7">
          <figure className="fr-m-0" aria-labelledby="carte-legende">
            <figcaption id="carte-legende">
              <p className="fr-text--bold fr-mb-1v">{indicator.label} par territoire</p>
              <p className="fr-text--sm fr-mb-1v" id="carte-resume">
                {mapSummary(indicator, entries)}
              </p>
              <p className="fr-text--xs ti-definition fr-mb-1w">{definition}</p>
            </figcaption>
            {drawing.shapes.length > 0 && (
              <MapTooltip>
                <svg
                  className="ti-map__svg"
                  viewBox={`0 0 ${drawing.width} ${drawing.height}`}
                  role="group"
                  aria-label={`Carte : ${indicator.label.toLowerCase()} par territoire`}
                  aria-describedby="carte-resume"
                >
                  <MapPatterns prefix={PREFIX} />
                  <g className="ti-map__background" aria-hidden="true">
                    {drawing.background.map((department) => (
                      <path key={department.key} d={department.d} />
                    ))}
                  </g>
                  {drawing.shapes.map((shape) => {
                    const entry = entryBySlug.get(shape.key)!;
                    const label = `${entry.name} : ${valueText(entry.value)}`;
                    const index = entry.value === null ? null : classOf(classes, entry.value).index;
                    return (
                      <a
                        key={shape.key}
                        href={territoryHref(shape.key)}
                        className="ti-map__shape"
                        aria-label={`${entry.name}, ${indicator.label.toLowerCase()} : ${valueText(entry.value)}`}
                        data-tip={label}
                        data-tip-x={((100 * shape.labelAt[0]) / drawing.width).toFixed(1)}
                        data-tip-y={((100 * shape.labelAt[1]) / drawing.height).toFixed(1)}
                      >
                        <title>{label}</title>
                        <path d={shape.d} fill={classFill(PREFIX, index)} />
                      </a>
                    );
                  })}
                </svg>
              </MapTooltip>
            )}
            <MapLegend prefix={PREFIX} title={indicator.label} classes={classes} />
            {withoutOutline.length > 0 && (
              <p className="fr-text--sm">
                Sans contour (non dessinés) :{" "}
                {withoutOutline.map((entry, position) => (
                  <span key={entry.slug}>
                    {position > 0 && ", "}
                    <Link href={territoryHref(entry.slug)}>{entry.name}</Link> ({valueText(entry.value)})
                  </span>
                ))}
                .
              </p>
            )}
            <p className="fr-text--xs fr-mb-0">{GEO_ATTRIBUTION}</p>
          </figure>
        </div>
        <div className="fr-col-12 fr-col-lg-5">
          <DataTable caption={`${indicator.label} par territoire`} hideCaption size="sm">
            <thead>
              <tr>
                <th scope="col">Territoire</th>
                <th scope="col">{indicator.label}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.slug}>
                  <th scope="row">
                    <Link href={territoryHref(entry.slug)}>{entry.name}</Link>
                  </th>
                  <td>{valueText(entry.value)}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </div>
      </div>
    </section>
  );
}
