import { Badge } from "@codegouvfr/react-dsfr/Badge";
import Link from "next/link";
import type { ImportReport } from "@/lib/actions/import-schema";
import { DataTable } from "@/components/ui/data-table";

function plural(count: number, singular: string, pluralForm: string): string {
  return `${count} ${count > 1 ? pluralForm : singular}`;
}

export function importSummary(report: ImportReport): string {
  if (report.imported > 0) return plural(report.imported, "action importée", "actions importées");
  const invalid = report.rows.filter((row) => row.status === "error").length;
  return `Aucune action importée : ${plural(invalid, "ligne à corriger", "lignes à corriger")}.`;
}

/** The outcome of an import: a summary, then every row of the file with its errors by column. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const imported = report.imported > 0;
  return (
    <section aria-labelledby="import-report-title" className="fr-mt-4w">
      <div
        role={imported ? "status" : "alert"}
        className={`fr-alert fr-alert--${imported ? "success" : "error"} fr-mb-3w`}
      >
        <h2 id="import-report-title" className="fr-alert__title">
          {importSummary(report)}
        </h2>
        {imported ? (
          <p>
            <Link href={`/territoires/${report.territorySlug}/actions`}>Voir le plan d&apos;actions</Link>
          </p>
        ) : (
          <p>
            Rien n&apos;a été enregistré. Corrigez les lignes signalées dans votre fichier, puis importez-le de nouveau.
          </p>
        )}
      </div>
      <DataTable caption="Rapport d'import, ligne par ligne">
        <thead>
          <tr>
            <th scope="col">Ligne</th>
            <th scope="col">Titre</th>
            <th scope="col">Résultat</th>
            <th scope="col">Erreurs</th>
          </tr>
        </thead>
        <tbody>
          {report.rows.map((row) => (
            <tr key={row.line}>
              <th scope="row">{row.line}</th>
              <td>{row.title || "(sans titre)"}</td>
              <td>
                {row.status === "error" ? (
                  <Badge severity="error" small>
                    À corriger
                  </Badge>
                ) : imported ? (
                  <Badge severity="success" small>
                    Importée
                  </Badge>
                ) : (
                  <Badge severity="info" small>
                    Sans erreur
                  </Badge>
                )}
              </td>
              <td>
                {row.errors.length > 0 && (
                  <ul className="fr-my-0">
                    {row.errors.map((error, index) => (
                      <li key={index}>
                        Colonne « {error.field} » : {error.message}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </section>
  );
}
