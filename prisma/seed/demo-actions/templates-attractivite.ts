import type { ActionTemplate } from "./types";

export const ATTRACTIVITE: readonly ActionTemplate[] = [
  {
    subTheme: "ATTRACTIVITE_TERRITOIRE",
    title: "Offre de logement pour les alternants et les jeunes salariés à {town}",
    description:
      "Réhabiliter des logements vacants et créer une résidence meublée pour les alternants, stagiaires et jeunes salariés des entreprises industrielles, avec des baux courts adaptés aux rythmes de l'alternance.",
    expectedResults:
      "Lever le frein du logement au recrutement : des logements abordables disponibles à moins de vingt minutes des principales zones industrielles.",
    carriers: ["epci"],
    partners: "Action Logement, bailleurs sociaux, {club}",
    budget: [600_000, 2_500_000],
    funders: ["BANQUE_DES_TERRITOIRES", "INTERCOMMUNALITE", "REGION", "ETAT"],
    indicators: [{ label: "Logements mis à disposition", unit: "logements", target: [20, 60] }],
  },
  {
    subTheme: "ATTRACTIVITE_TERRITOIRE",
    title: "Marque employeur territoriale {of}",
    description:
      "Construire avec les industriels une marque employeur commune, des portraits de salariés et une plateforme d'offres d'emploi qui présentent le territoire et ses métiers.",
    expectedResults:
      "Une image plus attractive du territoire auprès des candidats extérieurs et des offres d'emploi mieux diffusées.",
    carriers: ["epci", "club"],
    partners: "{club}, offices de tourisme, CCI Normandie, AD Normandie",
    budget: [60_000, 180_000],
    funders: ["INTERCOMMUNALITE", "REGION", "INDUSTRIELS"],
    indicators: [
      { label: "Entreprises ambassadrices", unit: "entreprises", target: [20, 60] },
      { label: "Candidatures reçues par la plateforme", unit: "candidatures", target: [300, 1200], step: 10 },
    ],
  },
  {
    subTheme: "ATTRACTIVITE_TERRITOIRE",
    title: "Service d'accueil des nouveaux salariés et de leurs familles",
    description:
      "Offrir aux salariés recrutés hors du territoire un accompagnement personnalisé : recherche de logement, emploi du conjoint, scolarité et modes de garde, découverte du territoire.",
    expectedResults: "Fidéliser les nouveaux arrivants et réduire les démissions pendant la première année.",
    carriers: ["epci"],
    partners: "{club}, France Travail, agences immobilières, associations locales",
    budget: [70_000, 160_000],
    funders: ["INTERCOMMUNALITE", "ETAT", "INDUSTRIELS"],
    indicators: [
      { label: "Familles accompagnées", unit: "familles", target: [40, 150] },
      { label: "Conjoints ayant retrouvé un emploi", unit: "personnes", target: [15, 60] },
    ],
  },
  {
    subTheme: "ATTRACTIVITE_TERRITOIRE",
    title: "Guichet unique d'accueil des projets industriels",
    description:
      "Donner aux porteurs de projets industriels un interlocuteur unique qui coordonne foncier, autorisations, financements et recrutement, en lien avec les services de l'État.",
    expectedResults:
      "Des délais d'implantation raccourcis et davantage de projets industriels menés à terme sur le territoire.",
    carriers: ["epci", "state"],
    partners: "AD Normandie, DREAL Normandie, direction départementale des territoires, CCI Normandie",
    budget: [80_000, 200_000],
    funders: ["INTERCOMMUNALITE", "REGION", "BANQUE_DES_TERRITOIRES"],
    indicators: [
      { label: "Projets d'implantation accompagnés", unit: "projets", target: [8, 25] },
      { label: "Emplois annoncés", unit: "emplois", target: [100, 400], step: 10 },
    ],
  },
  {
    subTheme: "ATTRACTIVITE_TERRITOIRE",
    title: "Campagne « Vivre et travailler {in} »",
    description:
      "Campagne de communication sur les réseaux sociaux, dans les salons et les gares parisiennes pour faire connaître le cadre de vie et les emplois industriels du territoire auprès des cadres et des techniciens.",
    expectedResults:
      "Attirer des profils qualifiés venus d'ailleurs et augmenter le nombre de candidatures aux postes de cadres et de techniciens.",
    carriers: ["region", "epci"],
    partners: "Normandie Attractivité, AD Normandie, {club}",
    budget: [80_000, 250_000],
    funders: ["REGION", "INTERCOMMUNALITE", "INDUSTRIELS"],
    indicators: [
      { label: "Personnes touchées par la campagne", unit: "personnes", target: [50_000, 200_000], step: 1000 },
      { label: "Candidatures de cadres et de techniciens", unit: "candidatures", target: [80, 300] },
    ],
  },
  {
    subTheme: "ATTRACTIVITE_TERRITOIRE",
    title: "Crèche interentreprises aux horaires adaptés aux équipes postées",
    description:
      "Ouvrir une crèche interentreprises près de la zone industrielle, ouverte de 5 h à 22 h pour s'accorder au travail posté.",
    expectedResults:
      "Faciliter le recrutement et le maintien en emploi des parents, en particulier des femmes, sur les postes en équipes.",
    carriers: ["company", "club"],
    partners: "Caisse d'allocations familiales, {epci}, gestionnaire de crèche",
    budget: [400_000, 1_100_000],
    funders: ["INDUSTRIELS", "INTERCOMMUNALITE", "AUTRE"],
    indicators: [
      { label: "Places de crèche", unit: "places", target: [20, 45] },
      { label: "Entreprises réservataires", unit: "entreprises", target: [5, 15] },
    ],
  },
  {
    subTheme: "ATTRACTIVITE_TERRITOIRE",
    title: "Navettes et covoiturage vers les zones industrielles",
    description:
      "Mettre en place des navettes aux horaires des équipes et une plateforme de covoiturage pour relier les bourgs et la gare aux principales zones industrielles {of}.",
    expectedResults:
      "Lever le frein de la mobilité pour les salariés sans voiture et réduire les trajets domicile-travail en voiture individuelle.",
    carriers: ["epci", "region"],
    partners: "Réseau régional Nomad, {club}, France Travail, plateforme de covoiturage",
    budget: [120_000, 400_000],
    funders: ["INTERCOMMUNALITE", "REGION", "INDUSTRIELS", "ETAT"],
    indicators: [{ label: "Salariés utilisateurs", unit: "personnes", target: [150, 500], step: 10 }],
  },
  {
    subTheme: "ATTRACTIVITE_TERRITOIRE",
    title: "Diagnostics « Industrie du futur » pour les PME du territoire",
    description:
      "Financer des diagnostics de modernisation (automatisation, numérique, énergie) pour les PME industrielles et les accompagner jusqu'à leur plan d'investissement.",
    expectedResults:
      "Des PME plus compétitives, qui investissent et recrutent sur le territoire plutôt que de délocaliser leur production.",
    carriers: ["region"],
    partners: "Bpifrance, AD Normandie, CCI Normandie, {club}",
    budget: [150_000, 450_000],
    funders: ["REGION", "BPIFRANCE", "INDUSTRIELS"],
    indicators: [
      { label: "PME diagnostiquées", unit: "entreprises", target: [15, 45] },
      { label: "Investissements déclenchés", unit: "€", target: [2_000_000, 8_000_000], step: 100_000 },
    ],
  },
  {
    subTheme: "ATTRACTIVITE_TERRITOIRE",
    title: "Visites d'entreprises ouvertes au public",
    description:
      "Ouvrir les ateliers des entreprises volontaires au grand public, avec les offices de tourisme, pour faire connaître les savoir-faire industriels {of}.",
    expectedResults:
      "Une industrie mieux connue et valorisée par les habitants et les visiteurs, et des vocations suscitées.",
    carriers: ["epci", "company"],
    partners: "Offices de tourisme, {club}, Normandie Attractivité",
    budget: [30_000, 90_000],
    funders: ["INTERCOMMUNALITE", "REGION", "INDUSTRIELS"],
    indicators: [
      { label: "Visiteurs accueillis", unit: "personnes", target: [1500, 6000], step: 100 },
      { label: "Entreprises ouvertes au public", unit: "entreprises", target: [8, 25] },
    ],
  },
];

// Projects of one territory each.

export const PENLY_WORKERS_HOUSING: ActionTemplate = {
  subTheme: "ATTRACTIVITE_TERRITOIRE",
  title: "Hébergement des salariés du chantier EPR2 de Penly",
  description:
    "Anticiper l'arrivée de plusieurs milliers de salariés sur le chantier des deux réacteurs EPR2 de Penly : des logements temporaires, réutilisés ensuite pour les jeunes actifs et les saisonniers.",
  expectedResults:
    "Accueillir les salariés du chantier sans tendre le marché du logement pour les habitants, et laisser un parc de logements utile après le chantier.",
  carriers: ["state"],
  carrier: { college: "ETAT", organisation: "Sous-préfecture de Dieppe" },
  partners: "EDF, {epci}, bailleurs sociaux, Action Logement",
  budget: [8_000_000, 20_000_000],
  funders: ["ETAT", "INDUSTRIELS", "BANQUE_DES_TERRITOIRES", "INTERCOMMUNALITE"],
  indicators: [{ label: "Logements créés", unit: "logements", target: [300, 800], step: 10 }],
};

export const COTENTIN_WORKSITES_WELCOME: ActionTemplate = {
  subTheme: "ATTRACTIVITE_TERRITOIRE",
  title: "Accueil des salariés des grands chantiers du Cotentin",
  description:
    "Coordonner l'offre de logement, de transport et de services pour les salariés des chantiers nucléaires et navals, sans évincer les habitants du marché locatif.",
  expectedResults: "Des salariés logés à proximité des chantiers et des loyers maîtrisés pour les habitants.",
  carriers: ["epci"],
  carrier: { college: "ELU", organisation: "CA du Cotentin" },
  partners: "Exploitants des sites nucléaires, chantiers navals, bailleurs sociaux, Action Logement",
  budget: [2_000_000, 6_000_000],
  funders: ["INTERCOMMUNALITE", "INDUSTRIELS", "BANQUE_DES_TERRITOIRES", "ETAT"],
  indicators: [{ label: "Logements mobilisés", unit: "logements", target: [200, 600], step: 10 }],
};

export const BRESLE_GLASS_SHOWCASE: ActionTemplate = {
  subTheme: "ATTRACTIVITE_TERRITOIRE",
  title: "Vitrine internationale du flaconnage de luxe de la Bresle",
  description:
    "Promouvoir le savoir-faire verrier de la vallée auprès des grandes marques de parfum et de cosmétique, sur les salons internationaux et par l'accueil de délégations.",
  expectedResults:
    "De nouveaux clients pour les verreries et les parachèvements, et une vallée connue pour son excellence.",
  carriers: ["club"],
  partners: "Glass Vallée, Business France, AD Normandie",
  budget: [120_000, 300_000],
  funders: ["INDUSTRIELS", "REGION", "EUROPE"],
  indicators: [
    { label: "Salons internationaux", unit: "salons", target: [3, 6] },
    { label: "Contacts commerciaux qualifiés", unit: "contacts", target: [150, 400], step: 10 },
  ],
};
