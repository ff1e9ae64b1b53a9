import Link from "next/link";

export function TerritoryChooser({
  userName,
  territories,
}: {
  userName: string;
  territories: { slug: string; name: string }[];
}) {
  return (
    <>
      <h1>Bonjour {userName}</h1>
      {territories.length === 0 ? (
        <p>
          Vous n&apos;êtes membre d&apos;aucun comité de pilotage pour le moment. Demandez à la préfecture de votre
          région de vous rattacher à votre territoire.
        </p>
      ) : (
        <>
          <p>Choisissez le territoire dont vous souhaitez suivre le plan d&apos;actions.</p>
          <ul>
            {territories.map((territory) => (
              <li key={territory.slug}>
                <Link href={`/territoires/${territory.slug}`}>{territory.name}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
