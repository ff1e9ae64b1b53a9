/** How the history and the journal name each recorded operation. */
export const auditOperationLabels: Record<string, string> = {
  create: "Création",
  update: "Modification",
  progress: "Point d'avancement",
  "progress.correct": "Correction d'un point d'avancement",
  "progress.withdraw": "Retrait d'un point d'avancement",
  archive: "Archivage",
  funding: "Engagement financier",
  "action.flag": "Signalée « à discuter en séance »",
  "action.unflag": "Signalement « à discuter en séance » retiré",
  "account.invite": "Invitation",
  "account.invitation-renew": "Invitation renvoyée",
  "account.activate": "Activation du compte",
  "account.access": "Changement d'accès",
  "account.contacts": "Interlocuteur des territoires",
  "account.disable": "Désactivation du compte",
  "account.enable": "Réactivation du compte",
  "account.password-change": "Changement de mot de passe",
  "account.password-reset-request": "Demande de réinitialisation du mot de passe",
  "account.password-reset": "Réinitialisation du mot de passe",
  "meeting.plan": "Séance planifiée",
  "meeting.agenda": "Ordre du jour modifié",
  "meeting.convoke": "Convocation envoyée",
  "meeting.answer": "Réponse à une convocation",
  "meeting.presence": "Présence à la séance",
  "meeting.decision": "Décision de séance",
  "meeting.decision.close": "Décision soldée",
  "meeting.summary": "Synthèse d'un point de l'ordre du jour",
  "meeting.minutes.compile": "Relevé de décisions établi",
  "meeting.minutes.validate": "Relevé de décisions validé",
  "meeting.minutes.review": "Avis sur le relevé de décisions",
  "meeting.minutes.amend": "Rectificatif au relevé de décisions",
  "campaign.open": "Campagne de suivi ouverte",
  "campaign.submit": "Bilan transmis",
  "campaign.return": "Bilan renvoyé pour compléments",
  "campaign.accept": "Bilan accepté",
  "account.proconnect-link": "Identité ProConnect liée au compte",
  "account.proconnect-unlink": "Identité ProConnect retirée du compte",
  "api-token.create": "Création d'un jeton d'API",
  "api-token.revoke": "Révocation d'un jeton d'API",
};

export function auditOperationLabel(operation: string): string {
  return auditOperationLabels[operation] ?? operation;
}

export const auditOperations = Object.keys(auditOperationLabels);
