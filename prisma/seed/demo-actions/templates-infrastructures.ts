import type { ActionTemplate } from "./types";

/** Every territory has one: brownfield land is the main source of industrial land without sprawl. */
export const WASTELAND: ActionTemplate = {
  subTheme: "ACCES_INFRASTRUCTURES_RESEAUX",
  title: "Requalification de la {wasteland} en zone d'activités",
  description:
    "Acquérir, dépolluer et réaménager la {wasteland} pour accueillir de nouvelles activités industrielles sans consommer de terres agricoles.",
  expectedResults:
    "Des hectares remis sur le marché pour des projets industriels, dans le respect de l'objectif de zéro artificialisation nette.",
  carriers: ["epci"],
  partners: "Établissement public foncier de Normandie, DREAL Normandie, {club}",
  budget: [2_500_000, 9_000_000],
  funders: ["ETAT", "REGION", "BANQUE_DES_TERRITOIRES", "INTERCOMMUNALITE", "EUROPE"],
  indicators: [
    { label: "Hectares rendus disponibles", unit: "ha", target: [5, 25] },
    { label: "Emplois créés", unit: "emplois", target: [50, 250], step: 5 },
  ],
};

export const INFRASTRUCTURES: readonly ActionTemplate[] = [
  {
    subTheme: "ACCES_INFRASTRUCTURES_RESEAUX",
    title: "Raccordement très haut débit des zones industrielles {of}",
    description:
      "Déployer la fibre optique dédiée aux entreprises dans les zones d'activités encore mal desservies, avec des offres professionnelles à débit garanti.",
    expectedResults:
      "Toutes les zones industrielles raccordées au très haut débit, condition de la numérisation des usines.",
    carriers: ["region", "epci"],
    partners: "Syndicat départemental du numérique, opérateurs de réseaux, {club}",
    budget: [400_000, 1_600_000],
    funders: ["REGION", "ETAT", "INTERCOMMUNALITE", "EUROPE"],
    indicators: [
      { label: "Entreprises raccordées", unit: "entreprises", target: [40, 160] },
      { label: "Zones d'activités desservies", unit: "zones", target: [4, 12] },
    ],
  },
  {
    subTheme: "ACCES_INFRASTRUCTURES_RESEAUX",
    title: "Extension du {park}",
    description:
      "Aménager une nouvelle tranche du {park} : viabilisation, voirie, réseaux et découpage en lots adaptés aux PME industrielles.",
    expectedResults:
      "Une offre foncière immédiatement disponible pour les entreprises qui s'agrandissent ou qui s'implantent.",
    carriers: ["epci"],
    partners: "Établissement public foncier de Normandie, CCI Normandie, Enedis",
    budget: [1_500_000, 5_000_000],
    funders: ["INTERCOMMUNALITE", "REGION", "ETAT", "BANQUE_DES_TERRITOIRES"],
    indicators: [
      { label: "Hectares aménagés", unit: "ha", target: [6, 30] },
      { label: "Entreprises implantées", unit: "entreprises", target: [4, 15] },
    ],
  },
  {
    subTheme: "ACCES_INFRASTRUCTURES_RESEAUX",
    title: "Renforcement du réseau électrique pour décarboner les sites industriels",
    description:
      "Anticiper avec les gestionnaires de réseau les raccordements nécessaires à l'électrification des procédés (fours, chaudières, flottes) des principaux sites industriels {of}.",
    expectedResults:
      "Des capacités de raccordement réservées et des calendriers de travaux compatibles avec les projets de décarbonation des industriels.",
    carriers: ["state", "company"],
    partners: "RTE, Enedis, ADEME Normandie, {club}",
    budget: [800_000, 3_500_000],
    funders: ["ETAT", "INDUSTRIELS", "BANQUE_DES_TERRITOIRES"],
    indicators: [
      { label: "Sites industriels raccordés", unit: "sites", target: [4, 12] },
      { label: "Puissance supplémentaire raccordée", unit: "MW", target: [20, 90] },
    ],
  },
  {
    subTheme: "ACCES_INFRASTRUCTURES_RESEAUX",
    title: "Réseau de chaleur alimenté par la chaleur fatale industrielle",
    description:
      "Récupérer la chaleur perdue des procédés d'un site industriel pour alimenter un réseau de chaleur desservant les entreprises voisines et des équipements publics.",
    expectedResults:
      "Une énergie locale et décarbonée à prix stable pour les entreprises raccordées, et des émissions de CO₂ évitées.",
    carriers: ["company", "epci"],
    partners: "ADEME Normandie, {epci}, exploitant du réseau de chaleur",
    budget: [1_200_000, 4_500_000],
    funders: ["ETAT", "INDUSTRIELS", "REGION", "EUROPE"],
    indicators: [
      { label: "Chaleur valorisée par an", unit: "MWh", target: [8000, 30_000], step: 500 },
      { label: "Bâtiments raccordés", unit: "bâtiments", target: [10, 40] },
    ],
  },
  {
    subTheme: "ACCES_INFRASTRUCTURES_RESEAUX",
    title: "Sécurisation de l'alimentation en eau des sites industriels",
    description:
      "Interconnecter les réseaux et développer la réutilisation des eaux usées traitées pour sécuriser les besoins en eau des industriels en période de sécheresse.",
    expectedResults:
      "Des prélèvements dans la ressource réduits et une production maintenue pendant les épisodes de sécheresse.",
    carriers: ["epci", "state"],
    partners: "Agence de l'eau Seine-Normandie, syndicat d'eau potable, {club}",
    budget: [900_000, 3_000_000],
    funders: ["ETAT", "INTERCOMMUNALITE", "INDUSTRIELS", "AUTRE"],
    indicators: [
      { label: "Volume d'eau économisé par an", unit: "m³", target: [50_000, 300_000], step: 5000 },
      { label: "Sites industriels concernés", unit: "sites", target: [5, 15] },
    ],
  },
  {
    subTheme: "ACCES_INFRASTRUCTURES_RESEAUX",
    title: "Ateliers-relais pour les PME industrielles à {town}",
    description:
      "Construire des ateliers-relais loués à prix modéré aux jeunes entreprises et aux PME en croissance, avec une option d'achat au terme du bail.",
    expectedResults:
      "Un parcours immobilier pour les entreprises industrielles, de la création à l'implantation durable sur le territoire.",
    carriers: ["epci"],
    partners: "CCI Normandie, {club}, AD Normandie",
    budget: [1_000_000, 3_000_000],
    funders: ["INTERCOMMUNALITE", "BANQUE_DES_TERRITOIRES", "REGION", "EUROPE"],
    indicators: [
      { label: "Ateliers livrés", unit: "ateliers", target: [3, 8] },
      { label: "Surface disponible", unit: "m²", target: [1500, 5000], step: 100 },
    ],
  },
];
