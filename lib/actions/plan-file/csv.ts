import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { cellValue, formatFrenchDay, indicatorSlotsFor, planColumnsFor, type ActionExportRow } from "./plan-columns";
import type { PlanReferenceData } from "./plan-columns";
import { PlanFileError, recordsFromTable, type RawTable } from "./plan-records";
import { convertRow, type ImportedActionInput, type RowError } from "./plan-row";

// An action plan as CSV for French spreadsheets: UTF-8 with a byte order mark (without it, Excel
// reads UTF-8 as Windows-1252 and garbles accents) and `;` as separator (Excel in French uses `,` as
// the decimal mark, so it expects `;` between fields). Columns: lib/actions/plan-columns.ts.

// A spreadsheet runs a cell starting with = + - @ as a formula (CSV injection): such text cells are
// written with a leading apostrophe, which the import removes again, so the round trip is exact.
const formulaStart = /^'*[=+\-@\t\r]/;

export function protectFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

function unprotectFormula(text: string): string {
  return text.startsWith("'") && formulaStart.test(text) ? text.slice(1) : text;
}

export function exportActionsCsv(rows: readonly ActionExportRow[], funders: PlanReferenceData["funders"]): string {
  const columns = planColumnsFor(funders, indicatorSlotsFor(rows));
  const records = rows.map((row) =>
    columns.map((column) => {
      const value = cellValue(row, column);
      if (value === null) return "";
      if (column.kind === "date") return formatFrenchDay(String(value));
      if (typeof value === "number") return String(value).replace(".", ",");
      return protectFormula(value);
    }),
  );
  return stringify([columns.map((column) => column.header), ...records], {
    delimiter: ";",
    bom: true,
    record_delimiter: "windows",
  });
}

const csvErrorMessages: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: "un guillemet « \" » ouvert n'est jamais refermé",
  CSV_INVALID_CLOSING_QUOTE: "un guillemet « \" » est mal placé (doublez les guillemets à l'intérieur d'une cellule)",
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: "du texte suit un guillemet fermant",
};

function unreadableFile(error: unknown): PlanFileError {
  const code = typeof error === "object" && error && "code" in error ? String(error.code) : "";
  const lines = typeof error === "object" && error && "lines" in error ? Number(error.lines) : NaN;
  const where = Number.isFinite(lines) ? ` (ligne ${lines})` : "";
  const reason = csvErrorMessages[code] ?? "le fichier n'est pas au format CSV";
  return new PlanFileError([`Le fichier ne peut pas être lu${where} : ${reason}.`]);
}

/** The line in the file where a record starts, counting the header as line 1. */
function startLine(endLine: number, raw: string): number {
  const content = raw.replace(/^[\r\n]+/, "").replace(/\r?\n$/, "");
  return endLine - (content.match(/\n/g)?.length ?? 0);
}

/** A CSV file as a header and rows of text (formulas' protective apostrophes removed). */
export function readCsvTable(text: string): RawTable {
  if (text.replace(/^\ufeff/, "").trim() === "") throw new PlanFileError(["Le fichier est vide."]);
  let parsed: { record: string[]; raw: string; info: { lines: number } }[];
  try {
    parsed = parse(text, {
      delimiter: ";",
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      raw: true,
    }) as unknown as typeof parsed;
  } catch (error) {
    throw unreadableFile(error);
  }
  const [first, ...rest] = parsed;
  const header = first?.record ?? [];
  const named = header.map((name) => name.trim()).filter((name) => name !== "");
  if (named.length === 1 && named[0]!.includes(",")) {
    throw new PlanFileError([
      "Les colonnes doivent être séparées par des points-virgules « ; », comme dans l'export de TI Pilotage et les fichiers CSV d'Excel en français.",
    ]);
  }
  return {
    header,
    rows: rest.map(({ record, raw, info }) => ({
      line: startLine(info.lines, raw),
      values: record.map((value) => unprotectFormula(value ?? "")),
    })),
  };
}

export type ParsedActionRow =
  | { ok: true; line: number; title: string; id: string | null; version: number | null; input: ImportedActionInput }
  | { ok: false; line: number; title: string; errors: RowError[] };

/**
 * Reads a CSV plan file and validates each row with the schema of the action form, after turning
 * labels into codes: every row comes back either as an action input (with the action it names, if
 * any) or with its errors, named by column. Throws PlanFileError when the file cannot be read.
 */
export function parseActionsCsv(text: string, referenceData: PlanReferenceData): ParsedActionRow[] {
  return recordsFromTable(readCsvTable(text), referenceData).map((record) => {
    const title = (record.fields.title ?? "").trim();
    const row = convertRow(record, referenceData);
    return row.ok
      ? { ok: true, line: record.line, title, id: row.id, version: row.version, input: row.input }
      : { ok: false, line: record.line, title, errors: row.errors };
  });
}
