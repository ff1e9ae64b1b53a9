import type { Metadata } from "next";
import Link from "next/link";
import { ApiTokens } from "@/components/account/api-tokens";
import { UnlinkProConnectForm } from "@/components/account/proconnect-link";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { NotificationPreferencesForm } from "@/components/notifications/preferences-form";
import { listApiTokens } from "@/lib/api-tokens/queries";
import { isProConnectConfigured } from "@/lib/auth/proconnect";
import { findProConnectLink } from "@/lib/auth/proconnect-link";
import { requireSessionUser } from "@/lib/auth/session";
import { getDeliveryPreferences } from "@/lib/notifications/preferences";
import { getAccount } from "@/lib/users/queries";
import { collegeLabels } from "@/lib/users/schemas";
import { formatDate, formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Mon compte" };

export default async function AccountPage() {
  const user = await requireSessionUser();
  const [account, apiTokens, notificationPreferences, proConnect] = await Promise.all([
    getAccount(user.id),
    listApiTokens(user.id),
    getDeliveryPreferences(user.id),
    findProConnectLink(user.id),
  ]);
  return (
    <>
      <h1>Mon compte</h1>
      <section aria-labelledby="profil-titre" className="fr-mb-6w">
        <h2 id="profil-titre">Profil</h2>
        <dl>
          <dt className="fr-text--bold">Nom</dt>
          <dd className="fr-ml-0 fr-mb-1w">{account.name}</dd>
          <dt className="fr-text--bold">Adresse électronique</dt>
          <dd className="fr-ml-0 fr-mb-1w">{account.email}</dd>
          <dt className="fr-text--bold">Organisation</dt>
          <dd className="fr-ml-0 fr-mb-1w">{account.organisation}</dd>
          <dt className="fr-text--bold">Collège</dt>
          <dd className="fr-ml-0 fr-mb-1w">
            {collegeLabels[account.college as keyof typeof collegeLabels]}
            {account.regionName ? ` (${account.regionName})` : ""}
          </dd>
        </dl>
      </section>
      <section aria-labelledby="comites-titre" className="fr-mb-6w">
        <h2 id="comites-titre">Mes comités de pilotage</h2>
        {account.memberships.length === 0 ? (
          <p>Vous n&apos;êtes membre d&apos;aucun comité de pilotage.</p>
        ) : (
          <ul>
            {account.memberships.map((membership) => (
              <li key={membership.slug}>
                <Link href={`/territoires/${membership.slug}`}>{membership.name}</Link>
                {membership.isBinome ? " (binôme élu–industriel)" : ""}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section id="notifications" aria-labelledby="notifications-titre" className="fr-mb-6w">
        <h2 id="notifications-titre">Notifications</h2>
        <p>
          Choisissez comment recevoir chaque type de message par courriel : tout de suite, regroupé dans le
          récapitulatif hebdomadaire du lundi, ou jamais. Dans tous les cas, les notifications restent visibles dans
          l&apos;application, sous <a href="/notifications">« Notifications »</a>.
        </p>
        <NotificationPreferencesForm preferences={notificationPreferences} />
      </section>
      {(proConnect || isProConnectConfigured()) && (
        <section aria-labelledby="proconnect-titre" className="fr-mb-6w">
          <h2 id="proconnect-titre">ProConnect</h2>
          {proConnect ? (
            <>
              <p>
                Votre compte est lié à l&apos;identité ProConnect {proConnect.email}, depuis le{" "}
                {formatDate(proConnect.createdAt)}
                {proConnect.lastUsedAt ? ` (dernière connexion le ${formatDateTime(proConnect.lastUsedAt)})` : ""}.
              </p>
              <p className="fr-hint-text">
                Retirez ce lien si vous changez d&apos;administration ou de fournisseur d&apos;identité : votre
                prochaine connexion avec ProConnect liera la nouvelle identité, si elle porte la même adresse
                électronique. Sans mot de passe, utilisez « Mot de passe oublié » pour en choisir un.
              </p>
            </>
          ) : (
            <p>
              Votre compte n&apos;est lié à aucune identité ProConnect. Connectez-vous avec ProConnect depuis la page de
              connexion : la première connexion lie votre identité à ce compte, si elle porte la même adresse
              électronique ({account.email}).
            </p>
          )}
          <UnlinkProConnectForm linked={proConnect !== null} />
        </section>
      )}
      <section aria-labelledby="jetons-titre" className="fr-mb-6w">
        <h2 id="jetons-titre">Jetons d&apos;API</h2>
        <p>
          Un jeton d&apos;API permet à un outil (tableur, script, autre application) de lire et de mettre à jour les
          plans d&apos;actions en votre nom, avec vos droits. Révoquez un jeton dès qu&apos;il ne sert plus. La
          description de l&apos;API est publiée au format OpenAPI :{" "}
          <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.
        </p>
        <ApiTokens tokens={apiTokens} />
      </section>
      <section aria-labelledby="mot-de-passe-titre">
        <h2 id="mot-de-passe-titre">Changer mon mot de passe</h2>
        <p>Après le changement, toutes vos sessions sont fermées et vous vous reconnectez.</p>
        <ChangePasswordForm />
      </section>
    </>
  );
}
