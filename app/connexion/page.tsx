import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { ProConnectSignIn } from "@/components/auth/proconnect-sign-in";
import { FormAlert } from "@/components/ui/form-alert";
import { getSessionUser } from "@/lib/auth/session";
import { loginErrorMessage } from "@/lib/auth/login-messages";
import { isProConnectConfigured } from "@/lib/auth/proconnect";
import { safeReturnPath } from "@/lib/security/return-url";

export const metadata: Metadata = { title: "Connexion" };

export default async function LoginPage({ searchParams }: PageProps<"/connexion">) {
  const params = await searchParams;
  if (await getSessionUser()) redirect("/");
  const error = typeof params.error === "string" ? loginErrorMessage(params.error) : undefined;
  const callbackUrl = safeReturnPath(params.callbackUrl);
  return (
    <div className="fr-grid-row fr-grid-row--center">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <h1>Connexion à TI Pilotage</h1>
        <p>Accès réservé aux membres des comités de pilotage des Territoires d&apos;industrie.</p>
        {params.message === "mot-de-passe-modifie" && (
          <FormAlert
            status="success"
            message="Mot de passe enregistré. Connectez-vous avec votre nouveau mot de passe."
          />
        )}
        {params.message === "deconnecte" && (
          <FormAlert status="success" message="Vous êtes déconnecté·e de TI Pilotage et de ProConnect." />
        )}
        {isProConnectConfigured() && <ProConnectSignIn callbackUrl={callbackUrl} />}
        <LoginForm callbackUrl={callbackUrl} initialError={error} />
      </div>
    </div>
  );
}
