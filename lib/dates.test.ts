import { describe, expect, it } from "vitest";
import { dayAndTimeInFrance, instantInFrance, startOfDayInFrance, todayInFrance } from "./dates";

describe("dates in France", () => {
  it("reads a wall-clock time in Paris in winter (UTC+1) and in summer (UTC+2)", () => {
    expect(instantInFrance("2027-01-15", "14:30").toISOString()).toBe("2027-01-15T13:30:00.000Z");
    expect(instantInFrance("2027-06-15", "09:00").toISOString()).toBe("2027-06-15T07:00:00.000Z");
  });

  it("handles the days the clocks change", () => {
    // 28 March 2027: 02:00 → 03:00. 31 October 2027: 03:00 → 02:00.
    expect(instantInFrance("2027-03-28", "10:00").toISOString()).toBe("2027-03-28T08:00:00.000Z");
    expect(instantInFrance("2027-10-31", "10:00").toISOString()).toBe("2027-10-31T09:00:00.000Z");
  });

  it("gives back the day and time a form shows", () => {
    expect(dayAndTimeInFrance(new Date("2027-06-15T07:00:00Z"))).toEqual({ day: "2027-06-15", time: "09:00" });
    expect(dayAndTimeInFrance(new Date("2027-01-15T23:30:00Z"))).toEqual({ day: "2027-01-16", time: "00:30" });
  });

  it("starts a day at midnight in Paris", () => {
    expect(startOfDayInFrance("2027-01-15").toISOString()).toBe("2027-01-14T23:00:00.000Z");
    expect(todayInFrance(new Date("2027-01-15T23:30:00Z"))).toBe("2027-01-16");
  });
});
