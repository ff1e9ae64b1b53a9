import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db";
import { parseFoundingCommunique } from "../reference/communique";
import { seedReferenceData } from "./reference";

// The global test setup already seeded this run's fresh database through the same function.
describe("seeded reference data", () => {
  it("holds the communiqué's 10 territories and 29 intercommunalities, name by name", async () => {
    const territories = await getPrisma().territory.findMany({
      include: { members: { orderBy: { position: "asc" }, include: { intercommunality: true } } },
    });
    const seeded = new Map(territories.map((t) => [t.name, t.members.map((m) => m.intercommunality.historicalName)]));

    const communique = parseFoundingCommunique();
    expect(seeded.size).toBe(10);
    expect(communique).toHaveLength(10);
    for (const territory of communique) {
      expect(seeded.get(territory.name), territory.name).toEqual(territory.intercommunalities);
    }
    expect([...seeded.values()].flat()).toHaveLength(29);
  });

  it("links 2018 names to current bodies, two names sharing one when they merged", async () => {
    const codah = await getPrisma().intercommunality.findUniqueOrThrow({
      where: { historicalName: "CODAH" },
      include: { epci: true },
    });
    const cauxEstuaire = await getPrisma().intercommunality.findUniqueOrThrow({
      where: { historicalName: "Caux Estuaire" },
    });
    expect(codah.epci).toMatchObject({ siren: "200084952", name: "CU Le Havre Seine Métropole", kind: "CU" });
    expect(codah.epci.population).toBeGreaterThan(200_000);
    expect(cauxEstuaire.epciSiren).toBe(codah.epciSiren);
  });

  it("records every region a territory spans", async () => {
    const regionsOf = async (slug: string) =>
      (
        await getPrisma().territoryRegion.findMany({ where: { territory: { slug } }, orderBy: { regionCode: "asc" } })
      ).map((row) => row.regionCode);
    expect(await regionsOf("vallee-de-la-bresle")).toEqual(["28", "32"]);
    expect(await regionsOf("vallee-de-l-huisne")).toEqual(["24", "28", "52"]);
    expect(await regionsOf("caen-industrie")).toEqual(["28"]);
  });

  it("has the three levers with their sub-themes", async () => {
    const levers = await getPrisma().lever.findMany({
      orderBy: { position: "asc" },
      include: { subThemes: { orderBy: { position: "asc" } } },
    });
    expect(levers.map((lever) => [lever.label, lever.subThemes.map((subTheme) => subTheme.label)])).toEqual([
      ["Compétences", ["Attractivité des métiers", "Accès aux compétences"]],
      ["Attractivité", ["Attractivité du territoire"]],
      ["Infrastructures", ["Accès aux infrastructures et aux réseaux"]],
    ]);
  });

  it("is idempotent", async () => {
    const prisma = getPrisma();
    const count = async () =>
      Promise.all([
        prisma.region.count(),
        prisma.department.count(),
        prisma.epci.count(),
        prisma.territory.count(),
        prisma.territoryRegion.count(),
        prisma.intercommunality.count(),
        prisma.territoryIntercommunality.count(),
        prisma.lever.count(),
        prisma.leverSubTheme.count(),
      ]);
    const before = await count();
    const territoryIds = (await prisma.territory.findMany({ select: { id: true }, orderBy: { slug: "asc" } })).map(
      (t) => t.id,
    );
    await seedReferenceData(prisma);
    expect(await count()).toEqual(before);
    expect(
      (await prisma.territory.findMany({ select: { id: true }, orderBy: { slug: "asc" } })).map((t) => t.id),
    ).toEqual(territoryIds);
  });
});
