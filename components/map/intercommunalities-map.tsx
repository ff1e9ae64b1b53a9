import { formatInteger } from "@/lib/format";
import type { IntercommunalityMapDrawing } from "@/lib/map/queries";
import { GEO_ATTRIBUTION } from "@/lib/map/attribution";
import { MapTooltip } from "./map-tooltip";
import "./map.css";

/** Pale DSFR illustrative backgrounds, one per intercommunalité in turn, under dark numbers. */
const fills = ["#e3e3fd", "#dffdf7", "#fee9e5", "#feecc2", "#e8edff", "#fbe6eb"];

/**
 * A territory's intercommunalités on a map, numbered as in the list under it (name and population):
 * actions belong to the territory, so the map shows where it lies, not figures per intercommunalité.
 * The composition table below the map carries the same facts.
 */
export function IntercommunalitiesMap({
  territoryName,
  drawing,
}: {
  territoryName: string;
  drawing: IntercommunalityMapDrawing;
}) {
  if (drawing.shapes.length === 0) {
    return <p className="fr-text--sm">Les contours des intercommunalités de ce territoire ne sont pas chargés.</p>;
  }
  const numberOf = new Map(drawing.intercommunalities.map((epci, index) => [epci.siren, index + 1]));
  const bySiren = new Map(drawing.intercommunalities.map((epci) => [epci.siren, epci]));
  const described = (siren: string) => {
    const epci = bySiren.get(siren)!;
    return `${epci.name}, ${formatInteger(epci.population)} habitants`;
  };
  return (
    <figure className="fr-mb-4w fr-mx-0" aria-labelledby="carte-interco-titre">
      <figcaption id="carte-interco-titre" className="fr-text--bold fr-mb-1w">
        Carte des intercommunalités du territoire {territoryName}
      </figcaption>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-7">
          <MapTooltip>
            <svg
              className="ti-map__svg"
              viewBox={`0 0 ${drawing.width} ${drawing.height}`}
              role="img"
              aria-labelledby="carte-interco-titre carte-interco-resume"
            >
              <g className="ti-map__background">
                {drawing.background.map((department) => (
                  <path key={department.key} d={department.d} />
                ))}
              </g>
              {drawing.shapes.map((shape) => (
                <g
                  key={shape.key}
                  className="ti-map__shape"
                  data-tip={described(shape.key)}
                  data-tip-x={((100 * shape.labelAt[0]) / drawing.width).toFixed(1)}
                  data-tip-y={((100 * shape.labelAt[1]) / drawing.height).toFixed(1)}
                >
                  <path d={shape.d} fill={fills[(numberOf.get(shape.key)! - 1) % fills.length]} />
                </g>
              ))}
              {drawing.shapes.map((shape) => (
                <text
                  key={shape.key}
                  className="ti-map__label"
                  x={shape.labelAt[0]}
                  y={shape.labelAt[1]}
                  textAnchor="middle"
                  dominantBaseline="central"
                >
                  {numberOf.get(shape.key)}
                </text>
              ))}
            </svg>
          </MapTooltip>
          <p className="fr-text--xs fr-mb-0">{GEO_ATTRIBUTION}</p>
        </div>
        <div className="fr-col-12 fr-col-md-5">
          <p className="fr-text--sm fr-mb-1w" id="carte-interco-resume">
            {drawing.intercommunalities.length === 1
              ? "Le territoire couvre une intercommunalité :"
              : `Le territoire réunit ${drawing.intercommunalities.length} intercommunalités :`}
          </p>
          <ol className="fr-text--sm">
            {drawing.intercommunalities.map((epci) => (
              <li key={epci.siren}>
                {epci.name} ({formatInteger(epci.population)} habitants)
                {drawing.withoutOutline.includes(epci.siren) && " — sans contour"}
              </li>
            ))}
          </ol>
        </div>
      </div>
    </figure>
  );
}
