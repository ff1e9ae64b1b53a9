import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Page non trouvée" };

/**
 * One answer for a page that does not exist and for one the user may not see: telling them apart
 * would reveal that an out-of-scope territory or action exists.
 */
export default function NotFound() {
  return (
    <>
      <h1>Page non trouvée</h1>
      <p className="fr-text--lead">La page que vous cherchez est introuvable. Excusez-nous pour la gêne occasionnée.</p>
      <p>
        Si vous avez tapé l&apos;adresse web dans le navigateur, vérifiez qu&apos;elle est correcte. La page n&apos;est
        peut-être plus disponible, ou vous n&apos;avez pas accès à ce territoire.
      </p>
      <p>
        <Link className="fr-btn" href="/">
          Page d&apos;accueil
        </Link>
      </p>
    </>
  );
}
