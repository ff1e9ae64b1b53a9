import { THROTTLED_PREFIX } from "./login-error-codes";

export const INVALID_CREDENTIALS_MESSAGE = "Adresse électronique ou mot de passe incorrect.";

function delayText(seconds: number): string {
  if (!(seconds >= 60)) return "quelques secondes";
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}

export function retryMessage(seconds: number): string {
  return `Trop de tentatives de connexion. Réessayez dans ${delayText(seconds)}.`;
}

/** The French message for an error next-auth returned; the same one for an unknown email and a wrong password. */
export function loginErrorMessage(error: string | null | undefined): string {
  if (error?.startsWith(THROTTLED_PREFIX)) {
    const seconds = Number(error.slice(THROTTLED_PREFIX.length)) || 900;
    return retryMessage(seconds);
  }
  if (error === "SessionRequired") return "Connectez-vous pour accéder à cette page.";
  return INVALID_CREDENTIALS_MESSAGE;
}
