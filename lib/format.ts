// French typography: narrow no-break spaces as thousands separators, a space before % and €.
const integerFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 0 });
const euroFormat = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
const dateFormat = new Intl.DateTimeFormat("fr-FR", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "Europe/Paris",
});

export function formatInteger(value: number): string {
  return integerFormat.format(value);
}

export function formatEuros(value: number): string {
  return euroFormat.format(value);
}

export function formatPercent(value: number): string {
  return `${integerFormat.format(value)}\u00a0%`;
}

export function formatDate(value: Date): string {
  return dateFormat.format(value);
}

const dateTimeFormat = new Intl.DateTimeFormat("fr-FR", {
  dateStyle: "long",
  timeStyle: "short",
  timeZone: "Europe/Paris",
});
const decimalFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });

/** `27 novembre 2026 à 14:05`, in French time: when something happened (history, audit log). */
export function formatDateTime(value: Date): string {
  return dateTimeFormat.format(value);
}

/** Measures that may have decimals (indicators): `1 250,5`. */
export function formatNumber(value: number): string {
  return decimalFormat.format(value);
}
