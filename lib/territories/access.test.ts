import { describe, expect, it } from "vitest";
import { can } from "@/lib/auth/permissions";
import { permissionUserOf } from "@/tests/actions";
import { createUser, territoryId } from "@/tests/factories";
import { findTerritoryAccess } from "./access";

describe("findTerritoryAccess", () => {
  it("gives a member the territory with its regions, against which the create right holds", async () => {
    const elu = await permissionUserOf(await createUser({ college: "ELU", territories: [{ slug: "axe-seine" }] }));
    const access = await findTerritoryAccess(elu, "axe-seine");
    expect(access).toEqual({
      id: await territoryId("axe-seine"),
      slug: "axe-seine",
      name: "Axe Seine",
      target: { territoryId: await territoryId("axe-seine"), regionCodes: ["28"] },
    });
    expect(can(elu, "action.create", access!.target)).toBe(true);
    expect(can(elu, "action.archive", access!.target)).toBe(false);
  });

  it("lists every region a territory spans, so that Région users of both regions read it", async () => {
    const region = await permissionUserOf(await createUser({ college: "REGION", regionCode: "32" }));
    const access = await findTerritoryAccess(region, "vallee-de-la-bresle");
    expect([...(access?.target.regionCodes ?? [])].sort()).toEqual(["28", "32"]);
    expect(can(region, "action.create", access!.target)).toBe(false);
    expect(can(region, "funding.record", access!.target)).toBe(true);
  });

  it("answers null out of scope and for an unknown territory", async () => {
    const industriel = await permissionUserOf(
      await createUser({ college: "INDUSTRIEL", territories: [{ slug: "caen-industrie" }] }),
    );
    expect(await findTerritoryAccess(industriel, "axe-seine")).toBeNull();
    expect(await findTerritoryAccess(industriel, "nulle-part")).toBeNull();
    const hautsDeFrance = await permissionUserOf(await createUser({ college: "ETAT", regionCode: "32" }));
    expect(await findTerritoryAccess(hautsDeFrance, "axe-seine")).toBeNull();
  });
});
