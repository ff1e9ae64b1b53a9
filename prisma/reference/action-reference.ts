/**
 * Statuses of an action and kinds of funders, as the programme defines them. Seeded as data so that
 * the programme can change them without a code change. Order is the display order.
 */
export const actionStatuses = [
  { code: "A_VENIR", label: "À venir", isClosed: false, isDone: false },
  { code: "EN_COURS", label: "En cours", isClosed: false, isDone: false },
  { code: "REALISEE", label: "Réalisée", isClosed: true, isDone: true },
  { code: "EN_PAUSE", label: "En pause", isClosed: false, isDone: false },
  { code: "BLOQUEE", label: "Bloquée", isClosed: false, isDone: false },
  { code: "ABANDONNEE", label: "Abandonnée", isClosed: true, isDone: false },
] as const;

export type ActionStatusCode = (typeof actionStatuses)[number]["code"];

export const funderTypes = [
  { code: "ETAT", label: "État" },
  { code: "REGION", label: "Région" },
  { code: "INTERCOMMUNALITE", label: "Intercommunalité" },
  { code: "INDUSTRIELS", label: "Industriels" },
  { code: "BANQUE_DES_TERRITOIRES", label: "Banque des Territoires" },
  { code: "BPIFRANCE", label: "Bpifrance" },
  { code: "EUROPE", label: "Europe" },
  { code: "AUTRE", label: "Autre" },
] as const;

export type FunderCode = (typeof funderTypes)[number]["code"];
