import { hasControlCharacters } from "./fields";

// URL parameters (filters, search, page) are read leniently: an unknown or malformed value falls
// back to its default, so that a mistyped link still shows a page. A hostile one — control
// characters, or a length no link of ours produces — is the caller's error, refused as a whole
// with the parameter named, before anything reads it.

export const MAX_PARAMETER_LENGTH = 1000;

export function hostileParameterErrors(params: URLSearchParams): Record<string, string[]> | null {
  const errors: Record<string, string[]> = {};
  for (const [key, value] of params) {
    if (hasControlCharacters(key)) {
      (errors._form ??= []).push("Un nom de paramètre contient des caractères invisibles : corrigez le lien.");
      continue;
    }
    const field = key;
    if (hasControlCharacters(value)) {
      (errors[field] ??= []).push(
        `Paramètre « ${field} » : retirez les caractères invisibles (caractères de contrôle) de la valeur.`,
      );
    } else if (value.length > MAX_PARAMETER_LENGTH) {
      (errors[field] ??= []).push(`Paramètre « ${field} » : saisissez au plus ${MAX_PARAMETER_LENGTH} caractères.`);
    }
  }
  return Object.keys(errors).length ? errors : null;
}
