import { uuid } from "@/lib/validation/fields";
import { z } from "@/lib/validation/zod";

// What the import form sends and what it gets back; shared by the server and the browser.

/** About 2 MB of text: several hundred actions, well under the server's request size limit. */
export const MAX_IMPORT_CHARS = 2_000_000;

export const importActionsInput = z.object({
  territoryId: uuid,
  csv: z
    .string({ message: "Choisissez un fichier CSV." })
    .max(MAX_IMPORT_CHARS, { message: "Le fichier dépasse 2 Mo : découpez-le en plusieurs fichiers." }),
});
export type ImportActionsInput = z.output<typeof importActionsInput>;

export type ImportRowReport = {
  /** Line in the file where the row starts, the header being line 1. */
  line: number;
  status: "ok" | "error";
  title: string;
  /** `field` is the French column name, as in the file's header. */
  errors: { field: string; message: string }[];
};

/** All rows or none: `imported` is 0 as soon as one row has an error. */
export type ImportReport = { imported: number; rows: ImportRowReport[]; territorySlug: string };
