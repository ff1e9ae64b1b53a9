import { requiredHeaders } from "@/lib/actions/plan-file/plan-columns";

/** How to write the file: what a person needs to fill in a spreadsheet without trial and error. */
export function ImportHelp({ slug }: { slug: string }) {
  return (
    <section aria-labelledby="import-help-title" className="fr-mb-4w">
      <h2 id="import-help-title" className="fr-h4">
        Format du fichier
      </h2>
      <p>
        Le plus simple : téléchargez le plan d&apos;actions actuel, modifiez-le dans votre tableur, puis importez-le.
        Les lignes qui gardent leur identifiant mettent à jour leur action ; une ligne sans identifiant crée une action
        ; une ligne identique au plan ne change rien. Le même fichier importé deux fois ne change rien la seconde fois.
      </p>
      <ul className="fr-links-group">
        <li>
          <a className="fr-link fr-link--download" href={`/territoires/${slug}/actions/export?format=xlsx`} download>
            Télécharger le plan d&apos;actions actuel <span className="fr-link__detail">Excel</span>
          </a>
        </li>
        <li>
          <a className="fr-link fr-link--download" href={`/territoires/${slug}/actions/export?format=csv`} download>
            Télécharger le plan d&apos;actions actuel comme modèle <span className="fr-link__detail">CSV</span>
          </a>
        </li>
      </ul>
      <ul>
        <li>Fichier Excel (.xlsx) ou CSV (séparateur point-virgule, comme l&apos;enregistre Excel en français).</li>
        <li>Colonnes obligatoires : {requiredHeaders.join(", ")}.</li>
        <li>
          Identifiant et Version : ceux de l&apos;export, à ne pas modifier. Si l&apos;action a changé depuis votre
          export, la ligne est signalée : réexportez le plan et reportez vos changements.
        </li>
        <li>
          Levier, sous-thème, statut et collège du porteur : le libellé affiché dans TI Pilotage (par exemple «
          Compétences », « En cours », « Industriels ») ou son code.
        </li>
        <li>Dates au format JJ/MM/AAAA, par exemple 27/11/2026 ; montants en euros, sans décimales.</li>
        <li>
          Financements : une colonne « Demandé » et une colonne « Accordé » par financeur (le montant accordé ne dépasse
          pas le montant demandé) ; laissez les deux vides pour un financeur absent.
        </li>
        <li>
          Indicateurs : quatre colonnes par indicateur (Indicateur 1, Unité 1, Cible 1, Valeur 1, puis 2…) ; ajoutez des
          colonnes numérotées pour en ajouter.
        </li>
        <li>
          Un avancement ou un statut changé devient un point d&apos;avancement daté du jour de l&apos;import. Les
          pilotes ne sont pas dans le fichier : ceux des actions mises à jour restent en place.
        </li>
      </ul>
      <p>
        Avant d&apos;écrire quoi que ce soit, TI Pilotage vous montre ce que l&apos;import va faire, ligne par ligne
        (l&apos;en-tête est la ligne 1). L&apos;import est tout ou rien : une ligne à corriger, et rien n&apos;est
        écrit.
      </p>
    </section>
  );
}
