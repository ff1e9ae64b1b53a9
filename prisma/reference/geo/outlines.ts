import { createRequire } from "node:module";
import type { OutlineSet } from "./outlines-build";

/** The map's outlines (outlines.json, rebuilt by scripts/geo/build-outlines.ts), read once. */
export function loadOutlines(): OutlineSet {
  return createRequire(import.meta.url)("./outlines.json") as OutlineSet;
}
