import { collegeLabels } from "@/lib/users/schemas";
import { calendarDay, DATE_FORMAT_MESSAGE, frenchDayToIso } from "@/lib/validation/fields";
import { parseFundingCell, parseIndicatorCell } from "./plan-cells";
import { columnHeader, normalizeName, planColumns, type PlanColumnKey } from "./plan-columns";
import { carrierCollegeLabels, carrierColleges, createActionInput, type CreateActionInput } from "./schemas";

// One row of an imported file → the input of the action form. Labels (or codes) become codes, French
// dates become YYYY-MM-DD, and the row is validated by the very schema of the form; each error is
// reported on the column a person has to fix.

export type PlanReferenceData = {
  levers: readonly { code: string; label: string; subThemes: readonly { code: string; label: string }[] }[];
  statuses: readonly { code: string; label: string }[];
  funders: readonly { code: string; label: string }[];
};

export type RowError = { field: string; message: string };

export type ImportedActionInput = Omit<CreateActionInput, "territoryId">;

type Cells = Partial<Record<PlanColumnKey, string>>;
type Option = { code: string; label: string };

// The schema of the form needs a territory; the import supplies the real one when it writes.
const PENDING_TERRITORY = "00000000-0000-0000-0000-000000000000";

const columnOfField: Record<string, PlanColumnKey> = {
  title: "title",
  leverCode: "lever",
  subThemeCode: "subTheme",
  statusCode: "status",
  progress: "progress",
  plannedStartDate: "plannedStartDate",
  plannedEndDate: "plannedEndDate",
  carrierCollege: "carrierCollege",
  carrierOrganisation: "carrierOrganisation",
  partners: "partners",
  plannedBudget: "plannedBudget",
  description: "description",
  expectedResults: "expectedResults",
  fundingLines: "fundingLines",
  indicators: "indicators",
};

const collegeOptions: Option[] = carrierColleges.flatMap((code) => [
  { code, label: code },
  { code, label: carrierCollegeLabels[code] },
  { code, label: collegeLabels[code] },
]);

/** A code from its label or its code; undefined when nothing matches. */
function findCode(value: string, options: readonly Option[]): string | undefined {
  const wanted = normalizeName(value);
  return options.find((option) => normalizeName(option.code) === wanted || normalizeName(option.label) === wanted)
    ?.code;
}

function possibleValues(options: readonly Option[]): string {
  return options.map((option) => option.label).join(", ");
}

/** JJ/MM/AAAA (or YYYY-MM-DD) → YYYY-MM-DD, judged by the forms' own date schema. */
function toDay(value: string): { day?: string; error?: string } {
  if (value === "") return {};
  const parsed = calendarDay.safeParse(frenchDayToIso(value));
  if (parsed.success) return { day: parsed.data };
  const message = parsed.error.issues[0]?.message ?? DATE_FORMAT_MESSAGE;
  return { error: `« ${value} » : ${message.charAt(0).toLowerCase()}${message.slice(1)}` };
}

function issueMessage(path: readonly PropertyKey[], message: string): string {
  if (typeof path[1] !== "number") return message;
  return `${path[0] === "fundingLines" ? "Financement" : "Indicateur"} n° ${path[1] + 1} : ${message}`;
}

export function convertRow(
  cells: Cells,
  referenceData: PlanReferenceData,
): { ok: true; input: ImportedActionInput } | { ok: false; errors: RowError[] } {
  const errors = new Map<PlanColumnKey, string[]>();
  const fail = (key: PlanColumnKey, message: string) => errors.set(key, [...(errors.get(key) ?? []), message]);
  const cell = (key: PlanColumnKey) => (cells[key] ?? "").trim();

  const reference = (key: PlanColumnKey, options: readonly Option[], noun: string): string => {
    if (cell(key) === "") return "";
    const code = findCode(cell(key), options);
    if (code === undefined)
      fail(key, `${noun} inconnu : « ${cell(key)} ». Valeurs possibles : ${possibleValues(options)}.`);
    return code ?? cell(key);
  };
  const leverCode = reference("lever", referenceData.levers, "Levier");
  const lever = referenceData.levers.find((candidate) => candidate.code === leverCode);
  let subThemeCode: string | undefined;
  if (cell("subTheme") !== "" && lever) {
    subThemeCode = findCode(cell("subTheme"), lever.subThemes);
    if (subThemeCode === undefined) {
      fail(
        "subTheme",
        `Sous-thème « ${cell("subTheme")} » inconnu pour le levier ${lever.label}. Valeurs possibles : ${possibleValues(lever.subThemes)}.`,
      );
    }
  }
  const statusCode = reference("status", referenceData.statuses, "Statut");
  const carrierCollege = reference("carrierCollege", collegeOptions, "Collège");
  if (errors.has("carrierCollege")) {
    errors.set("carrierCollege", [
      `Collège inconnu : « ${cell("carrierCollege")} ». Valeurs possibles : ${possibleValues(carrierColleges.map((code) => ({ code, label: carrierCollegeLabels[code] })))}.`,
    ]);
  }

  const day = (key: "plannedStartDate" | "plannedEndDate") => {
    const { day: value, error } = toDay(cell(key));
    if (error) fail(key, error);
    return value;
  };
  const plannedStartDate = day("plannedStartDate");
  const plannedEndDate = day("plannedEndDate");

  const funding = parseFundingCell(cells.fundingLines ?? "");
  if (!funding.ok) fail("fundingLines", funding.message);
  const fundingLines = (funding.ok ? funding.entries : []).map((entry) => {
    const funderCode = findCode(entry.funder, referenceData.funders);
    if (funderCode === undefined) {
      fail(
        "fundingLines",
        `Financeur inconnu : « ${entry.funder} ». Valeurs possibles : ${possibleValues(referenceData.funders)}.`,
      );
    }
    return {
      funderCode: funderCode ?? entry.funder,
      amountRequested: entry.amountRequested,
      amountGranted: entry.amountGranted,
    };
  });
  const indicatorCell = parseIndicatorCell(cells.indicators ?? "");
  if (!indicatorCell.ok) fail("indicators", indicatorCell.message);

  const parsed = createActionInput.safeParse({
    territoryId: PENDING_TERRITORY,
    title: cells.title ?? "",
    leverCode,
    subThemeCode,
    statusCode,
    progress: cell("progress").replace(/\s*%$/, ""),
    plannedStartDate,
    plannedEndDate,
    carrierCollege,
    carrierOrganisation: cells.carrierOrganisation ?? "",
    partners: cells.partners ?? "",
    plannedBudget: cell("plannedBudget"),
    description: cells.description ?? "",
    expectedResults: cells.expectedResults ?? "",
    pilotIds: [],
    fundingLines,
    indicators: indicatorCell.ok ? indicatorCell.entries : [],
  });
  // A column that already failed a reference or format check keeps that one, more precise, message.
  const convertErrors = new Set(errors.keys());
  for (const issue of parsed.error?.issues ?? []) {
    const key = columnOfField[String(issue.path[0])] ?? "title";
    if (!convertErrors.has(key)) fail(key, issueMessage(issue.path, issue.message));
  }
  if (errors.size > 0 || !parsed.success) {
    return {
      ok: false,
      errors: planColumns.flatMap((column) =>
        (errors.get(column.key) ?? []).map((message) => ({ field: columnHeader(column.key), message })),
      ),
    };
  }
  const { territoryId, ...input } = parsed.data;
  void territoryId;
  return { ok: true, input };
}
