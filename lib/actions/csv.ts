import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { convertRow, type ImportedActionInput, type PlanReferenceData, type RowError } from "./csv-row";
import {
  columnHeader,
  columnKeyOf,
  formatFrenchDay,
  planColumns,
  planHeaders,
  toPlanCells,
  type ActionExportRow,
  type PlanColumnKey,
} from "./plan-columns";

// An action plan as CSV for French spreadsheets: UTF-8 with a byte order mark (without it, Excel
// reads UTF-8 as Windows-1252 and garbles accents) and `;` as separator (Excel in French uses `,` as
// the decimal mark, so it expects `;` between fields). Columns: lib/actions/plan-columns.ts; the
// funding and indicator cells: lib/actions/plan-cells.ts.

export type { ImportedActionInput, PlanReferenceData, RowError } from "./csv-row";

export const MAX_IMPORT_ROWS = 500;

export type ParsedActionRow =
  | { ok: true; line: number; title: string; input: ImportedActionInput }
  | { ok: false; line: number; title: string; errors: RowError[] };

/** The file as a whole cannot be read (not CSV, wrong separator, missing columns): nothing per row. */
export class CsvFileError extends Error {
  constructor(readonly messages: string[]) {
    super(messages.join(" "));
    this.name = "CsvFileError";
  }
}

// A spreadsheet runs a cell starting with = + - @ as a formula (CSV injection): such text cells are
// written with a leading apostrophe, which the import removes again, so the round trip is exact.
const formulaStart = /^'*[=+\-@\t\r]/;

function protectFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

function unprotectFormula(text: string): string {
  return text.startsWith("'") && formulaStart.test(text) ? text.slice(1) : text;
}

export function exportActionsCsv(rows: readonly ActionExportRow[]): string {
  const records = rows.map((row) => {
    const cells = toPlanCells(row);
    return planColumns.map(({ key, kind }) => {
      const value = cells[key];
      if (value === null) return "";
      if (kind === "date") return formatFrenchDay(String(value));
      return typeof value === "number" ? String(value) : protectFormula(value);
    });
  });
  return stringify([planHeaders, ...records], { delimiter: ";", bom: true, record_delimiter: "windows" });
}

type RawRecord = { line: number; cells: Partial<Record<PlanColumnKey, string>> };

const csvErrorMessages: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: "un guillemet « \" » ouvert n'est jamais refermé",
  CSV_INVALID_CLOSING_QUOTE: "un guillemet « \" » est mal placé (doublez les guillemets à l'intérieur d'une cellule)",
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: "du texte suit un guillemet fermant",
};

function unreadableFile(error: unknown): CsvFileError {
  const code = typeof error === "object" && error && "code" in error ? String(error.code) : "";
  const lines = typeof error === "object" && error && "lines" in error ? Number(error.lines) : NaN;
  const where = Number.isFinite(lines) ? ` (ligne ${lines})` : "";
  const reason = csvErrorMessages[code] ?? "le fichier n'est pas au format CSV";
  return new CsvFileError([`Le fichier ne peut pas être lu${where} : ${reason}.`]);
}

function checkHeader(header: string[]): void {
  const messages: string[] = [];
  const named = header.map((name) => name.trim()).filter((name) => name !== "");
  if (named.length === 1 && named[0]!.includes(",")) {
    throw new CsvFileError([
      "Les colonnes doivent être séparées par des points-virgules « ; », comme dans l'export de TI Pilotage et les fichiers CSV d'Excel en français.",
    ]);
  }
  const unknown = named.filter((name) => !columnKeyOf(name));
  if (unknown.length) {
    messages.push(
      `Colonne${unknown.length > 1 ? "s" : ""} inconnue${unknown.length > 1 ? "s" : ""} : ${unknown.map((name) => `« ${name} »`).join(", ")}. Colonnes reconnues : ${planHeaders.join(", ")}.`,
    );
  }
  const keys = named.map(columnKeyOf).filter((key): key is PlanColumnKey => key !== undefined);
  const repeated = [...new Set(keys.filter((key, index) => keys.indexOf(key) !== index))];
  for (const key of repeated) messages.push(`La colonne « ${columnHeader(key)} » apparaît plusieurs fois.`);
  const missing = planColumns.filter((column) => column.required && !keys.includes(column.key));
  if (missing.length) {
    messages.push(`Colonnes obligatoires manquantes : ${missing.map((column) => column.header).join(", ")}.`);
  }
  if (messages.length) throw new CsvFileError(messages);
}

/** The line in the file where a record starts, counting the header as line 1. */
function startLine(endLine: number, raw: string): number {
  const content = raw.replace(/^[\r\n]+/, "").replace(/\r?\n$/, "");
  return endLine - (content.match(/\n/g)?.length ?? 0);
}

function readRecords(text: string): RawRecord[] {
  if (text.replace(/^\ufeff/, "").trim() === "") throw new CsvFileError(["Le fichier est vide."]);
  let header: string[] = [];
  let parsed: { record: Record<string, string>; raw: string; info: { lines: number } }[];
  try {
    parsed = parse(text, {
      delimiter: ";",
      bom: true,
      // Headers are matched loosely (case, accents) and checked below; a blank header is skipped.
      columns: (names: string[]) => {
        header = names;
        return names.map((name) => (name.trim() === "" ? false : (columnKeyOf(name) ?? name)));
      },
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      info: true,
      raw: true,
    });
  } catch (error) {
    throw unreadableFile(error);
  }
  checkHeader(header);
  const records = parsed
    .map(({ record, raw, info }) => ({ line: startLine(info.lines, raw), cells: record }))
    .filter(({ cells }) => Object.values(cells).some((value) => (value ?? "").trim() !== ""));
  if (records.length === 0) {
    throw new CsvFileError([
      "Le fichier ne contient aucune action : ajoutez une ligne par action sous la ligne d'en-tête.",
    ]);
  }
  if (records.length > MAX_IMPORT_ROWS) {
    throw new CsvFileError([
      `Le fichier contient ${records.length} actions : importez-en ${MAX_IMPORT_ROWS} au plus à la fois, en le découpant en plusieurs fichiers.`,
    ]);
  }
  return records.map(({ line, cells }) => ({
    line,
    // PostgreSQL text cannot hold NUL characters, which no person means to type.
    cells: Object.fromEntries(
      Object.entries(cells).map(([key, value]) => [key, unprotectFormula((value ?? "").replace(/\0/g, ""))]),
    ),
  }));
}

/**
 * Reads an action plan file and validates each row with the schema of the action form, after
 * turning labels into codes: every row comes back either as a createAction input or with its errors,
 * named by column. Throws CsvFileError when the file as a whole cannot be read.
 */
export function parseActionsCsv(text: string, referenceData: PlanReferenceData): ParsedActionRow[] {
  return readRecords(text).map(({ line, cells }) => {
    const title = (cells.title ?? "").trim();
    const result = convertRow(cells, referenceData);
    return result.ok
      ? { ok: true, line, title, input: result.input }
      : { ok: false, line, title, errors: result.errors };
  });
}
