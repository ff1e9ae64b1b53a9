// The two cells of an action plan file that hold lists: funding lines and indicators. Each list is
// written on one line that a person can read and edit in a spreadsheet, and parsed back exactly:
//
//   Financements: `<financeur>: <montant demandé> / <montant accordé>`, entries separated by ` | `
//                 e.g. `État: 150000 / 100000 | Région: 50000 / 0`
//   Indicateurs:  `<libellé> (<unité>): <valeur> / <cible>`, entries separated by ` | `
//                 e.g. `Personnes formées (personnes): 45 / 120 | Entreprises accompagnées: / 30`
//
// The unit is left out when empty; an empty value or target is left blank; decimals take a comma.
// The numbers follow the last `:` of an entry, so a label may contain `:`. A backslash escapes `|`
// (and `\`) in a label or unit, and `(` `)` in a unit; a label that ends with `)` and has no unit
// is written with an empty `()` so that its parenthesis is not read as a unit.

export type FundingCellEntry = { funder: string; amountRequested: string; amountGranted: string };
export type IndicatorCellEntry = { label: string; unit: string; latestValue: string; target: string };
export type CellParse<T> = { ok: true; entries: T[] } | { ok: false; message: string };

const FUNDING_EXAMPLE = "État: 150000 / 100000 | Région: 50000 / 0";
const INDICATOR_EXAMPLE = "Personnes formées (personnes): 45 / 120";

function escape(text: string, special: RegExp): string {
  return text.replace(special, (char) => `\\${char}`);
}

const escapeLabel = (text: string) => escape(text, /[\\|]/g);
const escapeUnit = (text: string) => escape(text, /[\\|()]/g);

function unescape(text: string): string {
  return text.replace(/\\(.)/g, "$1");
}

function isEscaped(text: string, index: number): boolean {
  let backslashes = 0;
  for (let i = index - 1; i >= 0 && text[i] === "\\"; i--) backslashes++;
  return backslashes % 2 === 1;
}

/** Entries split on unescaped `|`. */
function splitEntries(cell: string): string[] {
  const entries: string[] = [];
  let start = 0;
  for (let i = 0; i < cell.length; i++) {
    if (cell[i] === "|" && !isEscaped(cell, i)) {
      entries.push(cell.slice(start, i));
      start = i + 1;
    }
  }
  entries.push(cell.slice(start));
  return entries.map((entry) => entry.trim()).filter((entry) => entry !== "");
}

function lastUnescaped(text: string, char: string, before = text.length): number {
  for (let i = before - 1; i >= 0; i--) if (text[i] === char && !isEscaped(text, i)) return i;
  return -1;
}

/** `name: a / b` → the name and the two numbers as typed (blank allowed), or null when malformed. */
function splitEntry(entry: string): { name: string; first: string; second: string } | null {
  const colon = lastUnescaped(entry, ":");
  if (colon < 0) return null;
  const [first, second, ...rest] = entry.slice(colon + 1).split("/");
  if (second === undefined || rest.length > 0) return null;
  return { name: entry.slice(0, colon).trim(), first: first!.trim(), second: second.trim() };
}

function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? "" : String(value).replace(".", ",");
}

export function formatFundingCell(
  lines: readonly { funderLabel: string; amountRequested: number; amountGranted: number }[],
): string {
  return lines
    .map((line) => `${escapeLabel(line.funderLabel)}: ${line.amountRequested} / ${line.amountGranted}`)
    .join(" | ");
}

export function parseFundingCell(cell: string): CellParse<FundingCellEntry> {
  const entries: FundingCellEntry[] = [];
  for (const [index, entry] of splitEntries(cell).entries()) {
    const parts = splitEntry(entry);
    if (!parts || parts.name === "") {
      return {
        ok: false,
        message: `Financement n° ${index + 1} (« ${entry} ») : écrivez « financeur: montant demandé / montant accordé », par exemple « ${FUNDING_EXAMPLE} ».`,
      };
    }
    entries.push({ funder: unescape(parts.name), amountRequested: parts.first, amountGranted: parts.second });
  }
  return { ok: true, entries };
}

export function formatIndicatorCell(
  indicators: readonly { label: string; unit: string; latestValue: number | null; target: number | null }[],
): string {
  return indicators
    .map((indicator) => {
      const unit = indicator.unit || indicator.label.endsWith(")") ? ` (${escapeUnit(indicator.unit)})` : "";
      const values = `${formatNumber(indicator.latestValue)} / ${formatNumber(indicator.target)}`.trim();
      return `${escapeLabel(indicator.label)}${unit}: ${values}`;
    })
    .join(" | ");
}

/** `libellé (unité)` → label and unit; the unit is the trailing parenthesis, if any. */
function splitLabelAndUnit(name: string): { label: string; unit: string } {
  if (name.endsWith(")") && !isEscaped(name, name.length - 1)) {
    const open = lastUnescaped(name, "(", name.length - 1);
    if (open >= 0) {
      return { label: unescape(name.slice(0, open).trim()), unit: unescape(name.slice(open + 1, -1).trim()) };
    }
  }
  return { label: unescape(name), unit: "" };
}

export function parseIndicatorCell(cell: string): CellParse<IndicatorCellEntry> {
  const entries: IndicatorCellEntry[] = [];
  for (const [index, entry] of splitEntries(cell).entries()) {
    const parts = splitEntry(entry);
    if (!parts) {
      return {
        ok: false,
        message: `Indicateur n° ${index + 1} (« ${entry} ») : écrivez « libellé (unité): valeur / cible », par exemple « ${INDICATOR_EXAMPLE} ».`,
      };
    }
    entries.push({ ...splitLabelAndUnit(parts.name), latestValue: parts.first, target: parts.second });
  }
  return { ok: true, entries };
}
