import { describe, expect, it } from "vitest";
import { decisionStateOf } from "./decision-state";

describe("decisionStateOf", () => {
  it("is done once closed, whatever the due date", () => {
    expect(decisionStateOf({ closedAt: new Date(), dueDate: "2020-01-01" }, "2026-11-27")).toBe("done");
  });
  it("is overdue when open past its due date, open on the due day itself", () => {
    expect(decisionStateOf({ closedAt: null, dueDate: "2026-11-26" }, "2026-11-27")).toBe("overdue");
    expect(decisionStateOf({ closedAt: null, dueDate: "2026-11-27" }, "2026-11-27")).toBe("open");
  });
  it("is open without a due date", () => {
    expect(decisionStateOf({ closedAt: null, dueDate: null }, "2026-11-27")).toBe("open");
  });
});
