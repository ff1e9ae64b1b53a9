import type { z } from "@/lib/validation/zod";
import { errorMessages, type ErrorCode } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import type { FormState } from "@/components/ui/form-state";

/** A form's state plus the error code, so that a stale save (CONFLICT) gets its own alert. */
export type ActionFormState = FormState & { code?: ErrorCode; actionUrl?: string };

export const initialActionFormState: ActionFormState = { status: "idle", fieldErrors: {} };

/** Zod issues keyed like the server's field errors ("fundingLines.0.amountRequested"). */
export function localValidationState(error: z.ZodError): ActionFormState {
  return { status: "error", code: "VALIDATION", message: errorMessages.VALIDATION, fieldErrors: fieldErrorsOf(error) };
}

export function failureState(result: {
  code: ErrorCode;
  message: string;
  fieldErrors?: Record<string, string[]>;
}): ActionFormState {
  return { status: "error", code: result.code, message: result.message, fieldErrors: result.fieldErrors ?? {} };
}

/** `aria-invalid` for a field in error, so that assistive technologies announce it. */
export function invalidProps(state: FormState, field: string): { "aria-invalid"?: true } {
  return state.fieldErrors[field]?.length ? { "aria-invalid": true } : {};
}

const rowField = /^(fundingLines|indicators)\.(\d+)\.(\w+)$/;

/**
 * The action input from the form's fields: scalar fields by name, pilots as the checked boxes, and
 * funding lines and indicators from their numbered row fields ("fundingLines.0.funderCode").
 */
export function buildActionInput(formData: FormData): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  const rows: Record<"fundingLines" | "indicators", Record<string, string>[]> = { fundingLines: [], indicators: [] };
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION") || key === "pilotIds") continue;
    const [, list, index, field] = rowField.exec(key) ?? [];
    if (list && index && field) (rows[list as keyof typeof rows][Number(index)] ??= {})[field] = value;
    else input[key] = value;
  }
  input.pilotIds = formData.getAll("pilotIds").filter((value) => typeof value === "string");
  // Removed rows leave no gap: the fields are renumbered on every render.
  input.fundingLines = rows.fundingLines.filter(Boolean);
  input.indicators = rows.indicators.filter(Boolean);
  return input;
}
