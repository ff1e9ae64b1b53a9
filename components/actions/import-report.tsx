import { Badge } from "@codegouvfr/react-dsfr/Badge";
import Link from "next/link";
import type { ImportOutcome, ImportReport } from "@/lib/actions/plan-file/import-schema";
import { DataTable } from "@/components/ui/data-table";

function plural(count: number, singular: string, pluralForm: string): string {
  return `${count} ${count > 1 ? pluralForm : singular}`;
}

/** "2 créations, 1 mise à jour" */
export function importCounts(report: ImportReport): string {
  const parts = [
    report.counts.create ? plural(report.counts.create, "création", "créations") : null,
    report.counts.update ? plural(report.counts.update, "mise à jour", "mises à jour") : null,
    report.counts.unchanged ? plural(report.counts.unchanged, "action inchangée", "actions inchangées") : null,
  ].filter(Boolean);
  return parts.join(", ");
}

export function importSummary(report: ImportReport): string {
  if (report.counts.error > 0) {
    return `Rien ne sera importé : ${plural(report.counts.error, "ligne à corriger", "lignes à corriger")}.`;
  }
  if (report.applied) return `Import terminé : ${importCounts(report)}.`;
  if (report.counts.create + report.counts.update === 0) return "Rien à importer : le fichier est identique au plan.";
  return `Aperçu : ${importCounts(report)}.`;
}

const outcomes: Record<ImportOutcome, { label: string; severity?: "success" | "info" | "error" }> = {
  create: { label: "À créer", severity: "info" },
  update: { label: "À mettre à jour", severity: "info" },
  unchanged: { label: "Inchangée" },
  error: { label: "À corriger", severity: "error" },
};

/** What an import will do (or did): a summary, then every row of the file, with its changes or errors by column. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const blocked = report.counts.error > 0;
  return (
    <section aria-labelledby="import-report-title" className="fr-mt-4w">
      <div
        role={blocked ? "alert" : "status"}
        className={`fr-alert fr-alert--${blocked ? "error" : report.applied ? "success" : "info"} fr-mb-3w`}
      >
        <h2 id="import-report-title" className="fr-alert__title">
          {importSummary(report)}
        </h2>
        {blocked ? (
          <p>Corrigez les lignes signalées dans votre fichier, puis vérifiez-le de nouveau.</p>
        ) : report.applied ? (
          <p>
            <Link href={`/territoires/${report.territorySlug}/actions`}>Voir le plan d&apos;actions</Link>
          </p>
        ) : (
          <p>Rien n&apos;est encore enregistré : relisez ce que l&apos;import va faire, puis confirmez.</p>
        )}
      </div>
      <DataTable multiline caption="Rapport d'import, ligne par ligne">
        <thead>
          <tr>
            <th scope="col">Ligne</th>
            <th scope="col">Titre</th>
            <th scope="col">Résultat</th>
            <th scope="col">Détail</th>
          </tr>
        </thead>
        <tbody>
          {report.rows.map((row) => (
            <tr key={row.line}>
              <th scope="row">{row.line}</th>
              <td>{row.title || "(sans titre)"}</td>
              <td>
                <Badge small severity={outcomes[row.outcome].severity} noIcon={!outcomes[row.outcome].severity}>
                  {report.applied && row.outcome === "create"
                    ? "Créée"
                    : report.applied && row.outcome === "update"
                      ? "Mise à jour"
                      : outcomes[row.outcome].label}
                </Badge>
              </td>
              <td>
                {row.outcome === "update" && <>Change : {row.changes.join(", ")}</>}
                {row.errors.length > 0 && (
                  <ul className="fr-mb-0">
                    {row.errors.map((error) => (
                      <li key={`${error.field}-${error.message}`}>
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
