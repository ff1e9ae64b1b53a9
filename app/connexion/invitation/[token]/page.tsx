import type { Metadata } from "next";
import { ChoosePasswordForm } from "@/components/auth/choose-password-form";

export const metadata: Metadata = { title: "Choisir votre mot de passe" };

export default async function AcceptInvitationPage({ params }: PageProps<"/connexion/invitation/[token]">) {
  const { token } = await params;
  return (
    <div className="fr-grid-row fr-grid-row--center">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <h1>Choisir votre mot de passe</h1>
        <p>
          Choisissez un mot de passe d&apos;au moins 12 caractères. Une phrase de plusieurs mots est facile à retenir et
          difficile à deviner.
        </p>
        <ChoosePasswordForm token={token} purpose="invitation" />
      </div>
    </div>
  );
}
