"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { changeOwnPassword } from "@/lib/users/credential-mutations";
import { FormStateAlert } from "@/components/ui/form-state-alert";
import { formDataToObject } from "@/components/ui/form-data";
import { fieldState, initialFormState, toFormState, type FormState } from "@/components/ui/form-state";

export function ChangePasswordForm() {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(async (_previous: FormState, formData: FormData) => {
    return toFormState(await changeOwnPassword(formDataToObject(formData)));
  }, initialFormState);

  useEffect(() => {
    // The session ended with the change: the login page asks for the new password.
    if (state.status === "success") {
      router.replace("/connexion?message=mot-de-passe-modifie");
      router.refresh();
    }
  }, [state.status, router]);

  return (
    <form action={formAction} noValidate>
      <FormStateAlert state={state} />
      <Input
        label="Mot de passe actuel"
        nativeInputProps={{ name: "currentPassword", type: "password", autoComplete: "current-password" }}
        {...fieldState(state, "currentPassword")}
      />
      <Input
        label="Nouveau mot de passe"
        hintText="Au moins 12 caractères, sans autre contrainte."
        nativeInputProps={{ name: "newPassword", type: "password", autoComplete: "new-password" }}
        {...fieldState(state, "newPassword")}
      />
      <Input
        label="Confirmation du nouveau mot de passe"
        nativeInputProps={{ name: "confirmation", type: "password", autoComplete: "new-password" }}
        {...fieldState(state, "confirmation")}
      />
      <Button type="submit" disabled={pending}>
        Changer mon mot de passe
      </Button>
    </form>
  );
}
