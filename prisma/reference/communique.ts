import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface CommuniqueTerritory {
  name: string;
  intercommunalities: string[];
}

/**
 * Reads the territories straight from the founding communiqué's text (a verbatim copy kept in the
 * repository), so tests compare the data against the document rather than against another list.
 * Its bullets read `- « **Name** » : A, B, C (Region note), D`.
 */
export function parseFoundingCommunique(): CommuniqueTerritory[] {
  const path = fileURLToPath(new URL("./communique-2018-11-22.md", import.meta.url));
  const text = readFileSync(path, "utf8");
  const bullet = /^- « \*\*(.+?)\*\* » : (.+)$/;
  return text
    .split(/\r?\n/)
    .map((line) => bullet.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map(([, name = "", list = ""]) => ({
      name,
      intercommunalities: list
        .split(",")
        // "(Hauts de France)" and the like are region notes, not part of the name.
        .map((item) => item.replace(/\s*\([^)]*\)\s*$/, "").trim()),
    }));
}
