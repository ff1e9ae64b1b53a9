/**
 * How long the service keeps each category of personal data: the one configuration read by the
 * purge job (lib/privacy/purge.ts), the personal-data notice (/donnees-personnelles) and the
 * README's "Personal data" section. A period is a number of days after the event named in
 * `startsAt`; `days: null` means the record is kept as an archive (`keptBecause` says why).
 */
export type RetentionCategory = {
  key: RetentionKey;
  /** French, as the notice shows it. */
  label: string;
  /** What the category holds, in French. */
  holds: string;
  /** The event the period runs from, in French ("après l'envoi"). */
  startsAt: string;
  days: number | null;
  /** For a category kept without a limit: the reason, in French. */
  keptBecause?: string;
};

export type RetentionKey =
  | "loginThrottle"
  | "outboxEmails"
  | "invitations"
  | "passwordResets"
  | "notifications"
  | "revokedApiTokens"
  | "inactiveAccounts"
  | "committeeRecords"
  | "auditJournal";

export const retentionCategories: readonly RetentionCategory[] = [
  {
    key: "loginThrottle",
    label: "Compteurs d'échecs de connexion",
    holds: "Adresse IP et adresse électronique saisies lors d'une connexion échouée, nombre d'échecs",
    startsAt: "après la fin du blocage",
    days: 1,
  },
  {
    key: "outboxEmails",
    label: "Courriels envoyés",
    holds: "Destinataire, objet et texte des courriels envoyés par le service",
    startsAt: "après l'envoi ou le dernier essai d'envoi",
    days: 90,
  },
  {
    key: "invitations",
    label: "Invitations",
    holds: "Lien d'invitation (seule son empreinte est conservée) et son auteur",
    startsAt: "après leur utilisation ou leur expiration",
    days: 30,
  },
  {
    key: "passwordResets",
    label: "Liens de réinitialisation du mot de passe",
    holds: "Empreinte du lien et date de la demande",
    startsAt: "après leur utilisation ou leur expiration",
    days: 7,
  },
  {
    key: "notifications",
    label: "Notifications",
    holds: "Rappels et avis adressés à un membre dans l'application",
    startsAt: "après leur création",
    days: 365,
  },
  {
    key: "revokedApiTokens",
    label: "Jetons d'accès à l'API révoqués",
    holds: "Nom du jeton, empreinte et dates d'utilisation",
    startsAt: "après leur révocation",
    days: 365,
  },
  {
    key: "inactiveAccounts",
    label: "Comptes inactifs",
    holds:
      "Nom, adresse électronique, organisation et collège d'un compte sans connexion : le compte est fermé et ses données personnelles pseudonymisées",
    startsAt: "après la dernière connexion (ou l'invitation, sans connexion)",
    days: 730,
  },
  {
    key: "committeeRecords",
    label: "Actes du comité",
    holds: "Relevés de décisions validés et bilans de campagne transmis, avec les noms de leurs signataires",
    startsAt: "",
    days: null,
    keptBecause:
      "Archives publiques des décisions d'un organisme public (code du patrimoine, art. L211-4) : ils sont conservés tels qu'ils ont été validés, noms compris.",
  },
  {
    key: "auditJournal",
    label: "Journal des modifications",
    holds:
      "Qui a modifié quoi et quand ; les personnes y sont désignées par un identifiant, qui renvoie à « Ancien membre n°… » après leur départ",
    startsAt: "",
    days: null,
    keptBecause:
      "Traçabilité des actions du programme pour toute sa durée ; le journal ne peut être ni modifié ni effacé.",
  },
];

export function retentionCategory(key: RetentionKey): RetentionCategory {
  const category = retentionCategories.find((candidate) => candidate.key === key);
  if (!category) throw new Error(`Unknown retention category ${key}`);
  return category;
}
