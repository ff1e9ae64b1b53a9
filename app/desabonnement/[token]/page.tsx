import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { UnsubscribeForm } from "@/components/notifications/unsubscribe-form";
import { describeUnsubscribeLink } from "@/lib/notifications/unsubscribe";

export const metadata: Metadata = { title: "Se désabonner", robots: { index: false } };

// Public: the link of an e-mail works without signing in; the signed token is the credential.
export default async function UnsubscribePage({ params }: PageProps<"/desabonnement/[token]">) {
  const { token } = await params;
  const link = await describeUnsubscribeLink(token);
  if (!link) notFound();
  return (
    <div className="fr-grid-row fr-grid-row--center">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <h1>Se désabonner</h1>
        {link.currentMode === "OFF" ? (
          <p>
            Les courriels « {link.kindLabel} » sont déjà désactivés pour ce compte. Vous pouvez les réactiver dans votre
            compte, rubrique <a href="/compte#notifications">« Notifications »</a>.
          </p>
        ) : (
          <>
            <p>
              Vous ne recevrez plus les courriels <strong>« {link.kindLabel} »</strong> de TI Pilotage. Les autres
              courriels que vous avez choisis continueront d&apos;arriver.
            </p>
            <UnsubscribeForm token={token} kindLabel={link.kindLabel} />
          </>
        )}
      </div>
    </div>
  );
}
