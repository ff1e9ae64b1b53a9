import { z } from "./zod";

// Building blocks for every input the app accepts (forms, API, CSV import, URL filters): what a
// PostgreSQL column can hold is decided here, at the edge, so that hostile input is a field error
// and never a database error. Client-safe.

/** PostgreSQL `integer`. */
export const INT32_MAX = 2_147_483_647;
export const INT32_MIN = -2_147_483_648;

// PostgreSQL text cannot hold NUL, and no field of ours has a use for other control characters.
// Multi-line texts keep tab, line feed and carriage return.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
const CONTROL_CHARACTERS_BUT_LINE_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export const CONTROL_CHARACTER_MESSAGE =
  "Ce texte contient des caractères invisibles non autorisés (caractères de contrôle) : retirez-les.";

export function hasControlCharacters(value: string, options: { multiline?: boolean } = {}): boolean {
  return (options.multiline ? CONTROL_CHARACTERS_BUT_LINE_BREAKS : CONTROL_CHARACTERS).test(value);
}

type TextOptions = {
  min?: number;
  max: number;
  /** Keeps tab and line breaks (a description, a comment). */
  multiline?: boolean;
  /** Messages for the field's own limits; the shared French ones apply otherwise. */
  requiredMessage?: string;
  tooShortMessage?: string;
  tooLongMessage?: string;
};

/** A trimmed text of bounded length, without control characters. */
export function text(options: TextOptions) {
  let schema = z
    .string(options.requiredMessage ? { message: options.requiredMessage } : undefined)
    .refine((value) => !hasControlCharacters(value, options), { message: CONTROL_CHARACTER_MESSAGE, abort: true })
    .trim();
  if (options.min) {
    schema = schema.min(options.min, options.tooShortMessage ? { message: options.tooShortMessage } : undefined);
  }
  return schema.max(options.max, options.tooLongMessage ? { message: options.tooLongMessage } : undefined);
}

/** A reference-data code (lever, status, funder): the server checks it exists. */
export function code(requiredMessage: string) {
  return text({ min: 1, max: 50, requiredMessage, tooShortMessage: requiredMessage });
}

/** An integer a PostgreSQL `integer` column holds; strings of digits are accepted (forms). */
export function integer(options: { min?: number; max?: number; message: string }) {
  return (
    z.coerce
      // Only for "not a number": the bounds keep the shared messages, which name the limit.
      .number({ error: (issue) => (issue.code === "invalid_type" ? options.message : undefined) })
      .int({ message: options.message })
      .min(options.min ?? INT32_MIN)
      .max(options.max ?? INT32_MAX)
  );
}

export const uuid = z.uuid({ message: "Identifiant invalide." });

/** For ids read from a URL path: anything else is "not found" before a query is made. */
export function isUuid(value: string): boolean {
  return uuid.safeParse(value).success;
}

/** Territory slugs are lower-case words joined by hyphens ("vallee-de-la-bresle"). */
export function isSlug(value: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) && value.length <= 100;
}

const isoDayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether YYYY-MM-DD names a day of the calendar (2026-02-30 does not; JavaScript would roll it over). */
export function isCalendarDay(value: string): boolean {
  const match = isoDayPattern.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1900 &&
    year <= 9999 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

export const DATE_FORMAT_MESSAGE = "Saisissez une date au format JJ/MM/AAAA, par exemple 27/11/2026.";
export const IMPOSSIBLE_DATE_MESSAGE = "Cette date n'existe pas (vérifiez le jour et le mois).";

/**
 * A calendar day as YYYY-MM-DD (what `<input type="date">` sends and the API documents), checked
 * against the calendar. The one date schema of forms, API and import.
 */
export const calendarDay = z.string({ message: "Saisissez une date." }).superRefine((value, context) => {
  // One check with two messages rather than `abort`: an aborting issue would stop the form's
  // cross-field rules, and every error must show in one pass.
  if (!isoDayPattern.test(value)) context.addIssue({ code: "custom", message: DATE_FORMAT_MESSAGE });
  else if (!isCalendarDay(value)) context.addIssue({ code: "custom", message: IMPOSSIBLE_DATE_MESSAGE });
});

/** "" and absent are "no date". */
export const optionalCalendarDay = z.preprocess(
  (value) => (value === "" || value === null ? undefined : value),
  calendarDay.optional(),
);

/** JJ/MM/AAAA (as French spreadsheets write it) → YYYY-MM-DD; other text is returned unchanged. */
export function frenchDayToIso(value: string): string {
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  if (!french) return value.trim();
  return `${french[3]}-${french[2]!.padStart(2, "0")}-${french[1]!.padStart(2, "0")}`;
}
