import { formatFundingCell, formatIndicatorCell } from "./plan-cells";
import { carrierCollegeLabels, type carrierColleges } from "./schemas";

// The columns of an exported action plan (CSV and XLSX) and of the CSV import: one row per action,
// French headers, labels rather than codes so that a person can read and edit the file.

/** An action as exported: labels for reference data, calendar days as YYYY-MM-DD. */
export type ActionExportRow = {
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
  fundingLines: { funderLabel: string; amountRequested: number; amountGranted: number }[];
  indicators: { label: string; unit: string; latestValue: number | null; target: number | null }[];
};

export type PlanColumnKey =
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
  | "expectedResults"
  | "fundingLines"
  | "indicators";

type PlanColumn = {
  key: PlanColumnKey;
  header: string;
  /** How the XLSX export types the cell; the CSV writes every cell as text. */
  kind: "text" | "integer" | "euros" | "date";
  /** Column width in the XLSX export, in characters. */
  width: number;
  /** An import without this column is refused (the others default to empty). */
  required?: boolean;
};

export const planColumns: readonly PlanColumn[] = [
  { key: "title", header: "Titre", kind: "text", width: 45, required: true },
  { key: "lever", header: "Levier", kind: "text", width: 16, required: true },
  { key: "subTheme", header: "Sous-thème", kind: "text", width: 28 },
  { key: "status", header: "Statut", kind: "text", width: 12, required: true },
  { key: "progress", header: "Avancement (%)", kind: "integer", width: 14, required: true },
  { key: "plannedStartDate", header: "Début prévu", kind: "date", width: 12 },
  { key: "plannedEndDate", header: "Fin prévue", kind: "date", width: 12 },
  { key: "carrierCollege", header: "Collège du porteur", kind: "text", width: 18, required: true },
  { key: "carrierOrganisation", header: "Organisation porteuse", kind: "text", width: 30, required: true },
  { key: "partners", header: "Partenaires", kind: "text", width: 30 },
  { key: "plannedBudget", header: "Budget prévisionnel (€)", kind: "euros", width: 20 },
  { key: "description", header: "Description", kind: "text", width: 50 },
  { key: "expectedResults", header: "Résultats attendus", kind: "text", width: 40 },
  { key: "fundingLines", header: "Financements", kind: "text", width: 45 },
  { key: "indicators", header: "Indicateurs", kind: "text", width: 45 },
];

export const planHeaders = planColumns.map((column) => column.header);

export function columnHeader(key: PlanColumnKey): string {
  return planColumns.find((column) => column.key === key)!.header;
}

/** Case, accents, spaces and underscores do not matter when a person types a header or a label. */
export function normalizeName(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\s_]+/g, " ")
    .trim();
}

const columnsByName = new Map(planColumns.map((column) => [normalizeName(column.header), column.key]));

export function columnKeyOf(header: string): PlanColumnKey | undefined {
  return columnsByName.get(normalizeName(header));
}

/** YYYY-MM-DD → JJ/MM/AAAA, the way French spreadsheets write a date. */
export function formatFrenchDay(day: string): string {
  const [year, month, date] = day.split("-");
  return `${date}/${month}/${year}`;
}

export function collegeLabel(college: string): string {
  return carrierCollegeLabels[college as (typeof carrierColleges)[number]] ?? college;
}

export type PlanCells = Record<PlanColumnKey, string | number | null>;

/** The cells of one row; dates stay YYYY-MM-DD here, each format writes them its own way. */
export function toPlanCells(row: ActionExportRow): PlanCells {
  return {
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
    fundingLines: formatFundingCell(row.fundingLines),
    indicators: formatIndicatorCell(row.indicators),
  };
}
