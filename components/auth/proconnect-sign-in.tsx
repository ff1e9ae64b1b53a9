"use client";

import { ProConnectButton } from "@codegouvfr/react-dsfr/ProConnectButton";
import { signIn } from "next-auth/react";

/**
 * The official ProConnect button. signIn() posts with the CSRF token and then navigates: a form
 * posting to a redirect towards ProConnect would be stopped by our CSP (form-action 'self').
 * Never a third argument to signIn(): it would be added to the authorization URL, and ProConnect
 * refuses any parameter outside its list.
 */
export function ProConnectSignIn({ callbackUrl }: { callbackUrl: string }) {
  return (
    <div className="fr-mb-4w">
      <h2 className="fr-h5">Avec votre compte professionnel</h2>
      <ProConnectButton onClick={() => void signIn("proconnect", { callbackUrl })} />
      <p className="fr-hr-or fr-mt-3w">ou</p>
    </div>
  );
}
