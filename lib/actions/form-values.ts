import type { ActionView } from "./view";

// What the action form shows when it opens: every field as the text an <input> holds, so that the
// same client form serves creation (empty values) and edition (values of the stored action).

export type FundingLineFormValues = { funderCode: string; amountRequested: string; amountGranted: string };
export type IndicatorFormValues = { label: string; unit: string; target: string; latestValue: string };

export type ActionFormValues = {
  leverCode: string;
  subThemeCode: string;
  title: string;
  description: string;
  expectedResults: string;
  statusCode: string;
  progress: string;
  plannedStartDate: string;
  plannedEndDate: string;
  carrierCollege: string;
  carrierOrganisation: string;
  carrierContactId: string;
  partners: string;
  plannedBudget: string;
  pilotIds: string[];
  fundingLines: FundingLineFormValues[];
  indicators: IndicatorFormValues[];
};

/** A new action starts "À venir" at 0 %, the first status of the programme's list. */
export function emptyActionFormValues(defaultStatusCode: string): ActionFormValues {
  return {
    leverCode: "",
    subThemeCode: "",
    title: "",
    description: "",
    expectedResults: "",
    statusCode: defaultStatusCode,
    progress: "0",
    plannedStartDate: "",
    plannedEndDate: "",
    carrierCollege: "",
    carrierOrganisation: "",
    carrierContactId: "",
    partners: "",
    plannedBudget: "",
    pilotIds: [],
    fundingLines: [],
    indicators: [],
  };
}

const text = (value: number | null | undefined) => (value === null || value === undefined ? "" : String(value));

export function toActionFormValues(action: ActionView): ActionFormValues {
  return {
    leverCode: action.lever.code,
    subThemeCode: action.subTheme?.code ?? "",
    title: action.title,
    description: action.description,
    expectedResults: action.expectedResults,
    statusCode: action.status.code,
    progress: String(action.progress),
    plannedStartDate: action.plannedStartDate ?? "",
    plannedEndDate: action.plannedEndDate ?? "",
    carrierCollege: action.carrierCollege,
    carrierOrganisation: action.carrierOrganisation,
    carrierContactId: action.carrierContact?.id ?? "",
    partners: action.partners,
    plannedBudget: text(action.plannedBudget),
    pilotIds: action.pilots.map((pilot) => pilot.id),
    fundingLines: action.fundingLines.map((line) => ({
      funderCode: line.funderCode,
      amountRequested: String(line.amountRequested),
      amountGranted: String(line.amountGranted),
    })),
    indicators: action.indicators.map((indicator) => ({
      label: indicator.label,
      unit: indicator.unit,
      target: text(indicator.target),
      latestValue: text(indicator.latestValue),
    })),
  };
}
