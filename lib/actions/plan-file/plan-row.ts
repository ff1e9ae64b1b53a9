import { collegeLabels } from "@/lib/users/schemas";
import { calendarDay, DATE_FORMAT_MESSAGE, frenchDayToIso, isUuid } from "@/lib/validation/fields";
import { fundingHeader, normalizeName, type FieldColumnKey, type PlanReferenceData } from "./plan-columns";
import type { PlanRecord } from "./plan-records";
import { carrierCollegeLabels, carrierColleges, createActionInput, type CreateActionInput } from "../schemas";

// One row of an imported file → the input of the action form, and the action it names if any.
// Labels (or codes) become codes, French dates become YYYY-MM-DD, and the row is validated by the
// very schema of the form; each error is reported on the column a person has to fix.

export type RowError = { field: string; message: string };

export type ImportedActionInput = Omit<CreateActionInput, "territoryId">;

export type ConvertedRow =
  | { ok: true; id: string | null; version: number | null; input: ImportedActionInput }
  | { ok: false; errors: RowError[] };

type Option = { code: string; label: string };

// The schema of the form needs a territory; the import supplies the real one when it writes.
const PENDING_TERRITORY = "00000000-0000-0000-0000-000000000000";

const fieldHeaders: Record<FieldColumnKey, string> = {
  id: "Identifiant",
  version: "Version",
  title: "Titre",
  lever: "Levier",
  subTheme: "Sous-thème",
  status: "Statut",
  progress: "Avancement (%)",
  plannedStartDate: "Début prévu",
  plannedEndDate: "Fin prévue",
  carrierCollege: "Collège du porteur",
  carrierOrganisation: "Organisation porteuse",
  partners: "Partenaires",
  plannedBudget: "Budget prévisionnel (€)",
  description: "Description",
  expectedResults: "Résultats attendus",
};

const columnOfField: Record<string, FieldColumnKey> = {
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
};

const indicatorHeaders = { label: "Indicateur", unit: "Unité", target: "Cible", latestValue: "Valeur" } as const;

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

/** Amounts typed as in a spreadsheet: "1 250 000", "1250000 €". */
const amount = (text: string) => text.replace(/[\s\u00a0\u202f€]/g, "");

export function convertRow(record: PlanRecord, referenceData: PlanReferenceData): ConvertedRow {
  const errors = new Map<string, string[]>();
  const fail = (field: string, message: string) => errors.set(field, [...(errors.get(field) ?? []), message]);
  const cell = (key: FieldColumnKey) => (record.fields[key] ?? "").trim();

  const id = cell("id");
  let version: number | null = null;
  if (id !== "" && !isUuid(id)) {
    fail(
      fieldHeaders.id,
      "Identifiant inconnu : laissez la cellule vide pour une nouvelle action, ou reprenez celui de l'export.",
    );
  }
  if (id !== "" && isUuid(id)) {
    version = Number(cell("version"));
    if (!Number.isInteger(version) || version < 1) {
      fail(
        fieldHeaders.version,
        "Reprenez la version de l'export : elle dit sur quel état de l'action vous travaillez.",
      );
    }
  }

  const reference = (key: FieldColumnKey, options: readonly Option[], noun: string): string => {
    if (cell(key) === "") return "";
    const found = findCode(cell(key), options);
    if (found === undefined)
      fail(fieldHeaders[key], `${noun} inconnu : « ${cell(key)} ». Valeurs possibles : ${possibleValues(options)}.`);
    return found ?? cell(key);
  };
  const leverCode = reference("lever", referenceData.levers, "Levier");
  const lever = referenceData.levers.find((candidate) => candidate.code === leverCode);
  let subThemeCode: string | undefined;
  if (cell("subTheme") !== "" && lever) {
    subThemeCode = findCode(cell("subTheme"), lever.subThemes);
    if (subThemeCode === undefined) {
      fail(
        fieldHeaders.subTheme,
        `Sous-thème « ${cell("subTheme")} » inconnu pour le levier ${lever.label}. Valeurs possibles : ${possibleValues(lever.subThemes)}.`,
      );
    }
  }
  const statusCode = reference("status", referenceData.statuses, "Statut");
  const carrierCollege = reference("carrierCollege", collegeOptions, "Collège");
  if (errors.has(fieldHeaders.carrierCollege)) {
    errors.set(fieldHeaders.carrierCollege, [
      `Collège inconnu : « ${cell("carrierCollege")} ». Valeurs possibles : ${possibleValues(carrierColleges.map((code) => ({ code, label: carrierCollegeLabels[code] })))}.`,
    ]);
  }
  const day = (key: "plannedStartDate" | "plannedEndDate") => {
    const { day: value, error } = toDay(cell(key));
    if (error) fail(fieldHeaders[key], error);
    return value;
  };

  const funderLabels = new Map(referenceData.funders.map((funder) => [funder.code, funder.label]));
  const fundingLines = Object.entries(record.funding)
    .filter(([, amounts]) => (amounts.requested ?? "").trim() !== "" || (amounts.granted ?? "").trim() !== "")
    .map(([funderCode, amounts]) => ({
      funderCode,
      amountRequested: amount(amounts.requested ?? "") || "0",
      amountGranted: amount(amounts.granted ?? "") || "0",
    }));
  const indicatorSlots = record.indicators.flatMap((parts, slot) =>
    Object.values(parts).some((value) => (value ?? "").trim() !== "") ? [{ slot, parts }] : [],
  );
  const indicators = indicatorSlots.map(({ parts }) => ({
    label: parts.label ?? "",
    unit: parts.unit ?? "",
    target: parts.target ?? "",
    latestValue: parts.latestValue ?? "",
  }));

  const parsed = createActionInput.safeParse({
    territoryId: PENDING_TERRITORY,
    title: record.fields.title ?? "",
    leverCode,
    subThemeCode,
    statusCode,
    progress: cell("progress").replace(/\s*%$/, ""),
    plannedStartDate: day("plannedStartDate"),
    plannedEndDate: day("plannedEndDate"),
    carrierCollege,
    carrierOrganisation: record.fields.carrierOrganisation ?? "",
    partners: record.fields.partners ?? "",
    plannedBudget: cell("plannedBudget"),
    description: record.fields.description ?? "",
    expectedResults: record.fields.expectedResults ?? "",
    pilotIds: [],
    fundingLines,
    indicators,
  });
  // A column that already failed a reference or format check keeps that one, more precise, message.
  const convertErrors = new Set(errors.keys());
  for (const issue of parsed.error?.issues ?? []) {
    const [field, index, part] = issue.path.map(String);
    let header = fieldHeaders[columnOfField[field ?? ""] ?? "title"];
    if (field === "fundingLines" && index !== undefined) {
      const line = fundingLines[Number(index)];
      const label = funderLabels.get(line?.funderCode ?? "") ?? "?";
      header = fundingHeader(part === "amountGranted" ? "granted" : "requested", label);
    } else if (field === "indicators" && index !== undefined) {
      const slot = indicatorSlots[Number(index)]?.slot ?? Number(index);
      header = `${indicatorHeaders[(part ?? "label") as keyof typeof indicatorHeaders] ?? "Indicateur"} ${slot + 1}`;
    }
    if (!convertErrors.has(header)) fail(header, issue.message);
  }
  if (errors.size > 0 || !parsed.success) {
    return {
      ok: false,
      errors: [...errors].flatMap(([field, messages]) => messages.map((message) => ({ field, message }))),
    };
  }
  const { territoryId, ...input } = parsed.data;
  void territoryId;
  return { ok: true, id: id || null, version, input };
}
