// Comments of the demo points d'avancement, by moment of an action's life. {n} is a small number.
import type { LeverCode } from "../../reference/territories";

export type Phase = "early" | "middle" | "late";

export const validatedComments = [
  "Action validée en comité de pilotage.",
  "Fiche action adoptée par le comité de pilotage ; recherche des cofinancements.",
  "Inscrite au plan d'actions lors du comité de pilotage ; le porteur est confirmé.",
];

export const launchComments = [
  "Lancement : réunion de cadrage avec le porteur et les partenaires.",
  "Démarrage officiel ; un chef de projet est désigné chez le porteur.",
  "Comité technique de lancement réuni, calendrier partagé avec les partenaires.",
];

/** Ordinary progress, by lever and by how far the action is (under 30 %, under 70 %, beyond). */
export const progressComments: Record<LeverCode, Record<Phase, readonly string[]>> = {
  COMPETENCES: {
    early: [
      "Recensement des besoins de recrutement auprès de {n} entreprises.",
      "Cahier des charges de la formation validé avec l'Opco.",
      "Réunion avec France Travail pour identifier les candidats.",
      "Convention de financement signée avec la Région.",
    ],
    middle: [
      "Organisme de formation retenu après consultation.",
      "Première promotion constituée : {n} stagiaires.",
      "Communication lancée auprès des établissements scolaires.",
      "Sessions de découverte organisées dans {n} entreprises.",
      "Bilan intermédiaire partagé avec les industriels : retours positifs.",
    ],
    late: [
      "Deuxième session programmée, inscriptions ouvertes.",
      "Bilan intermédiaire : {n} personnes formées ou accueillies.",
      "Premières embauches à l'issue du parcours.",
      "Préparation du bilan final avec les financeurs.",
    ],
  },
  ATTRACTIVITE: {
    early: [
      "Étude des besoins réalisée auprès de {n} entreprises.",
      "Consultation lancée pour choisir un prestataire.",
      "Convention signée avec les partenaires financeurs.",
      "Site pressenti identifié, discussion foncière en cours.",
    ],
    middle: [
      "Prestataire retenu, premiers livrables attendus le mois prochain.",
      "Point d'étape présenté aux industriels du club.",
      "Premières familles accompagnées.",
      "Lancement de la campagne sur les réseaux sociaux.",
      "{n} entreprises engagées dans la démarche.",
    ],
    late: [
      "Comité de suivi réuni : indicateurs conformes aux prévisions.",
      "Mise en service partielle, premiers retours des salariés.",
      "Ajustements demandés par les entreprises intégrés.",
      "Préparation du bilan et de la pérennisation du financement.",
    ],
  },
  INFRASTRUCTURES: {
    early: [
      "Étude de faisabilité rendue, scénario retenu en comité technique.",
      "Diagnostic de pollution des sols réalisé.",
      "Dossier de demande de subvention déposé.",
      "Réunion de concertation avec les riverains et les entreprises.",
    ],
    middle: [
      "Acquisition foncière signée.",
      "Autorisation environnementale obtenue.",
      "Consultation des entreprises de travaux lancée.",
      "Marché de travaux attribué, {n} offres reçues.",
      "Travaux démarrés : terrassements en cours.",
    ],
    late: [
      "Réunion de chantier : planning tenu.",
      "Travaux de réseaux achevés, finitions en cours.",
      "Réception partielle des ouvrages.",
      "Premiers contacts avec des entreprises intéressées par le site.",
    ],
  },
};

export const steadyComments = [
  "Avancement conforme au calendrier.",
  "Pas de difficulté particulière ce mois-ci.",
  "Point mensuel avec le porteur : rien à signaler.",
];

export const setbackComments = [
  "Avancement revu à la baisse : une partie du calendrier est à reprendre après l'avis des financeurs.",
  "Réévaluation après élargissement du périmètre : l'avancement est recalculé.",
];

export const lateComments = [
  "La fin prévue est dépassée : un nouveau calendrier sera proposé au prochain comité.",
  "Retard sur le calendrier initial, dernières étapes en cours.",
];

export const blockedComments: Record<LeverCode, readonly string[]> = {
  COMPETENCES: [
    "Bloquée : aucun organisme de formation n'a répondu à l'appel d'offres.",
    "Bloquée : trop peu de candidats pour ouvrir la session, le recrutement est à relancer.",
  ],
  ATTRACTIVITE: [
    "Bloquée : le bailleur a suspendu l'opération dans l'attente de sa programmation budgétaire.",
    "Bloquée : le cofinancement européen n'est pas encore notifié.",
  ],
  INFRASTRUCTURES: [
    "Bloquée : recours contre le permis d'aménager, en attente de la décision du tribunal administratif.",
    "Bloquée : la dépollution du site révèle des surcoûts à refinancer.",
    "Bloquée : en attente de l'avis de l'autorité environnementale.",
  ],
};

export const stillBlockedComments = [
  "Toujours bloquée : relance des financeurs.",
  "Point de blocage remonté à la préfecture, réunion de déblocage programmée.",
  "Toujours bloquée : solution de repli à l'étude avec les partenaires.",
];

export const pausedComments = [
  "En pause : changement de chef de projet chez le porteur, reprise prévue au prochain trimestre.",
  "En pause dans l'attente de l'arbitrage budgétaire de l'intercommunalité.",
  "En pause : le comité de pilotage a demandé de revoir le périmètre.",
];

export const stillPausedComments = [
  "Toujours en pause, reprise envisagée après le prochain comité.",
  "Pas d'évolution : le porteur confirme la reprise dans les prochains mois.",
];

export const doneComments = [
  "Action achevée : bilan présenté au comité de pilotage.",
  "Réalisée : objectifs atteints, retour d'expérience partagé avec les autres territoires.",
  "Clôture : derniers justificatifs transmis aux financeurs.",
];

export const abandonedComments = [
  "Abandonnée sur décision du comité de pilotage : le projet est repris dans un dispositif régional.",
  "Abandonnée : l'industriel porteur a renoncé à son projet d'extension.",
];

export const upcomingComments = [
  "Dossier de financement en préparation.",
  "Recherche d'un porteur opérationnel.",
  "Réunion préparatoire avec les partenaires.",
];
