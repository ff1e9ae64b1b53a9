/** How the history and the audit log name each recorded operation. */
export const auditOperationLabels: Record<string, string> = {
  create: "Création",
  update: "Modification",
  progress: "Point d'avancement",
  archive: "Archivage",
  funding: "Engagement financier",
};

export function auditOperationLabel(operation: string): string {
  return auditOperationLabels[operation] ?? operation;
}
