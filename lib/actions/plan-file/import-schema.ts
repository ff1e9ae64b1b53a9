import { text, uuid } from "@/lib/validation/fields";
import { z } from "@/lib/validation/zod";

// What the import form sends and what it gets back; shared by the server and the browser.

/** 2 MB: several hundred actions, well under the server's request size limit once in base64. */
export const MAX_IMPORT_BYTES = 2_000_000;
const MAX_BASE64_CHARS = Math.ceil(MAX_IMPORT_BYTES / 3) * 4;

export const importActionsInput = z.object({
  territoryId: uuid,
  fileName: text({
    min: 1,
    max: 255,
    requiredMessage: "Choisissez un fichier.",
    tooShortMessage: "Choisissez un fichier.",
    tooLongMessage: "Le nom du fichier est trop long.",
  }).regex(/\.(csv|xlsx)$/i, { message: "Choisissez un fichier Excel (.xlsx) ou CSV (.csv)." }),
  /** The file's bytes, in base64: a server action takes text. */
  content: z
    .string({ message: "Choisissez un fichier." })
    .max(MAX_BASE64_CHARS, { message: "Le fichier dépasse 2 Mo : découpez-le en plusieurs fichiers." })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: "Le fichier n'a pas pu être lu : choisissez-le à nouveau." }),
  /** false: say what the import would do; true: do it, if every row can be applied. */
  apply: z
    .preprocess(
      (value) => (value === "true" ? true : value === "false" ? false : value),
      z.boolean({ message: "Indiquez s'il faut seulement vérifier le fichier (false) ou l'importer (true)." }),
    )
    .default(false),
});
export type ImportActionsInput = z.output<typeof importActionsInput>;

export type ImportOutcome = "create" | "update" | "unchanged" | "error";

export type ImportRowReport = {
  /** Line in the file where the row starts, the header being line 1. */
  line: number;
  title: string;
  outcome: ImportOutcome;
  /** For an update: the fields that change, as the form names them. */
  changes: string[];
  /** `field` is the French column name, as in the file's header. */
  errors: { field: string; message: string }[];
};

/** All rows or none: `applied` is false as long as one row is in error. */
export type ImportReport = {
  applied: boolean;
  counts: Record<ImportOutcome, number>;
  rows: ImportRowReport[];
  territorySlug: string;
};
