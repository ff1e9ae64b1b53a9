"use client";

import { forwardRef, type MouseEvent } from "react";

// The DSFR's pattern for a form sent with errors: a summary at the top, which takes the focus, and
// lists every error with a link to its field. Client component: the link moves the focus into the
// field itself (an anchor alone would only scroll to it).

export type ErrorSummaryProps = {
  fieldErrors: Record<string, string[]>;
  /** The label a person sees for a field, e.g. "Titre" or "Financement 1 – montant accordé". */
  labelOf: (field: string) => string;
  /** Errors of the form as a whole (no field). */
  message?: string;
};

function focusField(event: MouseEvent<HTMLAnchorElement>, field: string) {
  const form = event.currentTarget.closest("form");
  const target = form?.querySelector<HTMLElement>(`[name="${CSS.escape(field)}"]`);
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.scrollIntoView({ block: "center" });
}

export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary(
  { fieldErrors, labelOf, message },
  ref,
) {
  const entries = Object.entries(fieldErrors).filter(([field]) => field !== "_form");
  const formErrors = [...(fieldErrors._form ?? []), ...(entries.length === 0 && message ? [message] : [])];
  const count = entries.reduce((sum, [, messages]) => sum + messages.length, 0) + formErrors.length;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      className="fr-alert fr-alert--error fr-mb-3w"
      aria-labelledby="erreurs-titre"
    >
      <h2 id="erreurs-titre" className="fr-alert__title">
        {count > 1 ? `Le formulaire contient ${count} erreurs` : "Le formulaire contient une erreur"}
      </h2>
      <ul className="fr-mb-0">
        {formErrors.map((text) => (
          <li key={text}>{text}</li>
        ))}
        {entries.flatMap(([field, messages]) =>
          messages.map((text) => (
            <li key={`${field}-${text}`}>
              <a href={`#${fieldAnchor(field)}`} onClick={(event) => focusField(event, field)}>
                {labelOf(field)} : {text}
              </a>
            </li>
          )),
        )}
      </ul>
    </div>
  );
});

/** The id a field carries so that the summary's link leads to it without JavaScript too. */
export function fieldAnchor(field: string): string {
  return `champ-${field.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}
