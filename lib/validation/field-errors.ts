import type { z } from "./zod";

/** Zod issues keyed by field path ("fundingLines.0.amountRequested"), as forms and the API show them. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "_form";
    (fieldErrors[field] ??= []).push(issue.message);
  }
  return fieldErrors;
}
