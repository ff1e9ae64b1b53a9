"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { acceptInvitation, resetPassword } from "@/lib/users/credential-mutations";
import { FormStateAlert } from "@/components/ui/form-state-alert";
import { formDataToObject } from "@/components/ui/form-data";
import { fieldState, initialFormState, toFormState, type FormState } from "@/components/ui/form-state";

const actions = { invitation: acceptInvitation, reset: resetPassword };

/** Choosing a password from a one-time link: an invitation's first one, or a new one after a reset. */
export function ChoosePasswordForm({ token, purpose }: { token: string; purpose: keyof typeof actions }) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(async (_previous: FormState, formData: FormData) => {
    return toFormState(await actions[purpose]({ ...formDataToObject(formData), token }));
  }, initialFormState);

  useEffect(() => {
    if (state.status === "success") router.replace("/connexion?message=mot-de-passe-modifie");
  }, [state.status, router]);

  return (
    <form action={formAction} noValidate>
      <FormStateAlert state={state} />
      <Input
        label="Nouveau mot de passe"
        hintText="Au moins 12 caractères, sans autre contrainte."
        nativeInputProps={{ name: "newPassword", type: "password", autoComplete: "new-password", required: true }}
        {...fieldState(state, "newPassword")}
      />
      <Input
        label="Confirmation du mot de passe"
        nativeInputProps={{ name: "confirmation", type: "password", autoComplete: "new-password", required: true }}
        {...fieldState(state, "confirmation")}
      />
      <Button type="submit" disabled={pending}>
        Enregistrer mon mot de passe
      </Button>
    </form>
  );
}
