/** The report as a PDF file, produced by the server (a few seconds for a large plan). */
export function PdfDownload({ href }: { href: string }) {
  return (
    <div className="ti-no-print fr-mb-4w">
      <a className="fr-btn fr-btn--icon-left fr-icon-download-line" href={href} download aria-describedby="aide-pdf">
        Télécharger en PDF
      </a>
      <p id="aide-pdf" className="fr-hint-text fr-mt-1w">
        Format A4, avec la liste de toutes les actions. La préparation du fichier prend quelques secondes.
      </p>
    </div>
  );
}
