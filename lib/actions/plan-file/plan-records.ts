import {
  columnIdentity,
  columnOfHeader,
  normalizeName,
  requiredHeaders,
  type FieldColumnKey,
  type IndicatorPart,
  type PlanColumn,
  type PlanReferenceData,
} from "./plan-columns";

// A plan file's rows as the cells of each kind of column, whether the file was CSV or XLSX: the
// readers (lib/actions/csv.ts, lib/actions/xlsx.ts) turn their format into a header and text rows,
// and this module checks the header and sorts the cells.

export const MAX_IMPORT_ROWS = 500;

/** The file as a whole cannot be read (not CSV or XLSX, missing columns…): nothing per row. */
export class PlanFileError extends Error {
  constructor(readonly messages: string[]) {
    super(messages.join(" "));
    this.name = "PlanFileError";
  }
}

export type PlanRecord = {
  /** Line in the file where the row starts, the header being line 1. */
  line: number;
  fields: Partial<Record<FieldColumnKey, string>>;
  funding: Record<string, { requested?: string; granted?: string }>;
  indicators: Partial<Record<IndicatorPart, string>>[];
};

export type RawTable = { header: string[]; rows: { line: number; values: string[] }[] };

function checkHeader(columns: (PlanColumn | undefined)[], header: string[]): void {
  const messages: string[] = [];
  const unknown = header.filter((name, index) => name.trim() !== "" && !columns[index]);
  if (unknown.length) {
    messages.push(
      `Colonne${unknown.length > 1 ? "s" : ""} inconnue${unknown.length > 1 ? "s" : ""} : ${unknown.map((name) => `« ${name.trim()} »`).join(", ")}. Partez de l'export du plan pour avoir les bons intitulés.`,
    );
  }
  const identities = columns.flatMap((column) => (column ? [columnIdentity(column)] : []));
  const repeated = [...new Set(identities.filter((identity, index) => identities.indexOf(identity) !== index))];
  for (const identity of repeated) {
    const index = columns.findIndex((column) => column && columnIdentity(column) === identity);
    messages.push(`La colonne « ${header[index]!.trim()} » apparaît plusieurs fois.`);
  }
  const present = new Set(header.map(normalizeName));
  const missing = requiredHeaders.filter((name) => !present.has(normalizeName(name)));
  if (missing.length) messages.push(`Colonnes obligatoires manquantes : ${missing.join(", ")}.`);
  if (messages.length) throw new PlanFileError(messages);
}

/** Sorts each row's cells by column kind, after checking the header against the reference data. */
export function recordsFromTable(table: RawTable, referenceData: PlanReferenceData): PlanRecord[] {
  const columns = table.header.map((name) =>
    name.trim() === "" ? undefined : columnOfHeader(name, referenceData.funders),
  );
  checkHeader(columns, table.header);
  const rows = table.rows.filter(({ values }) => values.some((value) => value.trim() !== ""));
  if (rows.length === 0) {
    throw new PlanFileError([
      "Le fichier ne contient aucune action : ajoutez une ligne par action sous la ligne d'en-tête.",
    ]);
  }
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new PlanFileError([
      `Le fichier contient ${rows.length} actions : importez-en ${MAX_IMPORT_ROWS} au plus à la fois, en le découpant en plusieurs fichiers.`,
    ]);
  }
  return rows.map(({ line, values }) => {
    const record: PlanRecord = { line, fields: {}, funding: {}, indicators: [] };
    columns.forEach((column, index) => {
      const value = values[index] ?? "";
      if (!column) return;
      if (column.type === "field") record.fields[column.key] = value;
      else if (column.type === "funding") (record.funding[column.funderCode] ??= {})[column.amount] = value;
      else (record.indicators[column.index] ??= {})[column.part] = value;
    });
    return record;
  });
}
