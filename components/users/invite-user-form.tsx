"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useActionState } from "react";
import { inviteUser } from "@/lib/users/mutations";
import { AccessFields, type AccessChoices } from "./access-fields";
import { InvitationLink } from "./invitation-link";
import { FormStateAlert } from "@/components/ui/form-state-alert";
import { formDataToObject } from "@/components/ui/form-data";
import { fieldState, initialFormState, toFormState, type FormState } from "@/components/ui/form-state";

type InviteState = FormState & { link?: string | null };

export function InviteUserForm({ colleges, territories, regions }: AccessChoices) {
  const [state, formAction, pending] = useActionState(
    async (_previous: InviteState, formData: FormData): Promise<InviteState> => {
      const input = formDataToObject(formData, ["territoryIds", "binomeTerritoryIds"]);
      const result = await inviteUser(input);
      const link = result.ok ? result.data.undeliveredLink : null;
      return { ...toFormState(result, link ? "Invitation créée." : "Invitation envoyée."), link };
    },
    initialFormState as FormState & { link?: string | null },
  );

  return (
    <form action={formAction} noValidate>
      <FormStateAlert state={state} />
      {state.link && <InvitationLink link={state.link} />}
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
