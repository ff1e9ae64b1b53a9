import { geoArea } from "d3-geo";
import { describe, expect, it } from "vitest";
import { loadOutlines } from "@/prisma/reference/geo/outlines";
import { territories } from "@/prisma/reference/territories";
import { drawMap, union, windForD3, type Outline } from "./draw";

const outlines = loadOutlines();
// Vallée de la Bresle: intercommunalités of Seine-Maritime and of the Somme, side by side.
const bresle = territories.find((territory) => territory.slug === "vallee-de-la-bresle")!;

function polygonsOf(outline: Outline): number {
  return outline.type === "Polygon" ? 1 : outline.coordinates.length;
}

describe("drawMap", () => {
  it("unites a territory's intercommunalités into one shape without their shared borders", () => {
    const parts = bresle.intercommunalities.map(({ epciSiren }) => outlines.epcis[epciSiren]!);
    expect(parts).toHaveLength(3);
    const whole = union(parts);
    const areas = parts.map((part) => geoArea(part));
    expect(geoArea(whole)).toBeCloseTo(
      areas.reduce((a, b) => a + b),
      10,
    );
    expect(polygonsOf(whole)).toBe(1);
    expect(polygonsOf(whole)).toBeLessThan(parts.map(polygonsOf).reduce((a, b) => a + b));
  });

  it("projects the shapes inside the view box and lists those without an outline", () => {
    const drawing = drawMap(
      [
        { key: "dessine", outlines: Object.values(outlines.epcis).slice(0, 3) },
        { key: "sans-contour", outlines: [] },
      ],
      [{ key: "76", outlines: [outlines.departments["76"]!] }],
    );
    expect(drawing.shapes.map((shape) => shape.key)).toEqual(["dessine"]);
    expect(drawing.withoutOutline).toEqual(["sans-contour"]);
    expect(drawing.background).toHaveLength(1);
    const numbers = drawing.shapes[0]!.d.match(/-?\d+(\.\d+)?/g)!.map(Number);
    expect(Math.min(...numbers)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...numbers)).toBeLessThanOrEqual(Math.max(drawing.width, drawing.height));
    const [x, y] = drawing.shapes[0]!.labelAt;
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(drawing.width);
    expect(y).toBeGreaterThan(0);
    expect(y).toBeLessThan(drawing.height);
  });

  it("rewinds an outline wound the RFC 7946 way, which d3-geo would fill inside out", () => {
    const square: Outline = {
      type: "Polygon",
      coordinates: [
        [
          [0, 49],
          [1, 49],
          [1, 50],
          [0, 50],
          [0, 49],
        ],
      ],
    };
    expect(geoArea(square)).toBeGreaterThan(2 * Math.PI);
    expect(geoArea(windForD3(square))).toBeLessThan(0.001);
  });
});
