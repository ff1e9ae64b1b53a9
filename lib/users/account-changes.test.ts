import { describe, expect, it } from "vitest";
import { describeAccountChanges, snapshotTerritoryIds } from "./account-changes";

const labels = {
  territories: new Map([
    ["t-seine", "Axe Seine"],
    ["t-caen", "Caen Industrie"],
  ]),
  regions: new Map([["28", "Normandie"]]),
};

describe("describeAccountChanges", () => {
  it("names what changed, with names instead of ids", () => {
    const before = {
      college: "ELU",
      regionCode: null,
      memberships: [{ territoryId: "t-seine", isBinome: false }],
      status: "active",
    };
    const after = {
      college: "INDUSTRIEL",
      regionCode: null,
      memberships: [
        { territoryId: "t-seine", isBinome: true },
        { territoryId: "t-caen", isBinome: false },
      ],
      status: "active",
    };
    expect(describeAccountChanges(before, after, labels)).toEqual([
      { label: "Collège", before: "Élu·e", after: "Industriel·le" },
      { label: "Comités", before: "Axe Seine", after: "Axe Seine (binôme), Caen Industrie" },
    ]);
  });

  it("shows an invitation as an account appearing, and a disabling as a status change", () => {
    const invited = { college: "REGION", regionCode: "28", memberships: [], status: "invited" };
    expect(describeAccountChanges(null, invited, labels)).toEqual([
      { label: "Collège", before: "(aucun)", after: "Région" },
      { label: "Région", before: "(aucun)", after: "Normandie" },
      { label: "Compte", before: "(aucun)", after: "invitation envoyée" },
    ]);
    expect(describeAccountChanges(invited, { ...invited, status: "disabled" }, labels)).toEqual([
      { label: "Compte", before: "invitation envoyée", after: "désactivé" },
    ]);
  });

  it("names the territories an officer becomes or stops being the contact for", () => {
    const before = { regionCode: "28", contactTerritoryIds: ["t-seine"] };
    const after = { regionCode: "28", contactTerritoryIds: ["t-caen", "t-seine"] };
    expect(describeAccountChanges(before, after, labels)).toEqual([
      { label: "Interlocuteur des territoires", before: "Axe Seine", after: "Axe Seine, Caen Industrie" },
    ]);
    expect(snapshotTerritoryIds([before, after]).sort()).toEqual(["t-caen", "t-seine"]);
  });

  it("has nothing to say without an after snapshot (a password change)", () => {
    expect(describeAccountChanges(null, null, labels)).toEqual([]);
  });
});
