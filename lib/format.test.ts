import { describe, expect, it } from "vitest";
import { formatDate, formatEuros, formatInteger, formatPercent } from "./format";

// Intl uses a narrow no-break space (U+202F) for thousands and a no-break space before €.
const normalizeSpaces = (value: string) => value.replace(/[\u202f\u00a0]/g, " ");

describe("French formatting", () => {
  it("formats amounts, integers, percentages and dates the French way", () => {
    expect(normalizeSpaces(formatEuros(1_250_000))).toBe("1 250 000 €");
    expect(normalizeSpaces(formatInteger(268_537))).toBe("268 537");
    expect(normalizeSpaces(formatPercent(45))).toBe("45 %");
    expect(formatDate(new Date("2026-11-27T10:00:00Z"))).toBe("27 novembre 2026");
  });
});
