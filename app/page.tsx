import { LeverList } from "@/components/territories/lever-list";
import { TerritoryCard } from "@/components/territories/territory-card";
import { listLevers, listTerritoriesByRegion } from "@/lib/territories/queries";

// Reference data lives in the database and may change without a rebuild.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [regions, levers] = await Promise.all([listTerritoriesByRegion(), listLevers()]);
  const territoryCount = regions.reduce((sum, region) => sum + region.territories.length, 0);
  return (
    <>
      <h1>Les Territoires d&apos;industrie</h1>
      <p className="fr-text--lead">
        {territoryCount} territoires d&apos;industrie, pilotés localement par les élus, les industriels, la Région et
        l&apos;État.
      </p>
      <LeverList levers={levers} />
      {regions.map((region) => (
        <section key={region.code} aria-labelledby={`region-${region.code}`}>
          <h2 id={`region-${region.code}`}>
            {region.name} : {region.territories.length} territoires
          </h2>
          {region.territories.map((territory) => (
            <TerritoryCard key={territory.slug} territory={territory} levers={levers} />
          ))}
        </section>
      ))}
    </>
  );
}
