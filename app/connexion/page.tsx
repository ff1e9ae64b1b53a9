import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { FormAlert } from "@/components/ui/form-alert";
import { getSessionUser } from "@/lib/auth/session";
import { loginErrorMessage } from "@/lib/auth/login-messages";

export const metadata: Metadata = { title: "Connexion" };

/** Only same-site paths: an open redirect after login would be a phishing aid. */
function safeCallbackUrl(value: string | string[] | undefined): string {
  const url = Array.isArray(value) ? value[0] : value;
  return url && url.startsWith("/") && !url.startsWith("//") ? url : "/";
}

export default async function LoginPage({ searchParams }: PageProps<"/connexion">) {
  const params = await searchParams;
  if (await getSessionUser()) redirect("/");
  const error = typeof params.error === "string" ? loginErrorMessage(params.error) : undefined;
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
        <LoginForm callbackUrl={safeCallbackUrl(params.callbackUrl)} initialError={error} />
      </div>
    </div>
  );
}
