import type { MapClass } from "@/lib/map/indicators";
import { classFill } from "./map-styles";

/** The classes of the map, each with its colour and pattern, and the class of "no action". */
export function MapLegend({ prefix, title, classes }: { prefix: string; title: string; classes: MapClass[] }) {
  const items = [
    ...classes.map((mapClass) => ({ key: String(mapClass.index), label: mapClass.label, index: mapClass.index })),
    { key: "vide", label: "aucune action", index: null },
  ];
  return (
    <div>
      <p className="fr-text--sm fr-mb-0 fr-mt-1w" id={`${prefix}-legende-titre`}>
        Légende : {title.toLowerCase()}
      </p>
      <ul className="ti-map__legend fr-text--sm" aria-labelledby={`${prefix}-legende-titre`}>
        {items.map((item) => (
          <li key={item.key}>
            <svg className="ti-map__swatch" width="24" height="16" aria-hidden="true" focusable="false">
              <rect width="24" height="16" fill={classFill(prefix, item.index)} />
            </svg>
            {item.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
