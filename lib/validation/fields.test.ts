import { describe, expect, it } from "vitest";
import {
  calendarDay,
  CONTROL_CHARACTER_MESSAGE,
  frenchDayToIso,
  integer,
  INT32_MAX,
  isCalendarDay,
  isSlug,
  isUuid,
  optionalCalendarDay,
  text,
} from "./fields";
import { hostileParameterErrors } from "./query";

// Intl writes thousands with a narrow no-break space.
const firstMessage = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues[0]?.message.replace(/\u202f/g, " ");

describe("text", () => {
  const title = text({ min: 3, max: 20 });
  const comment = text({ max: 200, multiline: true });

  it("refuses NUL and other control characters, before trimming hides them", () => {
    for (const value of ["a\u0000b", "\u0000abc", "abc\u0007", "abc\u001b[31m", "abc\u007f"]) {
      expect(firstMessage(title.safeParse(value))).toBe(CONTROL_CHARACTER_MESSAGE);
    }
  });

  it("keeps tab and line breaks in multi-line texts only", () => {
    expect(comment.parse("première ligne\r\n\tseconde ligne")).toBe("première ligne\r\n\tseconde ligne");
    expect(firstMessage(title.safeParse("deux\nlignes"))).toBe(CONTROL_CHARACTER_MESSAGE);
    expect(firstMessage(comment.safeParse("a\u0000"))).toBe(CONTROL_CHARACTER_MESSAGE);
  });

  it("trims, then bounds the length with a French message", () => {
    expect(title.parse("  Campus  ")).toBe("Campus");
    expect(firstMessage(title.safeParse("x".repeat(21)))).toBe("Saisissez au plus 20 caractères.");
    expect(firstMessage(title.safeParse("  a "))).toBe("Saisissez au moins 3 caractères.");
  });
});

describe("integer", () => {
  const version = integer({ min: 1, message: "Version invalide." });

  it("holds what a PostgreSQL integer holds", () => {
    expect(version.parse("2147483647")).toBe(INT32_MAX);
    expect(firstMessage(version.safeParse(2 ** 31))).toBe("Saisissez un nombre inférieur ou égal à 2 147 483 647.");
    expect(firstMessage(version.safeParse("1e400"))).toBe("Version invalide.");
    expect(firstMessage(version.safeParse(1.5))).toBe("Version invalide.");
    expect(firstMessage(version.safeParse(0))).toBe("Saisissez un nombre supérieur ou égal à 1.");
  });
});

describe("calendar days", () => {
  it("knows the calendar: 30 February and 31 April do not exist, 29 February 2028 does", () => {
    expect(isCalendarDay("2026-02-30")).toBe(false);
    expect(isCalendarDay("2026-04-31")).toBe(false);
    expect(isCalendarDay("2026-13-01")).toBe(false);
    expect(isCalendarDay("2026-02-29")).toBe(false);
    expect(isCalendarDay("2028-02-29")).toBe(true);
    expect(isCalendarDay("2026-11-27")).toBe(true);
  });

  it("answers a French message for each way a date can be wrong", () => {
    expect(firstMessage(calendarDay.safeParse("2026-02-30"))).toBe(
      "Cette date n'existe pas (vérifiez le jour et le mois).",
    );
    expect(firstMessage(calendarDay.safeParse("27/11/2026"))).toBe(
      "Saisissez une date au format JJ/MM/AAAA, par exemple 27/11/2026.",
    );
    expect(firstMessage(calendarDay.safeParse(undefined))).toBe("Saisissez une date.");
    expect(optionalCalendarDay.parse("")).toBeUndefined();
  });

  it("reads French spreadsheet dates", () => {
    expect(frenchDayToIso("3/2/2027")).toBe("2027-02-03");
    expect(frenchDayToIso("2027-02-03")).toBe("2027-02-03");
  });
});

describe("path parameters", () => {
  it("accepts only ids and slugs, so that nothing else reaches a query", () => {
    expect(isUuid("3f0e9a4e-2d7b-4b8e-9f0a-1c2d3e4f5a6b")).toBe(true);
    expect(isUuid("3f0e9a4e\u0000")).toBe(false);
    expect(isSlug("vallee-de-la-bresle")).toBe(true);
    expect(isSlug("axe\u0000seine")).toBe(false);
    expect(isSlug("../admin")).toBe(false);
  });
});

describe("hostile URL parameters", () => {
  it("names each parameter holding control characters or an absurd length", () => {
    const errors = hostileParameterErrors(new URLSearchParams({ q: "a\u0000", lever: "x".repeat(5000), page: "2" }));
    expect(Object.keys(errors ?? {})).toEqual(["q", "lever"]);
    expect(errors?.q?.[0]).toMatch(/^Paramètre « q » : retirez les caractères invisibles/);
  });

  it("lets ordinary links through", () => {
    expect(hostileParameterErrors(new URLSearchParams({ q: "Campus été", late: "1" }))).toBeNull();
  });
});
