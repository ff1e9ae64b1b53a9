// Demo profiles of the ten Normandy territories: real places and public bodies, fictional companies.
import { BRESLE_GLASS_SHOWCASE, COTENTIN_WORKSITES_WELCOME, PENLY_WORKERS_HOUSING } from "./templates-attractivite";
import type { ActionTemplate, TerritoryProfile } from "./types";

const NORMANDIE = "Région Normandie";
const SUB_THEME = "ACCES_INFRASTRUCTURES_RESEAUX";

/** A rail or road link: most territories' flagship infrastructure project. */
function transport(
  fields: Pick<ActionTemplate, "title" | "description" | "expectedResults" | "partners"> &
    Partial<Pick<ActionTemplate, "carriers" | "carrier" | "budget" | "indicators" | "funders">>,
): { lever: "INFRASTRUCTURES"; template: ActionTemplate } {
  return {
    lever: "INFRASTRUCTURES",
    template: {
      subTheme: SUB_THEME,
      carriers: ["region", "epci"],
      budget: [3_000_000, 9_000_000],
      funders: ["ETAT", "REGION", "EUROPE", "INDUSTRIELS"],
      indicators: [
        { label: "Trains de fret par semaine", unit: "trains", target: [4, 12] },
        { label: "Camions évités par an", unit: "camions", target: [4000, 15_000], step: 500 },
      ],
      ...fields,
    },
  };
}

export const territoryProfiles: readonly TerritoryProfile[] = [
  {
    slug: "axe-seine",
    of: "de l'Axe Seine",
    in: "dans l'Axe Seine",
    town: "Rouen",
    sectors: "la chimie, l'automobile et la logistique",
    wasteland: "friche de l'ancienne raffinerie de Petit-Couronne",
    park: "parc d'activités de Port-Jérôme-sur-Seine",
    club: "Club des industriels de l'Axe Seine",
    companies: ["Chimie de l'Estuaire", "Seine Automotive Composants", "Logistique Portuaire Normande"],
    stateOffices: ["Préfecture de la Seine-Maritime", "Préfecture de l'Eure", "Sous-préfecture du Havre"],
    regions: [NORMANDIE],
    own: [
      transport({
        title: "Desserte ferroviaire de la zone industrialo-portuaire de Port-Jérôme",
        description:
          "Remettre à niveau l'embranchement ferroviaire qui relie la zone industrielle de Port-Jérôme au réseau national pour reporter une partie des flux de la chimie et de la logistique de la route vers le rail.",
        expectedResults:
          "Des trains de fret réguliers vers le port du Havre et l'arrière-pays, et des milliers de camions évités chaque année.",
        partners: "SNCF Réseau, HAROPA Port, {club}",
      }),
    ],
  },
  {
    slug: "caen-industrie",
    of: "de l'agglomération caennaise",
    in: "dans l'agglomération caennaise",
    town: "Caen",
    sectors: "l'automobile, l'électronique et la santé",
    wasteland: "friche portuaire de Blainville-sur-Orne",
    park: "parc d'activités de Colombelles",
    club: "Association des industriels du Calvados",
    companies: ["Électronique Normande de Précision", "Mondeville Mécanique", "Plasturgie de la Plaine de Caen"],
    stateOffices: ["Préfecture du Calvados"],
    regions: [NORMANDIE],
    own: [
      transport({
        title: "Desserte ferroviaire du port de Caen-Ouistreham",
        description:
          "Moderniser la voie ferrée portuaire et les quais de Blainville-sur-Orne pour permettre le transport par le rail des vracs et des pièces industrielles.",
        expectedResults:
          "Un port relié au réseau ferré national, des coûts logistiques réduits pour les industriels et moins de camions sur le périphérique caennais.",
        partners: "Ports de Normandie, SNCF Réseau, {club}",
      }),
    ],
  },
  {
    slug: "collines-de-normandie",
    of: "des Collines de Normandie",
    in: "dans les Collines de Normandie",
    town: "Flers",
    sectors: "l'agroalimentaire, la mécanique et la sous-traitance automobile",
    wasteland: "friche textile de Condé-en-Normandie",
    park: "parc d'activités de Vire Normandie",
    club: "Club des entreprises du Bocage",
    companies: ["Fonderie du Noireau", "Bocage Agroalimentaire", "Mécanique de Précision de Flers"],
    stateOffices: ["Préfecture de l'Orne", "Préfecture du Calvados", "Sous-préfecture de Vire"],
    regions: [NORMANDIE],
    own: [
      transport({
        title: "Sécurisation de l'accès poids lourds à la zone industrielle de Flers",
        description:
          "Créer un barreau routier et un giratoire pour que les poids lourds desservant la zone industrielle ne traversent plus le centre de Flers.",
        expectedResults: "Des livraisons plus sûres et plus rapides pour les industriels, et un centre-ville apaisé.",
        carrier: { college: "ELU", organisation: "CA Flers Agglo" },
        partners: "Département de l'Orne, {club}",
        budget: [1_500_000, 4_000_000],
        funders: ["INTERCOMMUNALITE", "ETAT", "REGION"],
        indicators: [{ label: "Poids lourds déviés du centre-ville par jour", unit: "camions", target: [150, 400] }],
      }),
    ],
  },
  {
    slug: "cote-d-albatre",
    of: "de la Côte d'Albâtre",
    in: "sur la Côte d'Albâtre",
    town: "Dieppe",
    sectors: "l'énergie, l'agroalimentaire et la mécanique",
    wasteland: "friche industrielle d'Arques-la-Bataille",
    park: "parc d'activités de Cany-Barville",
    club: "Club des industriels de la Côte d'Albâtre",
    companies: ["Dieppe Métallerie Industrielle", "Lin et Fibres de Caux", "Maintenance Nucléaire du Littoral"],
    stateOffices: ["Préfecture de la Seine-Maritime", "Sous-préfecture de Dieppe"],
    regions: [NORMANDIE],
    own: [
      transport({
        title: "Adaptation du port de Dieppe à la maintenance des éoliennes en mer",
        description:
          "Aménager quai, pontons et bâtiments pour accueillir la base de maintenance du parc éolien en mer Dieppe – Le Tréport et ses sous-traitants locaux.",
        expectedResults:
          "Des emplois de maintenance durables à Dieppe et des entreprises locales qualifiées pour les énergies marines.",
        carriers: ["region"],
        partners: "Syndicat mixte du port de Dieppe, CCI Normandie, {club}",
        indicators: [
          { label: "Emplois de maintenance créés", unit: "emplois", target: [60, 120] },
          { label: "Entreprises locales sous-traitantes", unit: "entreprises", target: [10, 30] },
        ],
      }),
      { lever: "ATTRACTIVITE", template: PENLY_WORKERS_HOUSING },
    ],
  },
  {
    slug: "nord-cotentin",
    of: "du Nord Cotentin",
    in: "dans le Nord Cotentin",
    town: "Cherbourg-en-Cotentin",
    sectors: "le nucléaire, la construction navale et les énergies marines",
    wasteland: "friche portuaire des Mielles à Cherbourg-en-Cotentin",
    park: "parc d'activités de Valognes",
    club: "Club des industriels du Cotentin",
    companies: ["Constructions Navales du Cotentin", "Cotentin Maintenance Nucléaire", "Chaudronnerie de la Hague"],
    stateOffices: ["Préfecture de la Manche", "Sous-préfecture de Cherbourg"],
    regions: [NORMANDIE],
    own: [
      transport({
        title: "Desserte ferroviaire du terminal portuaire de Cherbourg",
        description:
          "Rétablir la liaison ferroviaire entre les quais du port de Cherbourg et le réseau national pour acheminer les colis lourds de l'industrie nucléaire et des énergies marines.",
        expectedResults: "Des colis exceptionnels transportés par le rail plutôt que par convois routiers.",
        partners: "Ports de Normandie, SNCF Réseau, {club}",
        indicators: [
          { label: "Trains de fret par semaine", unit: "trains", target: [3, 8] },
          { label: "Colis lourds transportés par an", unit: "colis", target: [40, 120] },
        ],
      }),
      { lever: "ATTRACTIVITE", template: COTENTIN_WORKSITES_WELCOME },
    ],
  },
  {
    slug: "sud-manche",
    of: "du Sud Manche",
    in: "dans le Sud Manche",
    town: "Avranches",
    sectors: "l'agroalimentaire, la plasturgie et la métallurgie",
    wasteland: "friche de l'ancienne laiterie de Ducey",
    park: "parc d'activités de Saint-Hilaire-du-Harcouët",
    club: "Réseau des industriels du Sud Manche",
    companies: ["Laiterie de la Baie", "Plasturgie du Mortainais", "Dinanderie de Villedieu"],
    stateOffices: ["Préfecture de la Manche", "Sous-préfecture d'Avranches"],
    regions: [NORMANDIE],
    own: [
      transport({
        title: "Amélioration de l'accès routier entre Saint-Hilaire-du-Harcouët et l'autoroute A84",
        description:
          "Recalibrer l'itinéraire et sécuriser les carrefours entre les zones industrielles de Saint-Hilaire-du-Harcouët et l'échangeur de l'A84.",
        expectedResults:
          "Un temps de trajet réduit vers l'autoroute pour les transporteurs et des carrefours sécurisés.",
        partners: "Département de la Manche, direction interdépartementale des routes, {club}",
        budget: [2_000_000, 6_000_000],
        funders: ["ETAT", "REGION", "INTERCOMMUNALITE"],
        indicators: [{ label: "Temps de trajet gagné vers l'A84", unit: "minutes", target: [5, 12] }],
      }),
    ],
  },
  {
    slug: "lisieux-industrie",
    of: "du bassin lexovien",
    in: "dans le bassin lexovien",
    town: "Lisieux",
    sectors: "l'agroalimentaire, la pharmacie et la mécanique",
    wasteland: "friche de l'ancienne usine textile d'Orbec",
    park: "parc d'activités de Lisieux-Est",
    club: "Club des entreprises du Pays d'Auge",
    companies: ["Fromageries du Pays d'Auge", "Laboratoires Lexoviens", "Orbec Mécanique Industrielle"],
    stateOffices: ["Préfecture du Calvados", "Sous-préfecture de Lisieux"],
    regions: [NORMANDIE],
    own: [
      transport({
        title: "Remise en service de la plateforme de fret ferroviaire de Lisieux",
        description:
          "Rouvrir la cour de fret de la gare de Lisieux pour que les industriels de l'agroalimentaire et de la pharmacie puissent expédier leurs marchandises par le rail.",
        expectedResults:
          "Une solution ferroviaire de proximité pour les chargeurs du territoire et moins de poids lourds.",
        partners: "SNCF Réseau, opérateur ferroviaire de proximité, {club}",
        indicators: [{ label: "Wagons chargés par an", unit: "wagons", target: [800, 2500], step: 50 }],
      }),
    ],
  },
  {
    slug: "pays-de-l-aigle",
    of: "du Pays de l'Aigle",
    in: "dans le Pays de l'Aigle",
    town: "L'Aigle",
    sectors: "la métallurgie, la tréfilerie et la sous-traitance aéronautique",
    wasteland: "friche de l'ancienne tréfilerie de Rai",
    park: "parc d'activités de Saint-Sulpice-sur-Risle",
    club: "Club des industriels du Pays de l'Aigle",
    companies: ["Tréfileries de la Risle", "Aiguilles et Épingles de l'Aigle", "Aéro Mécanique Normande"],
    stateOffices: ["Préfecture de l'Orne", "Sous-préfecture de Mortagne-au-Perche"],
    regions: [NORMANDIE],
    own: [
      transport({
        title: "Sécurisation de la RN 26 au droit de la zone industrielle de L'Aigle",
        description:
          "Aménager un carrefour sécurisé et une voie de tourne-à-gauche pour les poids lourds qui entrent dans la zone industrielle ou en sortent depuis la RN 26.",
        expectedResults:
          "Un accès sûr à la zone industrielle pour les transporteurs et moins d'accidents sur la RN 26.",
        carriers: ["state"],
        partners: "Direction interdépartementale des routes Nord-Ouest, Département de l'Orne, {club}",
        budget: [800_000, 2_500_000],
        funders: ["ETAT", "REGION", "INTERCOMMUNALITE"],
        indicators: [
          { label: "Poids lourds desservant la zone par jour", unit: "camions", target: [200, 500], step: 10 },
        ],
      }),
    ],
  },
  {
    slug: "vallee-de-la-bresle",
    of: "de la Vallée de la Bresle",
    in: "dans la Vallée de la Bresle",
    town: "Eu",
    sectors: "le flaconnage de luxe, la verrerie et la robinetterie",
    wasteland: "friche de l'ancienne verrerie d'Aumale",
    park: "parc d'activités d'Eu – Le Tréport",
    club: "Club des industriels de la Vallée de la Bresle",
    companies: ["Verrerie des Villes Sœurs", "Parachèvement Verrier de Blangy", "Robinetterie du Vimeu"],
    stateOffices: ["Préfecture de la Seine-Maritime", "Préfecture de la Somme", "Sous-préfecture d'Abbeville"],
    regions: [NORMANDIE, "Région Hauts-de-France"],
    own: [
      transport({
        title: "Modernisation de la ligne ferroviaire Abancourt – Le Tréport pour le fret verrier",
        description:
          "Pérenniser la ligne ferroviaire de la vallée de la Bresle et ses embranchements pour acheminer le sable et expédier les flacons des verreries par le rail.",
        expectedResults:
          "Une ligne ouverte au fret pour vingt ans et une part du transport des verreries reportée sur le rail.",
        carriers: ["region"],
        partners: "SNCF Réseau, Glass Vallée, {club}",
      }),
      { lever: "ATTRACTIVITE", template: BRESLE_GLASS_SHOWCASE },
    ],
  },
  {
    slug: "vallee-de-l-huisne",
    of: "de la Vallée de l'Huisne",
    in: "dans la Vallée de l'Huisne",
    town: "Nogent-le-Rotrou",
    sectors: "la plasturgie, la cosmétique et la sous-traitance automobile",
    wasteland: "friche de l'ancienne fonderie de Rémalard",
    park: "parc d'activités de La Ferté-Bernard",
    club: "Club des industriels de la Vallée de l'Huisne",
    companies: ["Plastiques du Perche", "Cosmétiques de l'Huisne", "Caoutchouc Industriel Fertois"],
    stateOffices: ["Préfecture de l'Orne", "Préfecture d'Eure-et-Loir", "Préfecture de la Sarthe"],
    regions: [NORMANDIE, "Région Centre-Val de Loire", "Région Pays de la Loire"],
    own: [
      transport({
        title: "Desserte ferroviaire de la zone industrielle de Nogent-le-Rotrou",
        description:
          "Rénover l'embranchement ferroviaire de la zone industrielle sur la ligne Paris – Le Mans pour les expéditions des plasturgistes et des logisticiens.",
        expectedResults: "Un embranchement remis en service et des expéditions régulières par le rail.",
        carrier: { college: "ELU", organisation: "CC du Perche" },
        partners: "SNCF Réseau, Région Centre-Val de Loire, {club}",
        budget: [1_500_000, 4_000_000],
      }),
    ],
  },
];
