// The names a person reads for each field of the action and progress forms, for the error summary.

export const actionFieldLabels: Record<string, string> = {
  leverCode: "Levier",
  subThemeCode: "Sous-thème",
  title: "Titre",
  description: "Description",
  expectedResults: "Résultats attendus",
  statusCode: "Statut",
  progress: "Avancement",
  plannedStartDate: "Début prévu",
  plannedEndDate: "Fin prévue",
  carrierCollege: "Collège du porteur",
  carrierOrganisation: "Organisation porteuse",
  partners: "Partenaires",
  plannedBudget: "Budget prévisionnel",
  carrierContactId: "Personne contact du porteur",
  pilotIds: "Pilotes",
  fundingLines: "Financements",
  indicators: "Indicateurs",
  date: "Date du point",
  comment: "Commentaire",
  version: "Version",
};

const rowFieldLabels: Record<string, string> = {
  funderCode: "financeur",
  amountRequested: "montant demandé",
  amountGranted: "montant accordé",
  label: "libellé",
  unit: "unité",
  target: "cible",
  latestValue: "valeur",
};

export function actionFieldLabel(field: string): string {
  const row = /^(fundingLines|indicators)\.(\d+)\.(\w+)$/.exec(field);
  if (row) {
    const noun = row[1] === "fundingLines" ? "Financement" : "Indicateur";
    return `${noun} ${Number(row[2]) + 1} – ${rowFieldLabels[row[3]!] ?? row[3]}`;
  }
  return actionFieldLabels[field] ?? field;
}
