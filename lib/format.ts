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
