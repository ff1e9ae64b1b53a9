"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useActionState } from "react";
import { inviteUser } from "@/lib/users/mutations";
import { AccessFields, type AccessChoices } from "./access-fields";
import { FormStateAlert } from "@/components/ui/form-state-alert";
import { formDataToObject } from "@/components/ui/form-data";
import { fieldState, initialFormState, toFormState, type FormState } from "@/components/ui/form-state";

export function InviteUserForm({ colleges, territories, regions }: AccessChoices) {
  const [state, formAction, pending] = useActionState(async (_previous: FormState, formData: FormData) => {
    const input = formDataToObject(formData, ["territoryIds", "binomeTerritoryIds"]);
    return toFormState(await inviteUser(input), "Invitation envoyée.");
  }, initialFormState);

  return (
    <form action={formAction} noValidate>
      <FormStateAlert state={state} />
      <Input
        label="Prénom et nom"
        nativeInputProps={{ name: "name", autoComplete: "off" }}
        {...fieldState(state, "name")}
      />
      <Input
        label="Adresse électronique"
        hintText="Format attendu : prenom.nom@exemple.fr"
        nativeInputProps={{ name: "email", type: "email", autoComplete: "off" }}
        {...fieldState(state, "email")}
      />
      <Input
        label="Organisation"
        hintText="Par exemple : Préfecture de l'Orne, Communauté urbaine Caen la Mer"
        nativeInputProps={{ name: "organisation" }}
        {...fieldState(state, "organisation")}
      />
      <AccessFields choices={{ colleges, territories, regions }} state={state} />
      <Button type="submit" disabled={pending}>
        Envoyer l&apos;invitation
      </Button>
    </form>
  );
}
