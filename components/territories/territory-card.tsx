import { DataTable } from "@/components/ui/data-table";
import { Tag } from "@codegouvfr/react-dsfr/Tag";
import { formatInteger } from "@/lib/format";
import type { LeverSummary, TerritoryOverview } from "@/lib/territories/queries";

const epciKindLabels: Record<string, string> = {
  CC: "Communauté de communes",
  CA: "Communauté d'agglomération",
  CU: "Communauté urbaine",
  METRO: "Métropole",
};

export function TerritoryCard({
  territory,
  levers,
  headingLevel = "h3",
}: {
  territory: TerritoryOverview;
  levers: LeverSummary[];
  headingLevel?: "h2" | "h3";
}) {
  const Heading = headingLevel;
  const headingId = `territoire-${territory.slug}`;
  const count = territory.intercommunalities.length;
  return (
    <article aria-labelledby={headingId} className="fr-mb-6w">
      <Heading id={headingId}>{territory.name}</Heading>
      <dl>
        <div className="fr-mb-1w">
          <dt className="fr-text--bold fr-mb-0">Régions</dt>
          <dd className="fr-ml-0">{territory.regions.map((region) => region.name).join(", ")}</dd>
        </div>
        <div className="fr-mb-1w">
          <dt className="fr-text--bold fr-mb-0">Population des intercommunalités actuelles</dt>
          <dd className="fr-ml-0">{formatInteger(territory.population)} habitants</dd>
        </div>
        <div>
          <dt className="fr-text--bold fr-mb-1w">Leviers</dt>
          <dd className="fr-ml-0">
            <ul className="fr-tags-group">
              {levers.map((lever) => (
                <li key={lever.code}>
                  <Tag small>{lever.label}</Tag>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
      <DataTable
        hideCaption
        className="fr-mb-0"
        caption={`${count === 1 ? "Intercommunalité" : `${count} intercommunalités`} du territoire ${territory.name}`}
      >
        <thead>
          <tr>
            <th scope="col">Nom en 2018</th>
            <th scope="col">Intercommunalité actuelle</th>
            <th scope="col">SIREN</th>
            <th scope="col">Départements</th>
            <th scope="col">Population</th>
          </tr>
        </thead>
        <tbody>
          {territory.intercommunalities.map(({ historicalName, epci }) => (
            <tr key={historicalName}>
              <th scope="row">{historicalName}</th>
              <td>
                {epci.name}
                <span className="fr-hint-text">{epciKindLabels[epci.kind] ?? epci.kind}</span>
              </td>
              <td>{epci.siren}</td>
              <td>{epci.departments.map((department) => `${department.name} (${department.code})`).join(", ")}</td>
              <td>{formatInteger(epci.population)}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </article>
  );
}
