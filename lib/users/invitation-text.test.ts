import { describe, expect, it } from "vitest";
import { invitationRole } from "./invitation-text";

describe("invitationRole", () => {
  it("names the territory, with the elision French needs", () => {
    expect(`en tant ${invitationRole("ELU", ["Vallée de l'Huisne"], null)}`).toBe(
      "en tant qu'élu·e du comité de pilotage du territoire Vallée de l'Huisne",
    );
    expect(`en tant ${invitationRole("INDUSTRIEL", ["Sud Manche", "Caen Industrie"], null)}`).toBe(
      "en tant qu'industriel·le des comités de pilotage des territoires Caen Industrie et Sud Manche",
    );
  });

  it("names the territories a chef·fe de projet serves", () => {
    expect(`en tant ${invitationRole("CHEF_DE_PROJET", ["Axe Seine"], null)}`).toBe(
      "en tant que chef·fe de projet du territoire Axe Seine",
    );
    expect(`en tant ${invitationRole("CHEF_DE_PROJET", ["Sud Manche", "Caen Industrie"], null)}`).toBe(
      "en tant que chef·fe de projet des territoires Caen Industrie et Sud Manche",
    );
  });

  it("names the region of a Région or État officer", () => {
    expect(`en tant ${invitationRole("REGION", [], "Normandie")}`).toBe(
      "en tant que représentant·e de la Région Normandie",
    );
    expect(`en tant ${invitationRole("ETAT", [], "Normandie")}`).toBe(
      "en tant que représentant·e de l'État en région Normandie",
    );
    expect(`en tant ${invitationRole("ADMIN", [], null)}`).toBe("en tant qu'administrateur·rice de la plateforme");
  });
});
