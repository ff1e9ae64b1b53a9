// No "server-only" here: the password forms reuse these rules in the browser for immediate
// feedback. The common-password refusal needs a ~500 KB list, so it lives in the server-only
// `strongPasswordSchema` of ./password.ts; the server must always validate with that one.
import { hasControlCharacters } from "@/lib/validation/fields";
import { z } from "@/lib/validation/zod";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export const PASSWORD_MESSAGES = {
  tooShort: `Le mot de passe doit contenir au moins ${PASSWORD_MIN_LENGTH} caractères.`,
  tooLong: `Le mot de passe ne peut pas dépasser ${PASSWORD_MAX_LENGTH} caractères.`,
  tooCommon: "Ce mot de passe est trop courant : choisissez-en un autre, par exemple une phrase de plusieurs mots.",
  controlCharacters: "Le mot de passe ne peut pas contenir de caractères invisibles (caractères de contrôle).",
} as const;

/**
 * Length as a person counts it: `string.length` counts UTF-16 units, so an emoji outside the
 * basic plane would count twice and make the limits depend on the characters chosen.
 */
export function passwordLength(password: string): number {
  let count = 0;
  for (let index = 0; index < password.length; count++) {
    index += (password.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
  }
  return count;
}

/**
 * ASVS 5 (V6.2): length is the only rule. No composition rules, which push people towards
 * predictable patterns, and no trimming, since spaces and any Unicode character are legitimate
 * (passphrases). The maximum only bounds the hashing work an attacker can request.
 */
export const passwordSchema = z
  .string({ error: "Saisissez un mot de passe." })
  .refine((password) => passwordLength(password) >= PASSWORD_MIN_LENGTH, {
    message: PASSWORD_MESSAGES.tooShort,
    abort: true,
  })
  .refine((password) => passwordLength(password) <= PASSWORD_MAX_LENGTH, {
    message: PASSWORD_MESSAGES.tooLong,
    abort: true,
  })
  // A control character cannot be typed, only injected: no legitimate password holds one.
  .refine((password) => !hasControlCharacters(password), { message: PASSWORD_MESSAGES.controlCharacters });
