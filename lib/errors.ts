// Expected failures carry a code mapped to a French message; anything else is logged and the user
// sees a generic message (a database error never reaches a page or an API response).

export const errorMessages = {
  UNAUTHENTICATED: "Votre session a expiré. Reconnectez-vous.",
  NOT_FOUND: "Élément introuvable.",
  FORBIDDEN: "Vous n'avez pas les droits pour cette opération.",
  VALIDATION: "Certains champs sont à corriger.",
  CONFLICT: "Cet élément a été modifié entre-temps.",
  THROTTLED: "Trop de tentatives. Patientez quelques minutes avant de réessayer.",
  INTERNAL: "Une erreur inattendue est survenue. Réessayez ; si elle persiste, contactez l'équipe TI Pilotage.",
} as const;

export type ErrorCode = keyof typeof errorMessages;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = errorMessages[code],
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "AppError";
  }
}
