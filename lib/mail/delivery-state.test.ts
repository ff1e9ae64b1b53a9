import { describe, expect, it } from "vitest";
import { deliveryStateOf } from "./delivery-state";

const waiting = { sentAt: null, error: null, attempts: 0, failedAt: null };

describe("deliveryStateOf", () => {
  it("names each state in French, with the error while retrying and once given up", () => {
    expect(deliveryStateOf({ ...waiting, sentAt: new Date(), attempts: 2 })).toEqual({
      label: "Envoyé",
      severity: "success",
      error: null,
    });
    expect(deliveryStateOf(waiting)).toEqual({ label: "En attente", severity: "info", error: null });
    expect(deliveryStateOf({ ...waiting, error: "421 plus tard", attempts: 1 })).toEqual({
      label: "Nouvel essai prévu (1 essai)",
      severity: "warning",
      error: "421 plus tard",
    });
    expect(deliveryStateOf({ ...waiting, error: "550 refusé", attempts: 6, failedAt: new Date() })).toEqual({
      label: "Échec après 6 essais",
      severity: "error",
      error: "550 refusé",
    });
  });
});
