"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";

/** The browser's own print dialog makes the PDF: no server-side rendering to maintain. */
export function PrintButton() {
  return (
    <div className="ti-no-print fr-mb-4w">
      <Button iconId="fr-icon-download-line" onClick={() => window.print()} aria-describedby="aide-pdf">
        Télécharger en PDF
      </Button>
      <p id="aide-pdf" className="fr-hint-text fr-mt-1w">
        Choisissez « Enregistrer au format PDF » dans la fenêtre d&apos;impression.
      </p>
    </div>
  );
}
