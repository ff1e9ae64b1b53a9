// Rebuilds prisma/reference/geo/outlines.json (the map's intercommunalité and department outlines)
// from the commune and department outlines committed beside it: `npm run geo:outlines`.
import { readFile, writeFile } from "node:fs/promises";
import { OUTLINES_PATH, outlineSources, serializeOutlines } from "../../prisma/reference/geo/outline-sources";

const outlines = await outlineSources();
await writeFile(OUTLINES_PATH, serializeOutlines(outlines));
const size = (await readFile(OUTLINES_PATH)).byteLength;
console.log(
  `${OUTLINES_PATH}: ${Object.keys(outlines.epcis).length} intercommunalités, ` +
    `${Object.keys(outlines.departments).length} departments, ${Math.round(size / 1024)} kB`,
);
