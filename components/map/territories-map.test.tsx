import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { ComparisonRow } from "@/lib/dashboard/types";
import { mapIndicators } from "@/lib/map/indicators";
import type { TerritoryMapDrawing } from "@/lib/map/queries";
import { comparisonRow } from "@/tests/comparison-rows";
import { mapSummary } from "./map-summary";
import { TerritoriesMap } from "./territories-map";

function row(slug: string, name: string, averageProgress: number | null): ComparisonRow {
  const actionCount = averageProgress === null ? 0 : 4;
  return comparisonRow(name, { unit: { id: slug, slug, name }, actionCount, vigilanceCount: 1, averageProgress });
}

const drawing: TerritoryMapDrawing = {
  width: 100,
  height: 80,
  background: [{ key: "76", d: "M0,0L100,0L100,80Z", labelAt: [50, 40] }],
  shapes: [
    { key: "axe-seine", d: "M10,10L40,10L40,40Z", labelAt: [30, 20] },
    { key: "sud-manche", d: "M50,50L90,50L90,70Z", labelAt: [75, 60] },
  ],
  withoutOutline: ["synthetique"],
  territories: [
    { id: "axe-seine", slug: "axe-seine", name: "Axe Seine" },
    { id: "sud-manche", slug: "sud-manche", name: "Sud Manche" },
    { id: "synthetique", slug: "synthetique", name: "Territoire synthétique" },
  ],
};

describe("TerritoriesMap", () => {
  const rows = [
    row("axe-seine", "Axe Seine", 57),
    row("sud-manche", "Sud Manche", null),
    row("synthetique", "Territoire synthétique", 12),
  ];
  const html = renderToStaticMarkup(
    <TerritoriesMap
      drawing={drawing}
      rows={rows}
      indicator={mapIndicators.avancement}
      definition="Moyenne…"
      territoryHref={(slug) => `/territoires/${slug}`}
      choiceHref={(code) => `/comparaison?carte=${code}`}
    />,
  );

  it("makes each drawn territory a link named with its figure", () => {
    expect(html).toContain(
      'href="/territoires/axe-seine" class="ti-map__shape" aria-label="Axe Seine, avancement moyen : 57 %"',
    );
    expect(html).toContain('aria-label="Sud Manche, avancement moyen : aucune action"');
    expect(html).toContain("<title>Axe Seine : 57 %</title>");
  });

  it("lists the territories without an outline under the map, and every figure in the table", () => {
    expect(html).toMatch(/Sans contour \(non dessinés\).*Territoire synthétique.*\(12 %\)/);
    expect(html.match(/<tr>/g)).toHaveLength(4);
    expect(html).toContain("Source : IGN – Admin Express COG 2018, Licence Ouverte");
  });

  it("draws no empty map when no territory has an outline, and lists them all", () => {
    const withoutAny = renderToStaticMarkup(
      <TerritoriesMap
        drawing={{ ...drawing, shapes: [], background: [], withoutOutline: ["axe-seine", "sud-manche", "synthetique"] }}
        rows={rows}
        indicator={mapIndicators.avancement}
        definition="Moyenne…"
        territoryHref={(slug) => `/territoires/${slug}`}
        choiceHref={(code) => `/comparaison?carte=${code}`}
      />,
    );
    expect(withoutAny).not.toContain('<svg class="ti-map__svg"');
    expect(withoutAny).toMatch(/Sans contour \(non dessinés\).*Axe Seine.*Sud Manche.*Territoire synthétique/);
  });

  it("marks the chosen indicator and links to the others", () => {
    expect(html).toContain('<a class="fr-tag" aria-current="true" href="/comparaison?carte=avancement">');
    expect(html).toContain('href="/comparaison?carte=financements"');
  });

  it("sums the map up in one sentence", () => {
    expect(
      mapSummary(mapIndicators.avancement, [
        { name: "Axe Seine", value: 57 },
        { name: "Sud Manche", value: null },
        { name: "Caen Industrie", value: 52 },
      ]),
    ).toBe("Avancement moyen : de 52 % (Caen Industrie) à 57 % (Axe Seine). 1 territoire n'a aucune action.");
  });
});
