import type { MutationResult } from "@/lib/auth/safe-action";

/** What a form shows after a submit: a global message and errors next to each field. */
export type FormState = {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors: Record<string, string[]>;
};

export const initialFormState: FormState = { status: "idle", fieldErrors: {} };

export function toFormState<T>(result: MutationResult<T>, successMessage?: string): FormState {
  if (result.ok) return { status: "success", message: successMessage, fieldErrors: {} };
  return { status: "error", message: result.message, fieldErrors: result.fieldErrors ?? {} };
}

/** Props for a DSFR input: error state and message, linked to the field for screen readers. */
export function fieldState(state: FormState, field: string): { state?: "error"; stateRelatedMessage?: string } {
  const errors = state.fieldErrors[field];
  return errors?.length ? { state: "error", stateRelatedMessage: errors.join(" ") } : {};
}
