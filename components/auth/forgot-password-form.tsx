"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useActionState } from "react";
import { requestPasswordReset } from "@/lib/users/credential-mutations";
import { FormStateAlert } from "@/components/ui/form-state-alert";
import { formDataToObject } from "@/components/ui/form-data";
import { fieldState, initialFormState, toFormState, type FormState } from "@/components/ui/form-state";

// The same words whether or not the address has an account: the form must not tell who uses the service.
const SENT_MESSAGE =
  "Si un compte actif correspond à cette adresse, un lien pour choisir un nouveau mot de passe vient de lui être envoyé. Il est valable une heure. Pensez à regarder dans les courriers indésirables.";

export function ForgotPasswordForm() {
  const [state, formAction, pending] = useActionState(async (_previous: FormState, formData: FormData) => {
    return toFormState(await requestPasswordReset(formDataToObject(formData)), SENT_MESSAGE);
  }, initialFormState);

  return (
    <form action={formAction} noValidate>
      <FormStateAlert state={state} />
      <Input
        label="Adresse électronique"
        hintText="Celle de votre compte TI Pilotage. Format attendu : prenom.nom@exemple.fr"
        nativeInputProps={{ name: "email", type: "email", autoComplete: "username", required: true }}
        {...fieldState(state, "email")}
      />
      <Button type="submit" disabled={pending}>
        Recevoir un lien
      </Button>
    </form>
  );
}
