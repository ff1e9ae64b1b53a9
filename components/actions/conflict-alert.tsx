"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";

/**
 * A save based on an older version was refused: nothing was written. Reloading shows the latest
 * version; the form never offers to overwrite someone else's change.
 */
export function ConflictAlert({
  message,
  headingLevel = "h2",
}: {
  message?: string;
  headingLevel?: "h2" | "h3" | "h4";
}) {
  return (
    <Alert
      className="fr-mb-3w"
      severity="error"
      role="alert"
      as={headingLevel}
      title="Vos modifications n'ont pas été enregistrées"
      description={
        <>
          <p>{message}</p>
          <Button type="button" priority="secondary" className="fr-mt-2w" onClick={() => window.location.reload()}>
            Recharger la page
          </Button>
        </>
      }
    />
  );
}
