import type { Metadata } from "next";
import { LeverList } from "@/components/territories/lever-list";
import { TerritoryCard } from "@/components/territories/territory-card";
import { requireSessionUser } from "@/lib/auth/session";
import { listLevers, listTerritoriesByRegion } from "@/lib/territories/queries";

export const metadata: Metadata = { title: "Territoires" };

export default async function TerritoriesPage() {
  const user = await requireSessionUser();
  const [regions, levers] = await Promise.all([listTerritoriesByRegion(user), listLevers()]);
  const territoryCount = regions.reduce((sum, region) => sum + region.territories.length, 0);
  return (
    <>
      <h1>Les Territoires d&apos;industrie</h1>
      <p className="fr-text--lead">
        {territoryCount === 1 ? "1 territoire d'industrie" : `${territoryCount} territoires d'industrie`}, pilotés
        localement par les élus, les industriels, la Région et l&apos;État.
      </p>
      <LeverList levers={levers} />
      {regions.map((region) => (
        <section key={region.code} aria-labelledby={`region-${region.code}`}>
          <h2 id={`region-${region.code}`}>
            {region.name} :{" "}
            {region.territories.length === 1 ? "1 territoire" : `${region.territories.length} territoires`}
          </h2>
          {region.territories.map((territory) => (
            <TerritoryCard key={territory.slug} territory={territory} levers={levers} />
          ))}
        </section>
      ))}
    </>
  );
}
