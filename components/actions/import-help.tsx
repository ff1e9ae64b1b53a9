import { planColumns } from "@/lib/actions/plan-columns";

/** How to write the file: what a person needs to fill in a spreadsheet without trial and error. */
export function ImportHelp({ slug }: { slug: string }) {
  const required = planColumns.filter((column) => column.required).map((column) => column.header);
  const optional = planColumns.filter((column) => !column.required).map((column) => column.header);
  return (
    <section aria-labelledby="import-help-title" className="fr-mb-4w">
      <h2 id="import-help-title" className="fr-h4">
        Format du fichier
      </h2>
      <p>
        Un fichier CSV enregistré depuis un tableur au format « CSV UTF-8 », avec le point-virgule comme séparateur :
        une ligne d&apos;en-tête avec le nom des colonnes, puis une ligne par action. Le plus simple est de partir de
        l&apos;export du plan d&apos;actions actuel.
      </p>
      <p>
        <a className="fr-link fr-link--download" href={`/territoires/${slug}/actions/export?format=csv`} download>
          Télécharger le plan d&apos;actions actuel comme modèle
          <span className="fr-link__detail">CSV</span>
        </a>
      </p>
      <ul>
        <li>Colonnes obligatoires : {required.join(", ")}.</li>
        <li>Colonnes facultatives : {optional.join(", ")}.</li>
        <li>
          Levier, sous-thème, statut, collège du porteur et financeurs : le libellé affiché dans TI Pilotage (par
          exemple « Compétences », « En cours », « Industriels », « État ») ou son code.
        </li>
        <li>Dates au format JJ/MM/AAAA, par exemple 27/11/2026 ; montants en euros, sans décimales.</li>
        <li>
          Financements : « financeur: montant demandé / montant accordé », plusieurs financeurs séparés par « | », par
          exemple <code>État: 150000 / 100000 | Région: 50000 / 0</code>.
        </li>
        <li>
          Indicateurs : « libellé (unité): valeur / cible », plusieurs indicateurs séparés par « | », par exemple{" "}
          <code>Personnes formées (personnes): 45 / 120</code>. Laissez la valeur ou la cible vide si elle n&apos;est
          pas connue.
        </li>
        <li>Les pilotes ne sont pas importés : ajoutez-les ensuite sur chaque action.</li>
      </ul>
      <p>
        L&apos;import est tout ou rien : si une seule ligne contient une erreur, aucune action n&apos;est créée, et le
        rapport indique pour chaque ligne (l&apos;en-tête est la ligne 1) la colonne à corriger.
      </p>
    </section>
  );
}
