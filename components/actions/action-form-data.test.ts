import { describe, expect, it } from "vitest";
import { createActionInput } from "@/lib/actions/schemas";
import { localValidationState } from "@/components/ui/form-state";
import { buildActionInput } from "./action-form-data";

function formData(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

const territoryId = "0b0d6a52-5a43-4b0f-9d1a-3c1f2f6a7e10";
const pilotId = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

describe("buildActionInput", () => {
  it("nests numbered row fields into arrays and collects the checked pilots", () => {
    const input = buildActionInput(
      formData([
        ["territoryId", territoryId],
        ["title", "Former 120 soudeurs"],
        ["pilotIds", pilotId],
        ["fundingLines.0.funderCode", "REGION"],
        ["fundingLines.0.amountRequested", "150 000"],
        ["fundingLines.0.amountGranted", "0"],
        ["indicators.0.label", "Personnes formées"],
        ["indicators.0.target", "120"],
        ["$ACTION_ID_abc", ""],
      ]),
    );
    expect(input).toEqual({
      territoryId,
      title: "Former 120 soudeurs",
      pilotIds: [pilotId],
      fundingLines: [{ funderCode: "REGION", amountRequested: "150 000", amountGranted: "0" }],
      indicators: [{ label: "Personnes formées", target: "120" }],
    });
  });

  it("gives empty lists when no pilot is checked and no row was added", () => {
    const input = buildActionInput(formData([["title", "Une action"]]));
    expect(input).toMatchObject({ pilotIds: [], fundingLines: [], indicators: [] });
  });

  it("reports errors under the keys the server uses", () => {
    const input = buildActionInput(
      formData([
        ["territoryId", territoryId],
        ["leverCode", "COMPETENCES"],
        ["title", ""],
        ["statusCode", "A_VENIR"],
        ["progress", "0"],
        ["carrierCollege", "ELU"],
        ["carrierOrganisation", "Métropole Rouen Normandie"],
        ["fundingLines.0.funderCode", "ETAT"],
        ["fundingLines.0.amountRequested", "-5000"],
        ["fundingLines.0.amountGranted", "0"],
      ]),
    );
    const parsed = createActionInput.safeParse(input);
    expect(parsed.success).toBe(false);
    const state = localValidationState(parsed.error!);
    expect(Object.keys(state.fieldErrors).sort()).toEqual(["fundingLines.0.amountRequested", "title"]);
    expect(state.fieldErrors["fundingLines.0.amountRequested"]).toEqual([
      "Le montant demandé ne peut pas être négatif.",
    ]);
    expect(state.code).toBe("VALIDATION");
  });
});
