import { carrierCollegeLabels, type carrierColleges } from "../schemas";

// The columns of an exported action plan (CSV and XLSX), which the import reads back: one row per
// action, French headers, labels rather than codes so that a person can read and edit the file.
// Each action carries its identifier and version, so that importing an edited export updates the
// actions it names. Money and indicators have columns of their own — one pair per funder, four per
// indicator — so that a spreadsheet can sum and sort them.

/** An action as exported: labels for reference data, calendar days as YYYY-MM-DD. */
export type ActionExportRow = {
  id: string;
  version: number;
  title: string;
  leverLabel: string;
  subThemeLabel: string | null;
  statusLabel: string;
  progress: number;
  plannedStartDate: string | null;
  plannedEndDate: string | null;
  carrierCollege: string;
  carrierOrganisation: string;
  partners: string;
  plannedBudget: number | null;
  description: string;
  expectedResults: string;
  /** Sums per funder code (an action usually has one line per funder). */
  funding: Record<string, { requested: number; granted: number }>;
  indicators: { label: string; unit: string; latestValue: number | null; target: number | null }[];
};

export type FieldColumnKey =
  | "id"
  | "version"
  | "title"
  | "lever"
  | "subTheme"
  | "status"
  | "progress"
  | "plannedStartDate"
  | "plannedEndDate"
  | "carrierCollege"
  | "carrierOrganisation"
  | "partners"
  | "plannedBudget"
  | "description"
  | "expectedResults";

export type IndicatorPart = "label" | "unit" | "target" | "latestValue";

/** A column of the file: a field of the action, a funder's amount, or a part of the n-th indicator. */
export type PlanColumn = {
  header: string;
  /** How the XLSX export types the cell; the CSV writes every cell as text. */
  kind: "text" | "integer" | "euros" | "number" | "date";
  /** Column width in the XLSX export, in characters. */
  width: number;
} & (
  | { type: "field"; key: FieldColumnKey; required?: boolean }
  | { type: "funding"; funderCode: string; amount: "requested" | "granted" }
  | { type: "indicator"; index: number; part: IndicatorPart }
);

export type PlanReferenceData = {
  levers: readonly { code: string; label: string; subThemes: readonly { code: string; label: string }[] }[];
  statuses: readonly { code: string; label: string }[];
  funders: readonly { code: string; label: string }[];
};

const fieldColumns: readonly PlanColumn[] = [
  { type: "field", key: "id", header: "Identifiant", kind: "text", width: 38 },
  { type: "field", key: "version", header: "Version", kind: "integer", width: 9 },
  { type: "field", key: "title", header: "Titre", kind: "text", width: 45, required: true },
  { type: "field", key: "lever", header: "Levier", kind: "text", width: 16, required: true },
  { type: "field", key: "subTheme", header: "Sous-thème", kind: "text", width: 28 },
  { type: "field", key: "status", header: "Statut", kind: "text", width: 12, required: true },
  { type: "field", key: "progress", header: "Avancement (%)", kind: "integer", width: 14, required: true },
  { type: "field", key: "plannedStartDate", header: "Début prévu", kind: "date", width: 12 },
  { type: "field", key: "plannedEndDate", header: "Fin prévue", kind: "date", width: 12 },
  { type: "field", key: "carrierCollege", header: "Collège du porteur", kind: "text", width: 18, required: true },
  {
    type: "field",
    key: "carrierOrganisation",
    header: "Organisation porteuse",
    kind: "text",
    width: 30,
    required: true,
  },
  { type: "field", key: "partners", header: "Partenaires", kind: "text", width: 30 },
  { type: "field", key: "plannedBudget", header: "Budget prévisionnel (€)", kind: "euros", width: 20 },
  { type: "field", key: "description", header: "Description", kind: "text", width: 50 },
  { type: "field", key: "expectedResults", header: "Résultats attendus", kind: "text", width: 40 },
];

const indicatorParts: { part: IndicatorPart; header: string; kind: PlanColumn["kind"]; width: number }[] = [
  { part: "label", header: "Indicateur", kind: "text", width: 28 },
  { part: "unit", header: "Unité", kind: "text", width: 12 },
  { part: "target", header: "Cible", kind: "number", width: 10 },
  { part: "latestValue", header: "Valeur", kind: "number", width: 10 },
];

export const fundingHeader = (amount: "requested" | "granted", funderLabel: string) =>
  `${amount === "requested" ? "Demandé" : "Accordé"} – ${funderLabel} (€)`;

/**
 * Every column of a file, in order: the action's fields, a requested/granted pair per funder of the
 * reference data, and `indicatorSlots` groups of indicator columns (at least one, for a template).
 */
export function planColumnsFor(funders: PlanReferenceData["funders"], indicatorSlots: number): PlanColumn[] {
  const funding = funders.flatMap((funder) =>
    (["requested", "granted"] as const).map((amount): PlanColumn => ({
      type: "funding",
      funderCode: funder.code,
      amount,
      header: fundingHeader(amount, funder.label),
      kind: "euros",
      width: 16,
    })),
  );
  const indicators = Array.from({ length: Math.max(indicatorSlots, 1) }, (_, slot) =>
    indicatorParts.map(({ part, header, kind, width }): PlanColumn => ({
      type: "indicator",
      index: slot,
      part,
      header: `${header} ${slot + 1}`,
      kind,
      width,
    })),
  ).flat();
  return [...fieldColumns, ...funding, ...indicators];
}

export const requiredHeaders = fieldColumns.flatMap((column) =>
  column.type === "field" && column.required ? [column.header] : [],
);

/** Case, accents, spaces, dashes and underscores do not matter when a person types a header or a label. */
export function normalizeName(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\s_\u2013\u2014-]+/g, " ")
    .trim();
}

/** The column a header names, whatever its case and accents; undefined when unknown. */
export function columnOfHeader(header: string, funders: PlanReferenceData["funders"]): PlanColumn | undefined {
  const wanted = normalizeName(header);
  const field = fieldColumns.find((column) => normalizeName(column.header) === wanted);
  if (field) return field;
  for (const funder of funders) {
    for (const amount of ["requested", "granted"] as const) {
      if (normalizeName(fundingHeader(amount, funder.label)) === wanted) {
        return { type: "funding", funderCode: funder.code, amount, header, kind: "euros", width: 16 };
      }
    }
  }
  const indicator = /^(indicateur|unite|cible|valeur) (\d{1,2})$/.exec(wanted);
  if (indicator) {
    const part = indicatorParts.find((candidate) => normalizeName(candidate.header) === indicator[1])!;
    const index = Number(indicator[2]) - 1;
    if (index >= 0) return { type: "indicator", index, part: part.part, header, kind: part.kind, width: part.width };
  }
  return undefined;
}

/** A stable name for a column, to detect the same column given twice. */
export function columnIdentity(column: PlanColumn): string {
  if (column.type === "field") return column.key;
  if (column.type === "funding") return `${column.funderCode}:${column.amount}`;
  return `indicator:${column.index}:${column.part}`;
}

/** YYYY-MM-DD → JJ/MM/AAAA, the way French spreadsheets write a date. */
export function formatFrenchDay(day: string): string {
  const [year, month, date] = day.split("-");
  return `${date}/${month}/${year}`;
}

export function collegeLabel(college: string): string {
  return carrierCollegeLabels[college as (typeof carrierColleges)[number]] ?? college;
}

/** The value of one cell of a row; dates stay YYYY-MM-DD here, each format writes them its own way. */
export function cellValue(row: ActionExportRow, column: PlanColumn): string | number | null {
  if (column.type === "funding") return row.funding[column.funderCode]?.[column.amount] ?? null;
  if (column.type === "indicator") {
    const indicator = row.indicators[column.index];
    return indicator ? (indicator[column.part] ?? null) : null;
  }
  const fields: Record<FieldColumnKey, string | number | null> = {
    id: row.id,
    version: row.version,
    title: row.title,
    lever: row.leverLabel,
    subTheme: row.subThemeLabel ?? "",
    status: row.statusLabel,
    progress: row.progress,
    plannedStartDate: row.plannedStartDate,
    plannedEndDate: row.plannedEndDate,
    carrierCollege: collegeLabel(row.carrierCollege),
    carrierOrganisation: row.carrierOrganisation,
    partners: row.partners,
    plannedBudget: row.plannedBudget,
    description: row.description,
    expectedResults: row.expectedResults,
  };
  return fields[column.key];
}

/** How many indicator column groups a file needs for these rows. */
export function indicatorSlotsFor(rows: readonly ActionExportRow[]): number {
  return Math.max(1, ...rows.map((row) => row.indicators.length));
}
