import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";

export const metadata: Metadata = { title: "Mot de passe oublié" };

export default function ForgotPasswordPage() {
  return (
    <div className="fr-grid-row fr-grid-row--center">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <h1>Mot de passe oublié</h1>
        <p>
          Saisissez l&apos;adresse électronique de votre compte : vous recevrez un lien, valable une heure et utilisable
          une seule fois, pour choisir un nouveau mot de passe.
        </p>
        <ForgotPasswordForm />
        <p className="fr-mt-4w">
          Vous n&apos;avez jamais choisi de mot de passe ? Demandez à la personne qui vous a invité de vous renvoyer
          l&apos;invitation. <Link href="/connexion">Retour à la connexion</Link>
        </p>
      </div>
    </div>
  );
}
