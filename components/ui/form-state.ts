import type { MutationResult } from "@/lib/auth/safe-action";
import { errorMessages, type ErrorCode } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import type { z } from "@/lib/validation/zod";

/**
 * What a form shows after a submit: a global message and errors next to each field. The error
 * code lets a form tell a stale save (CONFLICT) from the rest and give it its own alert.
 */
export type FormState = {
  status: "idle" | "success" | "error";
  code?: ErrorCode;
  message?: string;
  fieldErrors: Record<string, string[]>;
};

export const initialFormState: FormState = { status: "idle", fieldErrors: {} };

/** The state of a refused submit, from the server's answer. */
export function failureState(result: {
  code: ErrorCode;
  message: string;
  fieldErrors?: Record<string, string[]>;
}): FormState {
  return { status: "error", code: result.code, message: result.message, fieldErrors: result.fieldErrors ?? {} };
}

export function toFormState<T>(result: MutationResult<T>, successMessage?: string): FormState {
  if (result.ok) return { status: "success", message: successMessage, fieldErrors: {} };
  return failureState(result);
}

/** Zod issues checked in the browser, keyed like the server's field errors ("fundingLines.0.amountRequested"). */
export function localValidationState(error: z.ZodError): FormState {
  return { status: "error", code: "VALIDATION", message: errorMessages.VALIDATION, fieldErrors: fieldErrorsOf(error) };
}

/** Props for a DSFR input: error state and message, linked to the field for screen readers. */
export function fieldState(state: FormState, field: string): { state?: "error"; stateRelatedMessage?: string } {
  const errors = state.fieldErrors[field];
  return errors?.length ? { state: "error", stateRelatedMessage: errors.join(" ") } : {};
}

/** `aria-invalid` for a field in error, so that assistive technologies announce it. */
export function invalidProps(state: FormState, field: string): { "aria-invalid"?: true } {
  return state.fieldErrors[field]?.length ? { "aria-invalid": true } : {};
}
