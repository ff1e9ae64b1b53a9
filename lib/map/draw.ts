import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { geoArea, geoConicConformal, geoPath } from "d3-geo";
import { merge } from "topojson-client";
import { topology } from "topojson-server";
import type { GeometryCollection } from "topojson-specification";

/**
 * Draws the map on the server: outlines (GeoJSON, WGS 84) projected to SVG paths with d3-geo, in
 * the conic conformal projection of France's maps, fitted to the shapes in focus. No tile, no
 * request leaves the app: the page carries the SVG.
 */

export type Outline = Polygon | MultiPolygon;

export type MapShapeSource = { key: string; outlines: Outline[] };

export type DrawnShape = {
  key: string;
  /** SVG path data, in the map's viewBox. */
  d: string;
  /** Where a label or tooltip goes: the shape's centroid, in the viewBox. */
  labelAt: [number, number];
};

export type DrawnMap = {
  width: number;
  height: number;
  /** The background: outlines drawn around and under the shapes. */
  background: DrawnShape[];
  shapes: DrawnShape[];
  /** Keys of the shapes without any outline: listed under the map as "sans contour". */
  withoutOutline: string[];
};

export const MAP_WIDTH = 600;
const PADDING = 12;

export function drawMap(shapes: MapShapeSource[], background: MapShapeSource[], width = MAP_WIDTH): DrawnMap {
  const drawable = shapes.filter((shape) => shape.outlines.length > 0);
  const united = drawable.map((shape) => ({ key: shape.key, geometry: union(shape.outlines.map(windForD3)) }));
  const focus: FeatureCollection<Outline> = {
    type: "FeatureCollection",
    features: united.map(({ geometry }) => asFeature(geometry)),
  };
  const projection = geoConicConformal().parallels([44, 49]).rotate([-3, 0]);
  // Fitted inside a box no taller than wide, then cropped to the shapes: a long, narrow territory
  // does not make a map taller than a phone's screen.
  if (focus.features.length > 0) projection.fitSize([width - 2 * PADDING, width - 2 * PADDING], focus);
  const path = geoPath(projection).digits(1);
  const [[left, top], [right, bottom]] =
    focus.features.length > 0
      ? path.bounds(focus)
      : [
          [0, 0],
          [0, 0],
        ];
  const [x, y] = projection.translate();
  projection.translate([x - left + PADDING, y - top + PADDING]);
  const draw = (key: string, geometry: Outline): DrawnShape => {
    const feature = asFeature(geometry);
    const [x, y] = path.centroid(feature);
    return { key, d: path(feature) ?? "", labelAt: [round(x), round(y)] };
  };
  return {
    width: Math.ceil(right - left + 2 * PADDING),
    height: Math.ceil(bottom - top + 2 * PADDING),
    background: background
      .filter((shape) => shape.outlines.length > 0)
      .map((shape) => draw(shape.key, union(shape.outlines.map(windForD3)))),
    shapes: united.map(({ key, geometry }) => draw(key, geometry)),
    withoutOutline: shapes.filter((shape) => shape.outlines.length === 0).map((shape) => shape.key),
  };
}

/**
 * One shape of several outlines, without the borders they share: the outlines are built on one
 * topology (scripts/geo/build-outlines.ts), so a shared border has the very same points on both
 * sides and topojson's merge removes it.
 */
export function union(outlines: Outline[]): Outline {
  if (outlines.length === 1) return outlines[0]!;
  const collection: FeatureCollection<Outline> = { type: "FeatureCollection", features: outlines.map(asFeature) };
  const shared = topology({ outlines: collection });
  return merge(shared as never, (shared.objects.outlines as GeometryCollection).geometries as never);
}

/**
 * d3-geo takes a ring's winding to say which side is inside (clockwise, the opposite of RFC 7946):
 * an outline that would cover more than half the sphere is wound the other way, and reversed.
 */
export function windForD3(outline: Outline): Outline {
  if (geoArea(outline) <= 2 * Math.PI) return outline;
  return outline.type === "Polygon"
    ? { type: "Polygon", coordinates: outline.coordinates.map((ring) => [...ring].reverse()) }
    : {
        type: "MultiPolygon",
        coordinates: outline.coordinates.map((polygon) => polygon.map((ring) => [...ring].reverse())),
      };
}

function asFeature(geometry: Outline): Feature<Outline> {
  return { type: "Feature", properties: {}, geometry };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
