/**
 * Reference data of the "Territoires d'industrie" programme in Normandy, as named by the founding
 * communiqué (prisma/reference/communique-2018-11-22.md). Identifiers are English, content French.
 *
 * Each intercommunality keeps the name the communiqué gave it (`historicalName`, verbatim, without
 * the communiqué's parenthesised region notes) and points to the SIREN of the CURRENT official EPCI
 * it is now, or is now part of, in `@etalab/decoupage-administratif` (see official-data.ts). The
 * mappings were established from member communes: the 2018 body's seat or main towns were looked up
 * in communes.json, then in the `membres` of the current EPCIs (epci.json, package v6.0.0).
 * `regionCodes` are the regions of the departments of those current EPCIs, Normandie first.
 */

export interface FoundingCommuniqueReference {
  readonly date: string;
  readonly place: string;
  readonly title: string;
}

export interface IntercommunalityReference {
  /** Name as written in the founding communiqué. */
  readonly historicalName: string;
  /** SIREN of the current official EPCI. */
  readonly epciSiren: string;
}

export interface TerritoryReference {
  readonly slug: string;
  readonly name: string;
  /** INSEE code of the region whose prefecture announced and steers the territory. */
  readonly leadRegionCode: string;
  /** INSEE codes of every region the territory spans, the lead region first. */
  readonly regionCodes: readonly string[];
  /** In the communiqué's order. */
  readonly intercommunalities: readonly IntercommunalityReference[];
}

export interface LeverSubThemeReference {
  readonly code: string;
  readonly label: string;
}

export interface LeverReference {
  readonly code: string;
  readonly label: string;
  readonly description: string;
  readonly subThemes: readonly LeverSubThemeReference[];
}

export const foundingCommunique = {
  date: "2018-11-22",
  place: "Rouen",
  title: 'Dix "Territoires d\'Industrie" en Normandie',
} as const satisfies FoundingCommuniqueReference;

/** INSEE region codes used below. */
const NORMANDIE = "28";
const HAUTS_DE_FRANCE = "32";
const CENTRE_VAL_DE_LOIRE = "24";
const PAYS_DE_LA_LOIRE = "52";

export const territories = [
  {
    slug: "axe-seine",
    name: "Axe Seine",
    leadRegionCode: NORMANDIE,
    regionCodes: [NORMANDIE],
    intercommunalities: [
      // CU Le Havre Seine Métropole (76): Le Havre (76351), Montivilliers (76447) and Harfleur (76341),
      // the CODAH's towns, are members.
      { historicalName: "CODAH", epciSiren: "200084952" },
      // Same CU Le Havre Seine Métropole: Caux Estuaire's seat Saint-Romain-de-Colbosc (76647) and
      // Gainneville (76296) are members. CODAH and Caux Estuaire merged into it (2019-01-01).
      { historicalName: "Caux Estuaire", epciSiren: "200084952" },
      // Renamed CA Caux Seine Agglo (76): Lillebonne (76384), Bolbec (76114) and Port-Jérôme-sur-Seine
      // (76476) are members.
      { historicalName: "Caux Vallée de Seine", epciSiren: "200010700" },
      // Métropole Rouen Normandie (76): Rouen (76540) and Elbeuf (76231) are members.
      { historicalName: "Métropole de Rouen", epciSiren: "200023414" },
      // CA Seine-Eure (27): the CASE's towns Louviers (27375), Val-de-Reuil (27701) and
      // Pont-de-l'Arche (27469) are members.
      { historicalName: "CASE", epciSiren: "200089456" },
      // CA Seine Normandie Agglomération (27): Vernon (27681) and Les Andelys (27016) are members.
      { historicalName: "Seine Normandie Agglo", epciSiren: "200072312" },
      // Now part of CA Seine-Eure too (no EPCI named Eure-Madrie-Seine remains): its seat Gaillon
      // (27275), Le Val d'Hazey (27022) and Saint-Aubin-sur-Gaillon (27517) are members. The CASE and
      // the CC Eure-Madrie-Seine merged into the new CA Seine-Eure (2019-01-01).
      { historicalName: "Eure-Madrie-Seine", epciSiren: "200089456" },
      // CA Evreux Portes de Normandie (27): Évreux (27229) is a member.
      { historicalName: "Evreux - Portes de Normandie", epciSiren: "200071454" },
      // CC Lyons Andelle (27): Lyons-la-Forêt (27377) and Fleury-sur-Andelle (27246) are members.
      { historicalName: "Lyons Andelle", epciSiren: "200070142" },
    ],
  },
  {
    slug: "caen-industrie",
    name: "Caen Industrie",
    leadRegionCode: NORMANDIE,
    regionCodes: [NORMANDIE],
    intercommunalities: [
      // CU Caen la Mer (14): Caen (14118) is a member.
      { historicalName: "Caen la mer", epciSiren: "200065597" },
    ],
  },
  {
    slug: "collines-de-normandie",
    name: "Collines de Normandie",
    leadRegionCode: NORMANDIE,
    regionCodes: [NORMANDIE],
    intercommunalities: [
      // CC Intercom de la Vire au Noireau (14): Vire Normandie (14762) and Condé-en-Normandie (14174)
      // are members.
      { historicalName: "Intercom de la Vire au Noireau", epciSiren: "200068799" },
      // CA Flers Agglo (61): Flers (61169) is a member.
      { historicalName: "Flers Agglo", epciSiren: "200035814" },
    ],
  },
  {
    slug: "cote-d-albatre",
    name: "Côte d'Albâtre",
    leadRegionCode: NORMANDIE,
    regionCodes: [NORMANDIE],
    intercommunalities: [
      // CC de la Côte d'Albâtre (76), same name: Cany-Barville (76159) and Saint-Valery-en-Caux
      // (76655) are members. Not to be confused with Fécamp's CA Fécamp Caux Littoral (200069821).
      { historicalName: "CC de la Côte d'Albâtre", epciSiren: "200069839" },
      // CC Terroir de Caux (76), same name: Bacqueville-en-Caux (76051), Tôtes (76700), Val-de-Saâne
      // (76018) and Longueville-sur-Scie (76397) are members.
      { historicalName: "Terroir de Caux", epciSiren: "200068534" },
      // CA de la Région Dieppoise ("Dieppe-Maritime") (76): Dieppe (76217), Offranville (76482) and
      // Arques-la-Bataille (76026) are members.
      { historicalName: "Région Dieppoise", epciSiren: "247600786" },
      // CC Falaises du Talou (76), same name: Envermeu (76235) is a member.
      { historicalName: "Falaises du Talou", epciSiren: "247600729" },
    ],
  },
  {
    slug: "nord-cotentin",
    name: "Nord Cotentin",
    leadRegionCode: NORMANDIE,
    regionCodes: [NORMANDIE],
    intercommunalities: [
      // CA du Cotentin (50): Cherbourg-en-Cotentin (50129) and Valognes (50615) are members.
      { historicalName: "CA du Cotentin", epciSiren: "200067205" },
      // CC de la Baie du Cotentin (50): Carentan-les-Marais (50099) is a member.
      { historicalName: "CC de la Baie du Cotentin", epciSiren: "200042729" },
    ],
  },
  {
    slug: "sud-manche",
    name: "Sud Manche",
    leadRegionCode: NORMANDIE,
    regionCodes: [NORMANDIE],
    intercommunalities: [
      // CA Mont-Saint-Michel-Normandie (50): Avranches (50025), Saint-Hilaire-du-Harcouët (50484) and
      // Pontorson (50410) are members.
      { historicalName: "CA Mont Saint Michel Normandie", epciSiren: "200069425" },
      // CC de Villedieu Intercom (50): Villedieu-les-Poêles-Rouffigny (50639) is a member.
      { historicalName: "Villedieu Intercom", epciSiren: "200043354" },
    ],
  },
  {
    slug: "lisieux-industrie",
    name: "Lisieux Industrie",
    leadRegionCode: NORMANDIE,
    regionCodes: [NORMANDIE],
    intercommunalities: [
      // CA Lisieux Normandie (14): Lisieux (14366) and Orbec (14478) are members.
      { historicalName: "Lisieux Normandie", epciSiren: "200069532" },
    ],
  },
  {
    slug: "pays-de-l-aigle",
    name: "Pays de l'Aigle",
    leadRegionCode: NORMANDIE,
    regionCodes: [NORMANDIE],
    intercommunalities: [
      // CC des Pays de L'Aigle (61): L'Aigle (61214) is a member.
      { historicalName: "Pays de l'Aigle", epciSiren: "200068468" },
    ],
  },
  {
    slug: "vallee-de-la-bresle",
    name: "Vallée de la Bresle",
    leadRegionCode: NORMANDIE,
    regionCodes: [NORMANDIE, HAUTS_DE_FRANCE],
    intercommunalities: [
      // CC Interrégionale Aumale - Blangy-sur-Bresle (76 and 80): Aumale (76035) and Blangy-sur-Bresle
      // (76101) are members.
      { historicalName: "CC Aumale - Blangy-sur-Bresle", epciSiren: "200069722" },
      // CC des Villes Soeurs (76 and 80), interregional: Eu (76255), Le Tréport (76711) and
      // Mers-les-Bains (80533) are members.
      { historicalName: "CC des Villes Sœurs", epciSiren: "247600588" },
      // CC du Vimeu (80, Hauts-de-France), same name: Friville-Escarbotin (80368) and
      // Feuquières-en-Vimeu (80308) are members.
      { historicalName: "CC du Vimeu", epciSiren: "200070944" },
    ],
  },
  {
    slug: "vallee-de-l-huisne",
    name: "Vallée de l'Huisne",
    leadRegionCode: NORMANDIE,
    regionCodes: [NORMANDIE, CENTRE_VAL_DE_LOIRE, PAYS_DE_LA_LOIRE],
    intercommunalities: [
      // CC Coeur du Perche (61): Rémalard en Perche (61345), Bretoncelles (61061) and Sablons sur
      // Huisne (61116) are members.
      { historicalName: "CC Cœur du Perche", epciSiren: "200068435" },
      // CC des Collines du Perche Normand (61): Bellême (61038) and Val-au-Perche (61484) are members.
      // Not the CC des Collines du Perche (41, 244100293).
      { historicalName: "CC des Collines du Perche Normand", epciSiren: "200071504" },
      // CC du Perche (28, Centre-Val de Loire): Nogent-le-Rotrou (28280) is a member. Not the other
      // Perche EPCIs of Eure-et-Loir (Terres de Perche, Forêts du Perche, Entre Beauce et Perche).
      { historicalName: "CC du Perche", epciSiren: "200006971" },
      // CC du Pays de l'Huisne Sarthoise (72, Pays de la Loire): La Ferté-Bernard (72132) is a member.
      { historicalName: "CC Pays de l'Huisne sarthoise", epciSiren: "247200686" },
    ],
  },
] as const satisfies readonly TerritoryReference[];

export const levers = [
  {
    code: "COMPETENCES",
    label: "Compétences",
    description:
      "Renforcer l'attractivité des métiers de l'industrie et l'accès aux compétences dont les entreprises du territoire ont besoin pour leur croissance.",
    subThemes: [
      { code: "ATTRACTIVITE_METIERS", label: "Attractivité des métiers" },
      { code: "ACCES_COMPETENCES", label: "Accès aux compétences" },
    ],
  },
  {
    code: "ATTRACTIVITE",
    label: "Attractivité",
    description:
      "Renforcer l'attractivité du territoire pour accompagner la croissance de ses entreprises industrielles.",
    subThemes: [{ code: "ATTRACTIVITE_TERRITOIRE", label: "Attractivité du territoire" }],
  },
  {
    code: "INFRASTRUCTURES",
    label: "Infrastructures",
    description:
      "Faciliter l'accès des entreprises du territoire aux infrastructures et aux réseaux nécessaires à leur croissance.",
    subThemes: [{ code: "ACCES_INFRASTRUCTURES_RESEAUX", label: "Accès aux infrastructures et aux réseaux" }],
  },
] as const satisfies readonly LeverReference[];

export type TerritorySlug = (typeof territories)[number]["slug"];
export type LeverCode = (typeof levers)[number]["code"];
