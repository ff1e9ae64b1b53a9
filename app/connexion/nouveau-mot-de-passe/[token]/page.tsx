import type { Metadata } from "next";
import Link from "next/link";
import { ChoosePasswordForm } from "@/components/auth/choose-password-form";

export const metadata: Metadata = { title: "Choisir un nouveau mot de passe" };

export default async function ResetPasswordPage({ params }: PageProps<"/connexion/nouveau-mot-de-passe/[token]">) {
  const { token } = await params;
  return (
    <div className="fr-grid-row fr-grid-row--center">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <h1>Choisir un nouveau mot de passe</h1>
        <p>
          Choisissez un mot de passe d&apos;au moins 12 caractères. Une fois enregistré, toutes vos sessions ouvertes
          sont fermées : vous vous reconnectez avec le nouveau.
        </p>
        <ChoosePasswordForm token={token} purpose="reset" />
        <p className="fr-mt-4w">
          Lien expiré ? <Link href="/connexion/mot-de-passe-oublie">Demander un nouveau lien</Link>
        </p>
      </div>
    </div>
  );
}
