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

/**
 * Errors of a ProConnect sign-in or sign-out. next-auth's own codes: OAuthSignin when the departure
 * fails (ProConnect unreachable), OAuthCallback when the return does not check out (a state or
 * nonce that does not match, a signature that does not verify, an expired code). Ours: the codes
 * the sign-in callback and the sign-out route send.
 */
const PROCONNECT_MESSAGES = new Map(
  Object.entries({
    OAuthSignin:
      "ProConnect ne répond pas pour le moment. Réessayez dans quelques minutes, ou connectez-vous avec votre mot de passe.",
    OAuthCallback:
      "La connexion avec ProConnect n’a pas pu être vérifiée. Recommencez avec le bouton « S’identifier avec ProConnect ».",
    ProConnectUnavailable:
      "La connexion avec ProConnect a échoué. Réessayez dans quelques minutes, ou connectez-vous avec votre mot de passe.",
    ProConnectConflict:
      "Votre compte TI Pilotage est déjà relié à une autre identité ProConnect. Connectez-vous avec votre mot de passe et retirez ce lien dans « Mon compte », ou demandez-le aux administrateurs de la plateforme, puis réessayez.",
    AccountDisabled:
      "Ce compte est désactivé. Pour le retrouver, adressez-vous à la personne qui gère les comptes de votre région ou aux administrateurs de la plateforme.",
    ProConnectLogout:
      "Votre session TI Pilotage est bien fermée, mais le retour de ProConnect n’a pas pu être vérifié. Sur un ordinateur partagé, fermez le navigateur.",
  }),
);

/** The French message for an error next-auth returned; the same one for an unknown email and a wrong password. */
export function loginErrorMessage(error: string | null | undefined): string {
  if (error?.startsWith(THROTTLED_PREFIX)) {
    const seconds = Number(error.slice(THROTTLED_PREFIX.length)) || 900;
    return retryMessage(seconds);
  }
  if (error === "SessionRequired") return "Connectez-vous pour accéder à cette page.";
  const proConnectMessage = error ? PROCONNECT_MESSAGES.get(error) : undefined;
  if (proConnectMessage) return proConnectMessage;
  return INVALID_CREDENTIALS_MESSAGE;
}
