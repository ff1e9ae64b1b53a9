import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { FeatureCollection } from "geojson";
import { epciOfCommunes } from "../official-data";
import { territories } from "../territories";
import { buildOutlines, type Outline, type OutlineSet } from "./outlines-build";

/** The derived file the seed reads; rebuilt by scripts/geo/build-outlines.ts. */
export const OUTLINES_PATH = fileURLToPath(new URL("./outlines.json", import.meta.url));

const sourcePath = (name: string) => fileURLToPath(new URL(`./${name}`, import.meta.url));

async function readCollection(name: string): Promise<FeatureCollection<Outline, { code: string }>> {
  return JSON.parse(await readFile(sourcePath(name), "utf8"));
}

/** The outlines as the committed sources and the official membership give them. */
export async function outlineSources(): Promise<OutlineSet> {
  const sirens = [...new Set(territories.flatMap((t) => t.intercommunalities.map((i) => i.epciSiren)))];
  const [communes, departments] = await Promise.all([
    readCollection("communes-2018-ti-normandie.geojson"),
    readCollection("departements-2018-normandie-et-voisins.geojson"),
  ]);
  return buildOutlines(communes, departments, epciOfCommunes(sirens));
}

/** One outline per line: readable diffs when a rebuild changes one. */
export function serializeOutlines(outlines: OutlineSet): string {
  const block = (entries: Record<string, Outline>) =>
    Object.entries(entries)
      .map(([key, outline]) => `    ${JSON.stringify(key)}: ${JSON.stringify(outline)}`)
      .join(",\n");
  return (
    `{\n  "attribution": ${JSON.stringify(outlines.attribution)},\n` +
    `  "epcis": {\n${block(outlines.epcis)}\n  },\n` +
    `  "departments": {\n${block(outlines.departments)}\n  }\n}\n`
  );
}
