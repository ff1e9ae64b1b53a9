import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";

export const metadata: Metadata = { title: "Pas encore d’accès à TI Pilotage" };

/**
 * Public, like /connexion: whoever ProConnect identified but who has no account lands here (see the
 * signIn callback in lib/auth/auth-options.ts). It says nothing about which accounts exist.
 */
export default async function ProConnectAccessRefusedPage() {
  // Read at request time: the contact address is deployment configuration, not build input.
  await connection();
  const supportEmail = process.env.SUPPORT_EMAIL?.trim();
  return (
    <div className="fr-grid-row fr-grid-row--center">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <h1>Vous n’avez pas encore accès à TI Pilotage</h1>
        <p>
          ProConnect vous a bien identifié·e, mais aucun compte TI Pilotage n’est ouvert à votre adresse électronique
          professionnelle. Se connecter avec ProConnect ne crée pas de compte : l’accès est donné sur invitation.
        </p>
        <h2 className="fr-h4">Qui peut vous donner accès</h2>
        <ul>
          <li>
            la préfecture de votre région : les services de l’État qui pilotent les Territoires d’industrie de la région
            gèrent les comptes de ses membres ;
          </li>
          <li>les administrateurs de la plateforme TI Pilotage.</li>
        </ul>
        {supportEmail ? (
          <p>
            Écrivez à <a href={`mailto:${supportEmail}`}>{supportEmail}</a> en indiquant votre territoire et votre rôle
            dans son comité de pilotage.
          </p>
        ) : (
          <p>
            Adressez-vous à la préfecture de votre région en indiquant votre territoire et votre rôle dans son comité de
            pilotage.
          </p>
        )}
        <p>
          Si vous avez déjà un compte avec une autre adresse, connectez-vous avec votre mot de passe.{" "}
          <Link href="/connexion">Retour à la connexion</Link>
        </p>
      </div>
    </div>
  );
}
