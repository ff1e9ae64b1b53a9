// The one zod every schema imports (ESLint refuses `from "zod"` elsewhere): configured so that
// every message a user or an API client can read is French and says how to fix the input.
// Schemas keep their own messages where they know the field ("Donnez un titre…"); this map
// answers for everything else, and zod's French locale for the rare cases it does not cover.
import { z } from "zod";
import { fr } from "zod/locales";

type Issue = Parameters<NonNullable<z.core.$ZodConfig["customError"]>>[0];

const numberFormat = new Intl.NumberFormat("fr-FR");

const expectedNoun: Record<string, string> = {
  string: "un texte",
  number: "un nombre",
  int: "un nombre entier",
  bigint: "un nombre entier",
  boolean: "oui ou non",
  array: "une liste",
  object: "un objet JSON",
  date: "une date",
};

function count(value: number | bigint, singular: string, plural: string): string {
  return `${numberFormat.format(value)} ${Number(value) > 1 ? plural : singular}`;
}

function frenchMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined || issue.input === null) return "Ce champ est obligatoire.";
      return `Saisissez ${expectedNoun[issue.expected] ?? "une valeur valide"}.`;
    case "too_big":
      if (issue.origin === "string") return `Saisissez au plus ${count(issue.maximum, "caractère", "caractères")}.`;
      if (issue.origin === "array" || issue.origin === "set")
        return `Indiquez au plus ${count(issue.maximum, "élément", "éléments")}.`;
      if (issue.origin === "number" || issue.origin === "int" || issue.origin === "bigint")
        return issue.inclusive
          ? `Saisissez un nombre inférieur ou égal à ${numberFormat.format(issue.maximum)}.`
          : `Saisissez un nombre inférieur à ${numberFormat.format(issue.maximum)}.`;
      return undefined;
    case "too_small":
      if (issue.origin === "string")
        return Number(issue.minimum) <= 1
          ? "Ce champ est obligatoire."
          : `Saisissez au moins ${count(issue.minimum, "caractère", "caractères")}.`;
      if (issue.origin === "array" || issue.origin === "set")
        return `Indiquez au moins ${count(issue.minimum, "élément", "éléments")}.`;
      if (issue.origin === "number" || issue.origin === "int" || issue.origin === "bigint")
        return issue.inclusive
          ? `Saisissez un nombre supérieur ou égal à ${numberFormat.format(issue.minimum)}.`
          : `Saisissez un nombre supérieur à ${numberFormat.format(issue.minimum)}.`;
      return undefined;
    case "invalid_format":
      if (issue.format === "email")
        return "Saisissez une adresse électronique valide, par exemple prenom.nom@exemple.fr.";
      if (issue.format === "uuid" || issue.format === "guid") return "Identifiant invalide.";
      return "Format invalide : vérifiez la valeur saisie.";
    case "invalid_value":
      return issue.values.length === 1
        ? `Saisissez « ${String(issue.values[0])} ».`
        : `Choisissez une valeur parmi : ${issue.values.map(String).join(", ")}.`;
    case "unrecognized_keys":
      return issue.keys.length > 1
        ? `Champs inconnus : ${issue.keys.join(", ")}. Retirez-les.`
        : `Champ inconnu : ${issue.keys[0]}. Retirez-le.`;
    case "not_multiple_of":
      return `Saisissez un multiple de ${numberFormat.format(Number(issue.divisor))}.`;
    case "invalid_union":
    case "invalid_key":
    case "invalid_element":
    case "custom":
      return "Valeur invalide : vérifiez la saisie.";
    default:
      return undefined;
  }
}

z.config(fr());
z.config({ customError: frenchMessage });

export { z };
