import type { ActionTemplate } from "./types";

export const COMPETENCES: readonly ActionTemplate[] = [
  {
    subTheme: "ACCES_COMPETENCES",
    title: "Parcours de reconversion vers la maintenance industrielle",
    description:
      "Proposer à des demandeurs d'emploi et à des salariés en reconversion un parcours certifiant de technicien de maintenance, avec des périodes d'immersion chez les industriels {of}.",
    expectedResults:
      "Des promotions de 12 à 15 stagiaires par session et au moins sept stagiaires sur dix en emploi six mois après la formation.",
    carriers: ["state", "region"],
    partners: "France Travail, AFPA, Opco 2i, {club}",
    budget: [180_000, 420_000],
    funders: ["ETAT", "REGION", "INDUSTRIELS"],
    indicators: [
      { label: "Personnes formées", unit: "personnes", target: [30, 80] },
      { label: "Stagiaires en emploi à six mois", unit: "personnes", target: [20, 55] },
    ],
  },
  {
    subTheme: "ATTRACTIVITE_METIERS",
    title: "Semaine de l'industrie : visites d'usines pour les collégiens",
    description:
      "Organiser chaque année, pendant la Semaine de l'industrie, des visites de sites de production et des rencontres avec des salariés pour les classes de 4e et de 3e {of}.",
    expectedResults:
      "Changer l'image de l'industrie auprès des jeunes et de leurs familles, et susciter des vocations vers les filières professionnelles et technologiques.",
    carriers: ["club", "company"],
    partners: "Rectorat de Normandie, collèges du territoire, CCI Normandie, {epci}",
    budget: [15_000, 45_000],
    funders: ["INDUSTRIELS", "ETAT", "INTERCOMMUNALITE"],
    indicators: [
      { label: "Collégiens accueillis en entreprise", unit: "élèves", target: [400, 1200], step: 10 },
      { label: "Entreprises participantes", unit: "entreprises", target: [15, 40] },
    ],
  },
  {
    subTheme: "ACCES_COMPETENCES",
    title: "Plateforme territoriale de gestion des emplois et des compétences",
    description:
      "Mettre en place un service mutualisé qui aide les PME industrielles {of} à anticiper leurs besoins de recrutement et de formation, et à organiser des prêts de main-d'œuvre entre entreprises.",
    expectedResults:
      "Une cartographie partagée des compétences, des plans de formation mutualisés et des mobilités entre entreprises plutôt que des licenciements lors des baisses d'activité.",
    carriers: ["epci", "state"],
    partners: "DREETS Normandie, Opco 2i, {club}, CCI Normandie",
    budget: [90_000, 220_000],
    funders: ["ETAT", "INTERCOMMUNALITE", "INDUSTRIELS"],
    indicators: [
      { label: "Entreprises accompagnées", unit: "entreprises", target: [20, 60] },
      { label: "Salariés formés", unit: "personnes", target: [80, 250] },
    ],
  },
  {
    subTheme: "ACCES_COMPETENCES",
    title: "Préparation à l'apprentissage aux métiers de l'industrie à {town}",
    description:
      "Accueillir des jeunes de 16 à 29 ans sans qualification dans un parcours de quelques mois qui les prépare à signer un contrat d'apprentissage chez un industriel du territoire.",
    expectedResults:
      "Des jeunes sécurisés dans leur entrée en apprentissage et des entreprises qui trouvent des apprentis motivés pour leurs métiers de production.",
    carriers: ["epci", "club"],
    partners: "Missions locales, CFA de l'industrie, France Travail",
    budget: [120_000, 300_000],
    funders: ["ETAT", "REGION", "INTERCOMMUNALITE"],
    indicators: [
      { label: "Jeunes accueillis", unit: "personnes", target: [40, 120] },
      { label: "Contrats d'apprentissage signés", unit: "contrats", target: [25, 80] },
    ],
  },
  {
    subTheme: "ACCES_COMPETENCES",
    title: "Groupement d'employeurs pour l'insertion et la qualification dans l'industrie",
    description:
      "Créer un GEIQ industrie qui recrute des personnes éloignées de l'emploi, les forme en alternance et les met à disposition des entreprises adhérentes {of}.",
    expectedResults:
      "Des recrutements durables sur les métiers en tension et un vivier de salariés qualifiés pour les entreprises adhérentes.",
    carriers: ["club", "company"],
    partners: "France Travail, DREETS Normandie, Opco 2i, missions locales",
    budget: [150_000, 350_000],
    funders: ["INDUSTRIELS", "ETAT", "REGION"],
    indicators: [
      { label: "Contrats de professionnalisation signés", unit: "contrats", target: [20, 50] },
      { label: "Entreprises adhérentes", unit: "entreprises", target: [10, 30] },
    ],
  },
  {
    subTheme: "ATTRACTIVITE_METIERS",
    title: "Opération « L'industrie recrute » avec France Travail",
    description:
      "Organiser des sessions de recrutement sans CV dans les usines {of} : découverte du poste, tests d'habiletés et entretiens le même jour pour les demandeurs d'emploi.",
    expectedResults:
      "Pourvoir rapidement les postes d'opérateurs et de conducteurs de ligne en recrutant sur les aptitudes plutôt que sur le diplôme.",
    carriers: ["state"],
    partners: "France Travail, {club}, agences d'emploi, missions locales",
    budget: [20_000, 60_000],
    funders: ["ETAT", "INDUSTRIELS"],
    indicators: [
      { label: "Recrutements réalisés", unit: "personnes", target: [60, 200] },
      { label: "Sessions organisées", unit: "sessions", target: [8, 20] },
    ],
  },
  {
    subTheme: "ATTRACTIVITE_METIERS",
    title: "Ateliers de découverte des métiers industriels pour les lycéennes",
    description:
      "Faire découvrir aux lycéennes les métiers techniques de {sectors} grâce à des ateliers animés par des salariées marraines et à des visites de sites.",
    expectedResults:
      "Augmenter la part de jeunes femmes dans les formations industrielles du territoire et dans les recrutements des entreprises.",
    carriers: ["company", "club"],
    partners: "Rectorat de Normandie, association Elles bougent, lycées du territoire",
    budget: [10_000, 35_000],
    funders: ["INDUSTRIELS", "REGION", "ETAT"],
    indicators: [
      { label: "Lycéennes accueillies", unit: "personnes", target: [100, 300], step: 10 },
      { label: "Salariées marraines", unit: "personnes", target: [15, 40] },
    ],
  },
  {
    subTheme: "ACCES_COMPETENCES",
    title: "Plateau technique partagé de formation à la robotique et au numérique industriel",
    description:
      "Équiper un plateau technique ouvert aux lycées, au CFA et aux entreprises {of} pour former aux cellules robotisées, à la maintenance prédictive et à la cybersécurité industrielle.",
    expectedResults:
      "Des salariés et des apprentis formés sur des équipements identiques à ceux des usines, sans immobiliser les lignes de production.",
    carriers: ["company", "region"],
    partners: "Lycée professionnel de {town}, CFA de l'industrie, UIMM Normandie, {club}",
    budget: [350_000, 900_000],
    funders: ["REGION", "EUROPE", "INDUSTRIELS", "BPIFRANCE"],
    indicators: [
      { label: "Heures de formation dispensées", unit: "heures", target: [2000, 8000], step: 100 },
      { label: "Stagiaires formés", unit: "personnes", target: [100, 300] },
    ],
  },
  {
    subTheme: "ATTRACTIVITE_METIERS",
    title: "Forum de l'emploi industriel {of}",
    description:
      "Réunir en un même lieu les industriels qui recrutent, les organismes de formation et les demandeurs d'emploi, avec des démonstrations de métiers et un job dating.",
    expectedResults:
      "Mettre en relation directe candidats et recruteurs, et faire connaître les formations qualifiantes du territoire.",
    carriers: ["epci", "state"],
    partners: "France Travail, CCI Normandie, {club}, missions locales",
    budget: [25_000, 70_000],
    funders: ["INTERCOMMUNALITE", "ETAT", "INDUSTRIELS"],
    indicators: [
      { label: "Visiteurs", unit: "personnes", target: [600, 2000], step: 50 },
      { label: "Offres d'emploi présentées", unit: "offres", target: [150, 500], step: 10 },
    ],
  },
];

/** Every territory has one: the campus is the programme's flagship answer on skills. */
export const CAMPUS: ActionTemplate = {
  subTheme: "ACCES_COMPETENCES",
  title: "Campus des métiers de l'industrie {of}",
  description:
    "Réunir lycées professionnels, CFA, IUT et industriels {of} autour d'un campus des métiers et des qualifications qui adapte l'offre de formation aux besoins de {sectors}.",
  expectedResults:
    "Une offre de formation initiale et continue alignée sur les métiers en tension, des plateaux techniques partagés et davantage d'apprentis recrutés par les entreprises du territoire.",
  carriers: ["region"],
  partners: "Rectorat de Normandie, {club}, lycées professionnels du territoire, CFA de l'industrie, UIMM Normandie",
  budget: [450_000, 1_400_000],
  funders: ["REGION", "ETAT", "EUROPE", "INDUSTRIELS"],
  indicators: [
    { label: "Apprenants accueillis", unit: "personnes", target: [250, 600], step: 10 },
    { label: "Entreprises partenaires", unit: "entreprises", target: [20, 60] },
  ],
};
