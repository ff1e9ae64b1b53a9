import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { feature, mergeArcs } from "topojson-client";
import { topology } from "topojson-server";
import { presimplify, quantile, simplify } from "topojson-simplify";
import type { GeometryCollection } from "topojson-specification";
import { GEO_ATTRIBUTION } from "../../../lib/map/attribution";

/**
 * Derives the map's outlines from the 2018 commune and department outlines (IGN Admin Express COG
 * 2018): each intercommunalité is the union of its communes, dissolved on the topology so that
 * neighbours share the very same border, then every outline is simplified on that shared topology
 * (Visvalingam, keeping the given share of points), so that simplification opens no gap and no
 * overlap between neighbours. Pure and deterministic: scripts/geo/build-outlines.ts writes its
 * result to outlines.json, and a test checks the committed file is exactly what it gives.
 */

export type Outline = Polygon | MultiPolygon;

export type OutlineSet = {
  attribution: string;
  /** Current intercommunalités by SIREN. */
  epcis: Record<string, Outline>;
  /** Departments by INSEE code, for the background. */
  departments: Record<string, Outline>;
};

/** Share of the points kept (12 %): a few kB per intercommunalité, borders still recognisable. */
const KEPT_SHARE = 0.12;
/** About one metre: enough for a map drawn a few hundred pixels wide. */
const DECIMALS = 5;

type CodedFeature = Feature<Outline, { code: string }>;

export function buildOutlines(
  communes: FeatureCollection<Outline, { code: string }>,
  departments: FeatureCollection<Outline, { code: string }>,
  epciOfCommune: ReadonlyMap<string, string>,
): OutlineSet {
  const missing = communes.features.filter((commune) => !epciOfCommune.has(commune.properties.code));
  if (missing.length > 0) {
    throw new Error(`Communes without a current intercommunalité: ${missing.map((c) => c.properties.code).join(", ")}`);
  }
  return {
    attribution: GEO_ATTRIBUTION,
    epcis: dissolveAndSimplify(communes.features, (commune) => epciOfCommune.get(commune.properties.code)!),
    departments: simplifyShared(
      departments.features.map((department) => ({ ...department, id: department.properties.code })),
    ),
  };
}

function dissolveAndSimplify(
  features: CodedFeature[],
  groupOf: (feature: CodedFeature) => string,
): Record<string, Outline> {
  const parts = topology({ parts: collectionOf(features) }, 1e6);
  const geometries = (parts.objects.parts as GeometryCollection).geometries;
  const groups = new Map<string, typeof geometries>();
  features.forEach((source, index) => {
    const key = groupOf(source);
    groups.set(key, [...(groups.get(key) ?? []), geometries[index]!]);
  });
  const keys = [...groups.keys()].sort();
  const dissolved = feature(parts, {
    type: "GeometryCollection",
    geometries: keys.map((key) => ({ ...mergeArcs(parts, groups.get(key) as never), id: key })),
  }) as FeatureCollection<Outline>;
  return simplifyShared(dissolved.features);
}

/**
 * Simplifies on a topology of the dissolved outlines themselves: a border two outlines share is one
 * arc, simplified once, and only the points where three outlines meet are fixed.
 */
function simplifyShared(features: Feature<Outline>[]): Record<string, Outline> {
  const shared = topology({ outlines: collectionOf(features) }, 1e6);
  const weighted = presimplify(shared as unknown as Parameters<typeof presimplify>[0]);
  // quantile() sorts the weights in descending order: its p-quantile keeps that share of the points.
  const simplified = simplify(weighted, quantile(weighted, KEPT_SHARE));
  const collection = feature(
    simplified,
    simplified.objects.outlines as GeometryCollection,
  ) as FeatureCollection<Outline>;
  return Object.fromEntries(collection.features.map((outline) => [String(outline.id), rounded(outline.geometry)]));
}

function collectionOf(features: Feature<Outline>[]): FeatureCollection<Outline> {
  return { type: "FeatureCollection", features };
}

function rounded(geometry: Outline): Outline {
  const round = (value: number) => Number(value.toFixed(DECIMALS));
  const ring = (points: number[][]) => points.map(([lon, lat]) => [round(lon!), round(lat!)]);
  return geometry.type === "Polygon"
    ? { type: "Polygon", coordinates: geometry.coordinates.map(ring) }
    : { type: "MultiPolygon", coordinates: geometry.coordinates.map((polygon) => polygon.map(ring)) };
}
