import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { FeatureCollection } from "geojson";
import { geoArea, geoBounds, geoContains } from "d3-geo";
import { describe, expect, it } from "vitest";
import { loadEpcis } from "../official-data";
import { territories } from "../territories";
import { OUTLINES_PATH, outlineSources, serializeOutlines } from "./outline-sources";
import type { Outline } from "./outlines-build";
import { loadOutlines } from "./outlines";

const outlines = loadOutlines();
const sirens = [...new Set(territories.flatMap((t) => t.intercommunalities.map((i) => i.epciSiren)))];

/** Points of a regular grid over the outline's bounding box that lie inside it. */
function insidePoints(outline: Outline, steps = 40): [number, number][] {
  const [[west, south], [east, north]] = geoBounds(outline);
  const points: [number, number][] = [];
  for (let i = 0; i < steps; i++) {
    for (let j = 0; j < steps; j++) {
      const point: [number, number] = [
        west + ((i + 0.5) * (east - west)) / steps,
        south + ((j + 0.5) * (north - south)) / steps,
      ];
      if (geoContains(outline, point)) points.push(point);
    }
  }
  return points;
}

describe("the map's outlines", () => {
  it("are exactly what the rebuild script makes of the committed sources", async () => {
    const rebuilt = serializeOutlines(await outlineSources());
    expect(rebuilt === (await readFile(OUTLINES_PATH, "utf8"))).toBe(true);
  });

  it("give one outline to each of the 27 intercommunalités of the communiqué, and nothing else", () => {
    expect(sirens).toHaveLength(27);
    expect(Object.keys(outlines.epcis).sort()).toEqual([...sirens].sort());
    for (const outline of Object.values(outlines.epcis)) {
      // Wound as d3-geo expects (clockwise): an outline covering more than half the sphere would be inside out.
      expect(geoArea(outline)).toBeGreaterThan(0);
      expect(geoArea(outline)).toBeLessThan(0.001);
      expect(JSON.stringify(outline).length).toBeLessThan(8_000);
    }
  });

  it("draw each intercommunalité inside the departments the official data gives it", async () => {
    const source = JSON.parse(
      await readFile(
        fileURLToPath(new URL("./departements-2018-normandie-et-voisins.geojson", import.meta.url)),
        "utf8",
      ),
    ) as FeatureCollection<Outline, { code: string }>;
    const department = new Map(source.features.map((feature) => [feature.properties.code, feature.geometry]));
    for (const epci of loadEpcis(sirens)) {
      const points = insidePoints(outlines.epcis[epci.siren]!);
      expect(points.length, epci.name).toBeGreaterThan(100);
      const outside = points.filter(
        (point) => !epci.departmentCodes.some((code) => geoContains(department.get(code)!, point)),
      );
      // Simplification moves borders by a few hundred metres at most: a sliver, not a misplaced shape.
      expect(outside.length / points.length, epci.name).toBeLessThan(0.03);
    }
  });

  it("do not overlap beyond simplification error", () => {
    const entries = Object.entries(outlines.epcis).map(([siren, outline]) => ({
      siren,
      outline,
      bounds: geoBounds(outline),
      points: insidePoints(outline),
    }));
    for (const a of entries) {
      for (const b of entries) {
        if (a === b) continue;
        const [[aw, as], [ae, an]] = a.bounds;
        const [[bw, bs], [be, bn]] = b.bounds;
        if (aw > be || bw > ae || as > bn || bs > an) continue;
        const shared = a.points.filter((point) => geoContains(b.outline, point));
        expect(shared, `${a.siren} and ${b.siren}`).toHaveLength(0);
      }
    }
  });
});
